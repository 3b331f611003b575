using JuneBudget.Model;

namespace JuneBudget.Orchestration;

/// <summary>
/// A document that could not be generated for a unit (a template error, a table the writers
/// cannot lay out): reported in the unit's review pack as an error instead of stopping the batch.
/// </summary>
internal static class GenerationFindings
{
    public const string RuleId = "GEN-01";

    public static Finding From(string fileName, Exception error) => new(
        RuleId, Severity.Error,
        $"无法生成公开说明：{error.Message}",
        [new SourceRef(fileName, "（生成）", "—")]);
}
