namespace JuneBudget.Workbooks;

/// <summary>
/// Reads a 科目编码 from one cell (“2150501”, also “2150501 行政运行”) or from 类 | 款 | 项 split
/// over several cells (“215 | 05 | 01”; a 款 row has only 类 + 款; Excel may have turned “05”
/// into the number 5). A blank 类 cell under a split code carries the last 类 forward, as some
/// exports print the 类 only once per group.
/// </summary>
internal sealed class CodeParser(IReadOnlyList<int> columns, IReadOnlyList<int> lengths)
{
    /// <summary>What a row's code cells hold.</summary>
    internal enum Outcome { None, Code, Invalid }

    public (Outcome Outcome, string Code, string Text) Parse(SheetReader sheet, int row)
    {
        var texts = columns.Select(c => LabelNormalizer.Normalize(sheet.Text(row, c))).ToList();
        var shown = string.Join(" | ", columns.Select(c => sheet.Text(row, c)).Where(t => t.Length > 0));
        if (texts.All(t => t.Length == 0)) return (Outcome.None, "", "");
        return columns.Count == 1 ? Single(texts[0], shown) : Split(texts, shown);
    }

    private (Outcome, string, string) Single(string text, string shown)
    {
        var digits = new string(text.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0) return (Outcome.None, "", shown);
        var rest = text[digits.Length..];
        return lengths.Contains(digits.Length) && (rest.Length == 0 || !char.IsAsciiDigit(rest[0]))
            ? (Outcome.Code, digits, shown)
            : (Outcome.Invalid, "", shown);
    }

    private (Outcome, string, string) Split(List<string> texts, string shown)
    {
        if (texts.Any(t => t.Length > 0 && !t.All(char.IsAsciiDigit))) return (Outcome.None, "", shown);
        var (cls, kuan, xiang) = (texts[0], texts[1], texts.Count > 2 ? texts[2] : "");
        if (cls.Length > 3 && kuan.Length == 0 && xiang.Length == 0) // a full code typed into the 类 cell
            return lengths.Contains(cls.Length) ? (Outcome.Code, cls, shown) : (Outcome.Invalid, "", shown);
        var classCode = cls.Length == 0 ? _class : cls;
        if (classCode.Length != 3) return (Outcome.Invalid, "", shown);
        _class = classCode;
        if (kuan.Length == 0 && xiang.Length == 0) { _kuan = ""; return Checked(classCode, shown); }
        var kuanCode = kuan.Length == 0 ? _kuan : Child(classCode, kuan);
        if (kuanCode is null || !kuanCode.StartsWith(classCode, StringComparison.Ordinal)) return (Outcome.Invalid, "", shown);
        _kuan = kuanCode;
        return xiang.Length == 0 ? Checked(kuanCode, shown)
            : Child(kuanCode, xiang) is { } itemCode ? Checked(itemCode, shown) : (Outcome.Invalid, "", shown);
    }

    private string _class = string.Empty;
    private string _kuan = string.Empty;

    /// <summary>“05” under 215 → 21505; a full 5-digit code under its 类 is taken as it is.</summary>
    private static string? Child(string parent, string part) =>
        part.Length <= 2 ? parent + part.PadLeft(2, '0')
        : part.Length == parent.Length + 2 && part.StartsWith(parent, StringComparison.Ordinal) ? part : null;

    private (Outcome, string, string) Checked(string code, string shown) =>
        lengths.Contains(code.Length) ? (Outcome.Code, code, shown) : (Outcome.Invalid, "", shown);
}
