using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Validation.Rules.Completeness;

/// <summary>
/// C-03: a table or figure left blank is 未填报, not zero. Checks that need it are skipped (its terms
/// are unavailable, see <see cref="TableView.Usable"/>), and this one note per blank table or figure
/// says so, instead of a finding per identity comparing against zeros (e.g. Y-01/Y-02 warnings from a
/// blank 上年数). A 上年数 sheet left entirely blank is C-02's error, not repeated here.
/// </summary>
internal sealed class NotFilledRule : IValidationRule
{
    public RuleInfo Info { get; } = new("C-03", Severity.Warning, "未填报：{0}",
        "公开01–06表（本年及上年工作簿）和上年数工作表中年初结转核对所需的数未填报时，相关核对跳过，并在此提示一次");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var (view, book) in Views(context))
        {
            if (!view.Present || view.Usable) continue;
            var cells = view.Table.Location is { } at ? new[] { at } : [];
            var detail = $"{view.Where}（{book}工作表“{view.Table.Location?.Sheet}”）没有填写任何数字，涉及该表的核对已跳过。"
                + "请填写该表（确实为 0 的格子填 0）后重新检查";
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), cells, Key: $"{view.Where}/未填报");
        }
        foreach (var finding in PriorSheetFigures(context)) yield return finding;
    }

    private static IEnumerable<(TableView View, string Book)> Views(ValidationContext c)
    {
        foreach (var kind in TableCatalog.All) yield return (c.Table(kind), "");
        if (c.Previous is null) yield break;
        foreach (var kind in TableCatalog.All) yield return (c.PreviousTable(kind)!, "上年工作簿，");
    }

    /// <summary>Without last year's workbook, the 上年数 figures Y-01/Y-02 need, blank while this year's 年初 is not zero.</summary>
    private IEnumerable<Finding> PriorSheetFigures(ValidationContext c)
    {
        if (c.Previous is not null || c.UnitYear.Prior is not { } prior || prior.IsBlank()) yield break;
        var t01 = c.Table(TableKind.IncomeExpenditureSummary);
        var t04 = c.Table(TableKind.FiscalSummary);
        foreach (var (key, opening, check) in new[]
        {
            (PriorYearFields.年末结转和结余, t01.At(R.年初结转和结余, C.决算数), "Y-01"),
            (PriorYearFields.年末一般公共预算结转, t04.At(R.年初一般公共预算财政拨款, C.决算数), "Y-02"),
            (PriorYearFields.年末政府性基金结转, t04.At(R.年初政府性基金预算财政拨款, C.决算数), "Y-02"),
            (PriorYearFields.年末国有资本经营结转, t04.At(R.年初国有资本经营预算财政拨款, C.决算数), "Y-02"),
        })
        {
            if (prior.Figures.ContainsKey(key) || !opening.Available || opening.Value == 0) continue;
            var detail = $"{SheetNames.上年数}工作表“{key}”未填报，无法核对{opening.Where} {opening.Label} {Numbers.Money(opening.Value)} 是否等于上年年末数（{check} 已跳过）。"
                + $"请在{SheetNames.上年数}工作表填写上年的{key}";
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), [new SourceRef(c.Current.FileName, SheetNames.上年数, "A1"), .. opening.Cells],
                Key: $"{SheetNames.上年数}/{key}");
        }
    }
}
