using System.Reflection;
using System.Text.RegularExpressions;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>主要原因 (键 | 说明 | 主要原因) → <see cref="ReasonBook"/>. Unknown keys are reported, not guessed.</summary>
internal static partial class ReasonReader
{
    private static readonly HashSet<string> FixedKeys = [.. typeof(ReasonKeys)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    public static ReasonBook Read(CellReader cells, SheetReader? sheet)
    {
        if (sheet is null)
        {
            cells.Add(ReadFindings.MissingSheet(cells.FileName, SheetNames.主要原因));
            return ReasonBook.Empty;
        }
        var header = ColumnHeaderLocator.Find(sheet, ["键", "说明", "主要原因"], ["键", "主要原因"]);
        if (header is null)
        {
            cells.Add(ReadFindings.MissingColumn(sheet.Ref(sheet.FirstRow, sheet.FirstColumn), SheetNames.主要原因, "键"));
            return ReasonBook.Empty;
        }
        var (row, cols) = header.Value;
        var byKey = new Dictionary<string, TextValue>();
        var first = new Dictionary<string, SourceRef>();
        for (var r = row + 1; r <= sheet.LastRow; r++)
        {
            var key = LabelNormalizer.Normalize(sheet.Text(r, cols["键"])).Replace('。', '.');
            if (key.Length == 0) continue;
            var at = sheet.Ref(r, cols["键"]);
            if (!IsKnown(key)) { cells.Add(ReadFindings.UnknownReasonKey(at, key)); continue; }
            if (first.TryGetValue(key, out var earlier)) { cells.Add(ReadFindings.DuplicateReasonKey(earlier, at, key)); continue; }
            first[key] = at;
            byKey[key] = cells.Text(sheet, r, cols["主要原因"]);
        }
        return new ReasonBook(byKey);
    }

    public static bool IsKnown(string key) => FixedKeys.Contains(key) || ItemKey().IsMatch(key) || ThreePublicKey().IsMatch(key) || MemberKey().IsMatch(key);

    [GeneratedRegex(@"^机关运行经费\.\d{1,3}\.上年$")]
    private static partial Regex MemberKey();

    [GeneratedRegex(@"^(一般公共预算|政府性基金|国有资本经营)\.\d{3}(\d{2}){0,2}\.上年$")]
    private static partial Regex ItemKey();

    [GeneratedRegex(@"^三公\.(因公出国|公务用车|公务用车购置|公务用车运行|公务接待)\.(上年|预算)$")]
    private static partial Regex ThreePublicKey();
}
