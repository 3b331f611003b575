using JuneBudget.Format;
using JuneBudget.Model;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Facts;

/// <summary>
/// Builds the <see cref="SelfReportFacts"/> of a unit whose workbook has the 整体自评 sheets. Every
/// figure is computed from the cells (调整后全年预算, 执行率, scores, 完成率, total, grade); the 执行数
/// come from the 支出决算表, so the two documents cannot disagree.
/// </summary>
public static class SelfReportFactsBuilder
{
    /// <summary>Null when the workbook has no 整体自评 sheet.</summary>
    public static SelfReportFacts? Build(UnitYear unit, SelfReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(format);
        if (unit.Current.SelfReport is not { } input) return null;
        var ctx = new FactsContext(unit);
        var info = unit.Current.Unit;
        Figure Percent(Sourced value) => ctx.Figure(value, FigureKind.Percent);
        static Sourced Rate(Sourced part, Sourced whole) => SelfReportScore.Rate(part, whole);

        var initial = SelfReportScore.Initial(input);
        var full = SelfReportScore.FullYear(input);
        Sourced adjustment = new(Math.Abs(full.Value - initial.Value), [.. initial.Sources, .. full.Sources]);
        Sourced basicBudget = (Sourced)input.BudgetPersonnel + input.BudgetPublic;
        var (executedBasic, executedProject) = SelfReportScore.Executed(unit.Current);
        var executed = executedBasic + executedProject;
        var rate = Rate(executed, full);
        Sourced weight = input.ExecutionWeight;
        var score = SelfReportScore.ExecutionScore(weight, rate);

        // Figures get source ids in creation order: create them in document order, then assemble.
        var initialTotal = ctx.Money(initial);
        var initialBasic = ctx.Money(input.InitialBasic);
        var initialProject = ctx.Money(input.InitialProject);
        var increase = ctx.Money(input.Increase);
        var decrease = ctx.Money(input.Decrease);
        var fullYear = ctx.Money(full);
        var adjustmentRate = Percent(Rate(adjustment, initial));
        var executedTotal = ctx.Money(executed);
        var executionRate = Percent(rate);
        var executionWeight = ctx.Count(weight);
        var executionScore = ctx.Count(score);
        var budgetBasic = ctx.Money(basicBudget);
        var personnel = ctx.Money(input.BudgetPersonnel);
        var publicFunds = ctx.Money(input.BudgetPublic);
        var basicExecuted = ctx.Money(executedBasic);
        var basicRate = Percent(Rate(executedBasic, basicBudget));
        var projectBudget = ctx.Money(input.BudgetProject);
        var projectExecuted = ctx.Money(executedProject);
        var projectRate = Percent(Rate(executedProject, input.BudgetProject));

        var groups = input.Projects.GroupBy(p => p.FundingSource.Trim())
            .OrderBy(g => Order(g.Key))
            .Select(g => new ProjectGroupFacts(g.Key, ctx.Count(new Sourced(g.Count(), [.. g.Select(p => p.Source)])),
                ctx.Money(Sourced.Sum(g.Select(p => (Sourced)p.Budget))), ctx.Money(Sourced.Sum(g.Select(p => (Sourced)p.Executed))),
                [.. g.Select(p => new ProjectFacts(p.Name, ctx.Money(p.Budget), ctx.Money(p.Executed), FactsContext.Sentence(p.Effect.Value)))]))
            .ToList();

        var indicators = input.Indicators.Select((i, n) => Indicator(ctx, format, i, n + 1)).ToList();
        var total = SelfReportScore.Total(input, score);

        return new SelfReportFacts
        {
            UnitName = info.Name.Trim(),
            Year = info.Year,
            Title = format.Title,
            SelfReference = ReportFactsBuilder.SelfReferenceOf(info),
            InitialTotal = initialTotal,
            InitialBasic = initialBasic,
            InitialProject = initialProject,
            Increase = increase,
            Decrease = decrease,
            FullYearBudget = fullYear,
            AdjustmentRate = adjustmentRate,
            BudgetBasic = budgetBasic,
            BudgetPersonnel = personnel,
            BudgetPublic = publicFunds,
            BudgetProject = projectBudget,
            Executed = executedTotal,
            ExecutedBasic = basicExecuted,
            ExecutedProject = projectExecuted,
            ExecutionRate = executionRate,
            BasicExecutionRate = basicRate,
            ProjectExecutionRate = projectRate,
            ExecutionWeight = executionWeight,
            ExecutionScore = executionScore,
            Posts = ctx.Count((Sourced)input.AdministrativePosts + input.InstitutionalPosts),
            AdministrativePosts = ctx.Count(input.AdministrativePosts),
            AdministrativeStaff = ctx.Count(input.AdministrativeStaff),
            InstitutionalPosts = ctx.Count(input.InstitutionalPosts),
            InstitutionalStaff = ctx.Count(input.InstitutionalStaff),
            Employees = ctx.Count(input.Employees),
            ProjectCount = ctx.Count(new Sourced(input.Projects.Count, [.. input.Projects.Select(p => p.Source)])),
            ProjectBudget = ctx.Money(Sourced.Sum(input.Projects.Select(p => (Sourced)p.Budget))),
            ProjectExecuted = ctx.Money(Sourced.Sum(input.Projects.Select(p => (Sourced)p.Executed))),
            ProjectGroups = groups,
            Indicators = indicators,
            TotalScore = ctx.Count(total),
            Grade = format.Grade(total.Value),
            Texts = Texts(input),
            Sources = ctx.Sources,
        };
    }

    private static SelfReportTexts Texts(SelfReportInput input)
    {
        IReadOnlyList<string> P(string label) =>
            [.. input.Text(label).Value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).Where(l => l.Length > 0)];
        return new SelfReportTexts(P(SelfReportFields.主要职能), P(SelfReportFields.机构设置), P(SelfReportFields.年度重点工作),
            P(SelfReportFields.预算安排综述), P(SelfReportFields.预算调整综述), P(SelfReportFields.预算执行综述),
            P(SelfReportFields.基本支出用途), P(SelfReportFields.项目支出用途), P(SelfReportFields.基本支出管理),
            P(SelfReportFields.管理制度健全性), P(SelfReportFields.资金使用合规性), P(SelfReportFields.存在问题),
            P(SelfReportFields.改进措施), P(SelfReportFields.建议));
    }

    /// <summary>Groups in <see cref="SelfReportFields.FundingSources"/> order, unknown sources last.</summary>
    private static int Order(string source)
    {
        for (var i = 0; i < SelfReportFields.FundingSources.Count; i++)
            if (SelfReportFields.FundingSources[i] == source) return i;
        return int.MaxValue;
    }

    private static IndicatorFacts Indicator(FactsContext ctx, SelfReportFormat format, SelfReportIndicator i, int number)
    {
        Figure? Value(Quantity? q) => q is null ? null : ctx.Count(q);
        var basis = i.AdjustedTarget ?? i.Target;
        return new IndicatorFacts
        {
            Number = number,
            Name = i.Name,
            Comparison = i.Comparison,
            Target = Value(i.Target),
            Unit = i.Unit.Trim(),
            Midyear = Value(i.Midyear),
            AdjustedTarget = Value(i.AdjustedTarget),
            Measure = i.Measure.Trim(),
            Actual = Value(i.Actual),
            CompletionRate = Completion(i, basis, format) is { } rate
                ? ctx.Figure(new Sourced(rate, [.. new[] { basis?.Source, i.Actual?.Source }.OfType<SourceRef>()]), FigureKind.Percent)
                : null,
            Weight = ctx.Count(i.Weight),
            Score = ctx.Count(i.Score),
            Deviation = FactsContext.Sentence(i.Deviation.Value),
            Improvement = FactsContext.Sentence(i.Improvement.Value),
            Note = FactsContext.Sentence(i.Note.Value),
        };
    }

    /// <summary>
    /// 完成率 in %: 实际 ÷ 指标值 (the 调整后指标值 when given), as seed 001 computes it for floors,
    /// targets and ceilings alike (预算经费 ≤ 340.57, 调整至 313.87, 实际 307.27 → 97.90%); a ceiling
    /// exceeded is 指标值 ÷ 实际, so overspending never reads as over-fulfilment. An indicator
    /// measured in % is capped at 100 when the format says so. Null when the indicator has no
    /// numeric 指标值 or 实际完成值.
    /// </summary>
    internal static decimal? Completion(SelfReportIndicator i, Quantity? basis, SelfReportFormat format)
    {
        if (basis is null || i.Actual is null || basis.Value == 0m) return null;
        var actual = i.Actual.Value;
        var rate = i.Comparison == "≤" && actual > basis.Value ? basis.Value / actual * 100m : actual / basis.Value * 100m;
        return format.CapsPercentRates && i.Unit.Trim() == "%" ? Math.Min(rate, 100m) : rate;
    }
}
