using JuneBudget.Model;

namespace JuneBudget.Orchestration;

/// <summary>
/// A document that could not be generated for a unit (a template error, a table the writers
/// cannot lay out): reported in the unit's review pack as an error instead of stopping the batch.
/// </summary>
internal static class GenerationFindings
{
    public const string RuleId = "GEN-01";

    /// <summary>The PDF could not be made (LibreOffice failed): a warning, the Word and HTML drafts are written.</summary>
    public const string PdfRuleId = "GEN-02";

    public static Finding From(string fileName, Exception error) => new(
        RuleId, Severity.Error,
        $"无法生成公开说明：{error.Message}",
        [new SourceRef(fileName, "（生成）", "—")]);

    public static Finding PdfFailed(string fileName, Exception error) => new(
        PdfRuleId, Severity.Warning,
        $"未能生成 PDF（Word 稿和网页稿已生成）：{error.Message}",
        [new SourceRef(fileName, "（生成）", "—")]);
}
