using JuneBudget.Model;

namespace JuneBudget.Cleaning;

/// <summary>
/// The clean-up's findings, with stable rule ids (docs/reference/validation-rules.md, “Text clean-up”):
/// TEXT-01 a required 自评表 text is empty, TEXT-02 it (or a 整体自评 text) ends mid-list. Warnings: the draft can be
/// printed, but the form shows an empty or cut-off cell. Messages name file, sheet and cell.
/// </summary>
public static class CleaningFindings
{
    public const string EmptyText = "TEXT-01";
    public const string CutOffText = "TEXT-02";

    public const string Goal = "预期目标";
    public const string Achieved = "实际完成情况";
    public const string Level3 = "三级指标";
    public const string Target = "年度指标值";
    public const string Actual = "实际完成值";

    /// <summary>Characters that leave a list unfinished at the end of a text.</summary>
    private static readonly char[] ListMarks = ['、', '，', ',', '；', ';'];

    public static bool EndsMidList(string text) => text.TrimEnd() is { Length: > 0 } trimmed && ListMarks.Contains(trimmed[^1]);

    internal static Finding Empty(SourceRef cell, string project, string label) =>
        new(EmptyText, Severity.Warning, $"{cell}：项目“{project}”的{label}为空，自评表中该栏将空白。请填写。", [cell]);

    public const string Effect = "项目成效";
    public const string Deviation = "偏差原因";
    public const string Improvement = "改进措施";
    public const string Note = "说明";

    /// <summary>What a cut-off text is, as a message names it: 项目“…”的预期目标.</summary>
    internal static string OfProject(string project, string label) => $"项目“{project}”的{label}";

    /// <summary>整体自评的“主要职能”.</summary>
    internal static string OfSelfReport(string label) => $"整体自评的“{label}”";

    /// <summary>整体绩效指标“引进企业数量”的偏差原因.</summary>
    internal static string OfIndicator(string indicator, string label) => $"整体绩效指标“{indicator}”的{label}";

    internal static Finding CutOff(SourceRef cell, string subject, string text) =>
        new(CutOffText, Severity.Warning, $"{cell}：{subject}以“{text.TrimEnd()[^1]}”结尾，像是没有写完。请补全。", [cell]);
}
