namespace JuneBudget.Checking;

/// <summary>
/// A 项目支出绩效自评表 given as text rather than as a table (a hand-written document's PDF, or its text pasted
/// into Word): the form's labels run together with its cells. Its numbers are cells (分值, 执行率, 指标值), not
/// figures of sentences, so they are neither checked nor listed as added numbers.
/// </summary>
internal static class FormText
{
    /// <summary>Labels only a 自评表 prints; two of them in one paragraph make it form text.</summary>
    private static readonly string[] Labels =
        ["项目名称", "主管部门", "实施单位", "年初预算数", "全年执行数", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因", "年度总体目标", "总分"];

    /// <summary>Two labels are the least that tells a form from a sentence that names one of them.</summary>
    private const int LabelsNeeded = 2;

    public static bool IsForm(string paragraph)
    {
        var text = TextForm.Normalise(paragraph);
        return Labels.Count(label => text.Contains(label, StringComparison.Ordinal)) >= LabelsNeeded;
    }
}
