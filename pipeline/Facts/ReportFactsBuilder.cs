using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Facts;

/// <summary>
/// Builds the <see cref="ReportFacts"/> of one unit and year: every number the 公开说明 prints,
/// every wording choice, every 主要原因 it needs. Sections are built in document order, so source
/// ids and <see cref="ReportFacts.RequiredReasons"/> follow the document.
/// </summary>
public static class ReportFactsBuilder
{
    /// <param name="unit">The workbook with last year's figures. Findings are not an input: a wrong
    /// number is still printed as the workbook has it, and its finding blocks publishing.</param>
    public static ReportFacts Build(UnitYear unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var ctx = new FactsContext(unit);
        var info = unit.Current.Unit;
        var profile = ProfileFactsBuilder.Build(ctx);
        var overview = SummaryFactsBuilder.Overview(ctx);
        var income = SummaryFactsBuilder.Income(ctx);
        var expenditure = SummaryFactsBuilder.Expenditure(ctx);
        var fiscal = SummaryFactsBuilder.Fiscal(ctx);
        var general = GeneralBudgetFactsBuilder.Build(ctx);
        var basic = GeneralBudgetFactsBuilder.Basic(ctx);
        var fund = FundFactsBuilder.GovernmentFund(ctx);
        var capital = FundFactsBuilder.StateCapital(ctx);
        var threePublic = ThreePublicFactsBuilder.Build(ctx);
        var operating = OtherMattersFactsBuilder.OperatingCost(ctx);
        var procurement = OtherMattersFactsBuilder.Procurement(ctx);
        var assets = OtherMattersFactsBuilder.Assets(ctx);
        var performance = OtherMattersFactsBuilder.Performance(ctx);
        return new ReportFacts
        {
            UnitName = info.Name.Trim(),
            Year = info.Year,
            Format = info.Format,
            SelfReference = string.IsNullOrWhiteSpace(info.SelfReference) ? "本单位" : info.SelfReference.Trim(),
            IsDepartment = info.HasSubordinateUnits,
            Sections = info.Format.Sections.ToDictionary(s => s.Key, StringComparer.Ordinal),
            SectionList = info.Format.Sections,
            TermsNumbered = info.Format.TermsNumbered,
            Profile = profile,
            Overview = overview,
            Income = income,
            Expenditure = expenditure,
            Fiscal = fiscal,
            GeneralBudget = general,
            Basic = basic,
            GovernmentFund = fund,
            StateCapital = capital,
            ThreePublic = threePublic,
            OperatingCost = operating,
            Procurement = procurement,
            Assets = assets,
            Performance = performance,
            Tables = [.. info.Format.TablesInOrder.Select(k => new TableEntry(
                info.Format.Number(k), info.Format.Title(k), $"T{info.Format.Number(k):00}"))],
            Sources = ctx.Sources,
            RequiredReasons = ctx.Reasons,
        };
    }
}
