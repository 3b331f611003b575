using JuneBudget.Model;

namespace JuneBudget.Cleaning;

/// <summary>
/// The clean-up between reading and the facts: the texts a person wrote that the document prints
/// (主要原因, 开支内容 and other descriptions, 主要职能, the 自评表's 预期目标, 实际完成情况 and
/// indicator texts) get full-width punctuation inside Chinese (<see cref="ChinesePunctuation"/>);
/// names (单位, 项目, 主管部门, 实施单位, 内设机构, 一级/二级指标) stay as typed. Then the 自评表
/// texts the form needs are checked: an empty one, or one ending mid-list (“、”, “，”), is a
/// completeness finding naming its cell (<see cref="CleaningFindings"/>). The 部门整体支出绩效自评报告's
/// texts (整体自评 sheets) go through the same clean-up and the same mid-list check.
/// </summary>
public static class TextCleaning
{
    public static CleanedUnit Apply(UnitYear unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var workbook = Clean(unit.Current);
        return new CleanedUnit(unit with { Current = workbook }, Check(workbook));
    }

    public static BudgetWorkbook Clean(BudgetWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return workbook with
        {
            Profile = workbook.Profile with { Functions = [.. workbook.Profile.Functions.Select(Text)] },
            ThreePublic = workbook.ThreePublic with
            {
                TripContent = Text(workbook.ThreePublic.TripContent),
                VehicleRunningContent = Text(workbook.ThreePublic.VehicleRunningContent),
                ReceptionContent = Text(workbook.ThreePublic.ReceptionContent),
                VehicleDifferenceReason = Text(workbook.ThreePublic.VehicleDifferenceReason),
            },
            Other = workbook.Other with { OtherVehiclesDescription = Text(workbook.Other.OtherVehiclesDescription) },
            Performance = workbook.Performance with
            {
                Achievements = Text(workbook.Performance.Achievements),
                Problems = Text(workbook.Performance.Problems),
                Improvements = Text(workbook.Performance.Improvements),
                OtherNote = Text(workbook.Performance.OtherNote),
            },
            Projects = [.. workbook.Projects.Select(Project)],
            Reasons = new ReasonBook(workbook.Reasons.ByKey.ToDictionary(e => e.Key, e => Text(e.Value), StringComparer.Ordinal)),
            SelfReport = workbook.SelfReport is { } self ? SelfReport(self) : null,
        };
    }

    /// <summary>The 自评表 texts a published form must show: empty or cut off mid-list is a finding.</summary>
    public static IReadOnlyList<Finding> Check(BudgetWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var findings = new List<Finding>();
        void Required(string text, SourceRef? cell, SourceRef row, string project, string label)
        {
            var where = cell ?? row;
            if (string.IsNullOrWhiteSpace(text)) findings.Add(CleaningFindings.Empty(where, project, label));
            else if (CleaningFindings.EndsMidList(text)) findings.Add(CleaningFindings.CutOff(where, CleaningFindings.OfProject(project, label), text));
        }
        if (workbook.SelfReport is { } self) CheckSelfReport(self, findings);
        foreach (var project in workbook.Projects)
        {
            Required(project.Goal, project.GoalSource, project.Source, project.Name, CleaningFindings.Goal);
            Required(project.Achieved, project.AchievedSource, project.Source, project.Name, CleaningFindings.Achieved);
            foreach (var indicator in project.Indicators)
            {
                Required(indicator.Level3, indicator.Source, indicator.Source, project.Name, CleaningFindings.Level3);
                Required(indicator.Target, indicator.TargetSource, indicator.Source, project.Name, CleaningFindings.Target);
                Required(indicator.Actual, indicator.ActualSource, indicator.Source, project.Name, CleaningFindings.Actual);
            }
        }
        return findings;
    }

    /// <summary>
    /// The 自评报告's texts: the text blocks of 整体自评, each project's 项目成效 and each indicator's
    /// 偏差原因, 改进措施 and 说明 (names, 资金来源 and 评价口径 stay as typed, like every name).
    /// </summary>
    private static SelfReportInput SelfReport(SelfReportInput input) => input with
    {
        Texts = input.Texts.ToDictionary(e => e.Key, e => Text(e.Value), StringComparer.Ordinal),
        Projects = [.. input.Projects.Select(p => p with { Effect = Text(p.Effect) })],
        Indicators = [.. input.Indicators.Select(i => i with { Deviation = Text(i.Deviation), Improvement = Text(i.Improvement), Note = Text(i.Note) })],
    };

    /// <summary>
    /// A 整体自评 paragraph, 项目成效 or indicator text cut off mid-list is TEXT-02. An empty one is no
    /// TEXT-01: the reader already reports a blank required field, and the others may be blank.
    /// </summary>
    private static void CheckSelfReport(SelfReportInput input, List<Finding> findings)
    {
        void CutOff(TextValue text, SourceRef where, string subject)
        {
            var cut = text.Value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(CleaningFindings.EndsMidList);
            if (cut is not null) findings.Add(CleaningFindings.CutOff(text.Source ?? where, subject, cut));
        }
        foreach (var (label, text) in input.Texts.OrderBy(e => e.Key, StringComparer.Ordinal))
            CutOff(text, input.Source, CleaningFindings.OfSelfReport(label));
        foreach (var p in input.Projects)
            CutOff(p.Effect, p.Source, CleaningFindings.OfProject(p.Name, CleaningFindings.Effect));
        foreach (var i in input.Indicators)
        {
            CutOff(i.Deviation, i.Source, CleaningFindings.OfIndicator(i.Name, CleaningFindings.Deviation));
            CutOff(i.Improvement, i.Source, CleaningFindings.OfIndicator(i.Name, CleaningFindings.Improvement));
            CutOff(i.Note, i.Source, CleaningFindings.OfIndicator(i.Name, CleaningFindings.Note));
        }
    }

    private static ProjectEvaluation Project(ProjectEvaluation project) => project with
    {
        Goal = ChinesePunctuation.Normalize(project.Goal),
        Achieved = ChinesePunctuation.Normalize(project.Achieved),
        Indicators = [.. project.Indicators.Select(i => i with
        {
            Level3 = ChinesePunctuation.Normalize(i.Level3),
            Target = ChinesePunctuation.Normalize(i.Target),
            Actual = ChinesePunctuation.Normalize(i.Actual),
            Deviation = ChinesePunctuation.Normalize(i.Deviation),
        })],
    };

    private static TextValue Text(TextValue text)
    {
        var clean = ChinesePunctuation.Normalize(text.Value);
        return clean == text.Value ? text : text with { Value = clean };
    }
}

/// <summary>A unit with its texts cleaned, and the completeness findings of the clean-up.</summary>
public sealed record CleanedUnit(UnitYear Unit, IReadOnlyList<Finding> Findings);
