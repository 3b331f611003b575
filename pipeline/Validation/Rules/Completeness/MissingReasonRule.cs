using JuneBudget.Facts;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Validation.Rules.Completeness;

/// <summary>
/// C-01: every 主要原因 the document will state (<see cref="ReportFacts.RequiredReasons"/> of the
/// facts the document is rendered from) must be filled in the 主要原因 sheet. A missing one is a
/// finding of its own kind (<see cref="Severity.NeedsReason"/>) carrying the exact key to type.
/// </summary>
internal sealed class MissingReasonRule : IValidationRule
{
    public RuleInfo Info { get; } = new("C-01", Severity.NeedsReason, "缺少主要原因：{0}",
        "文档需要的每条主要原因（与上年、与预算比较）都已在“主要原因”工作表填写（待补充）");

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var book = context.Current;
        var sheet = new SourceRef(book.FileName, SheetNames.主要原因, "新增一行");
        foreach (var reason in context.Facts.RequiredReasons)
        {
            if (book.Reasons.Find(reason.Key) is not null) continue;
            var detail = $"{reason.Explains}（{reason.Location}）。请在“主要原因”工作表新增一行，键填“{reason.Key}”";
            yield return new Finding(Info.Id, Info.Severity, Info.Message(detail), [sheet], Key: reason.Key);
        }
    }
}
