using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>
/// 科目名称 for the “类名（类）款名（款）项名（项）” lines: this year's table first, then last year's
/// workbook, then the 上年数 sheet's items, then the standard 类 names; a name found nowhere
/// becomes a visible placeholder naming the code. A name is a <see cref="Reason"/> (text or
/// placeholder) so that the template escapes the workbook's text but keeps the placeholder ours.
/// </summary>
internal sealed class ItemNames(StatutoryTable current, StatutoryTable? previous, IReadOnlyList<PriorItem> priorItems)
{
    public Reason Name(string code)
    {
        var found = Label(current.Row(code)) ?? Label(previous?.Row(code))
            ?? priorItems.FirstOrDefault(p => p.Code == code && !string.IsNullOrWhiteSpace(p.Name))?.Name.Trim()
            ?? (code.Length == 3 ? FunctionClasses.NameOf(code) : null);
        return new Reason(code, found, Reason.FieldPlaceholder($"科目名称（编码{code}）"));
    }

    private static string? Label(TableRow? row) => string.IsNullOrWhiteSpace(row?.Label) ? null : row.Label.Trim();
}
