using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.Completeness;

/// <summary>
/// C-02: every year-over-year sentence needs last year's figures. Without last year's workbook
/// and with no (or an all-blank) 上年数 sheet they would silently count as zero and the draft
/// would claim “增长100.00%” everywhere, so this is an error.
/// </summary>
internal sealed class PriorYearAvailableRule : IValidationRule
{
    public RuleInfo Info { get; } = new("C-02", Severity.Error, "缺少上年数：{0}",
        "有上年工作簿，或“上年数”工作表已填写（同比句子需要上年数）");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var unit = context.UnitYear;
        if (unit.PreviousWorkbook is not null) yield break;
        var prior = unit.Prior;
        if (prior is not null && !prior.IsBlank()) yield break;
        var book = context.Current;
        var detail = prior is null
            ? $"输入文件夹中没有“{book.Unit.Name}”{book.Unit.Year - 1}年度的工作簿，本工作簿也没有“上年数”工作表。请放入上年工作簿或填写“上年数”工作表"
            : $"输入文件夹中没有“{book.Unit.Name}”{book.Unit.Year - 1}年度的工作簿，且“上年数”工作表全部为空。请放入上年工作簿或填写“上年数”工作表";
        yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), [new SourceRef(book.FileName, SheetNames.上年数, "A1")]);
    }
}
