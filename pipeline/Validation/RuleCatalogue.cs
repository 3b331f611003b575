using JuneBudget.Validation.Rules.Completeness;
using JuneBudget.Validation.Rules.CrossTable;
using JuneBudget.Validation.Rules.CrossYear;
using JuneBudget.Validation.Rules.Magnitude;
using JuneBudget.Validation.Rules.Plausibility;
using JuneBudget.Validation.Rules.SelfEvaluation;
using JuneBudget.Validation.Rules.SelfReport;
using JuneBudget.Validation.Rules.Signs;
using JuneBudget.Validation.Rules.Supplementary;
using JuneBudget.Validation.Rules.Tables;

namespace JuneBudget.Validation;

/// <summary>
/// The single list of validation rules, in the order findings are reported. Ids are stable: a
/// retired rule's id is never reused. docs/validation-rules-catalogue.md lists the same rules (a
/// test keeps the two in step).
/// </summary>
public static class RuleCatalogue
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        // B1 within one table
        SummaryTableRules.IncomeTotal, SummaryTableRules.ExpenditureTotal, SummaryTableRules.IncomeGrandTotal,
        SummaryTableRules.ExpenditureGrandTotal, SummaryTableRules.Balanced,
        CodedTableRules.IncomeRows, CodedTableRules.IncomeHierarchy, CodedTableRules.ExpenditureRows, CodedTableRules.ExpenditureHierarchy,
        FiscalSummaryRules.IncomeTotal, FiscalSummaryRules.OpeningTotal, FiscalSummaryRules.GrandTotals, FiscalSummaryRules.FundColumns,
        FiscalSummaryRules.FundBalance, FiscalSummaryRules.ClassTotals,
        CodedTableRules.GeneralBudget,
        BasicAndFundRules.EconomicHierarchy, BasicAndFundRules.PersonnelAndPublic, BasicAndFundRules.FundTables,
        BasicAndFundRules.ThreePublicTotal, BasicAndFundRules.VehicleSubtotal,
        // B2 between tables
        CrossTableRules.IncomeTotal, CrossTableRules.IncomeKinds, CrossTableRules.ExpenditureTotal, CrossTableRules.FiscalWithinTotal,
        CrossTableRules.FiscalCarryOverWithinTotal, CrossTableRules.GeneralBudgetColumn,
        FundTableAgreementRules.GovernmentFund, FundTableAgreementRules.StateCapital,
        CrossTableRules.GeneralBudgetWithinExpenditure, CrossTableRules.BasicEqualsPersonnelPlusPublic,
        CrossTableRules.ThreePublicWithinFiscal, CrossTableRules.BasicWithinThreePublic,
        // last year
        CarryOverRules.Total, CarryOverRules.ByFund, PriorSheetAgreementRule.Rule,
        // 项目支出绩效自评表 and 预算绩效
        SelfEvaluationRules.FundingTotal, new ExecutionRateRule(), new FundingScoreRule(), SelfEvaluationRules.ScoreWithinWeight,
        SelfEvaluationRules.WeightsTotal, SelfEvaluationRules.TotalScore, new CostIndicatorRule(), SelfEvaluationRules.PerformanceTotals,
        FundingLineRule.ExecutedWithinBudget, FundingLineRule.ExecutedWithoutBudget, new ComponentCostRule(),
        // 部门整体支出绩效自评报告
        SelfReportRules.FullYearBudget, SelfReportRules.ExecutedWithinBudget, SelfReportRules.ScoreWithinWeight,
        SelfReportRules.WeightsTotal, SelfReportRules.TotalScore, SelfReportRules.ProjectsAgree,
        SelfReportRules.BasicLinesWithinBudget, SelfReportRules.StaffAgrees,
        // key–value sheets
        SupplementaryRules.StaffTotal, SupplementaryRules.ActiveStaff, SupplementaryRules.ProcurementTotal,
        SupplementaryRules.ProcurementSmallEnterprises, SupplementaryRules.Vehicles,
        ThreePublicStatisticRule.Trips, ThreePublicStatisticRule.Receptions, ThreePublicStatisticRule.Purchases,
        ThreePublicCountsRule.Trips, ThreePublicCountsRule.Receptions, ThreePublicCountsRule.Purchases,
        SupplementaryRules.OperatingCost, SupplementaryRules.OperatingCostSplit,
        // every figure: signs, and 元 typed where 万元 is meant
        new NegativeAmountRule(), new YuanForWanRule(),
        // B4 plausibility
        PlausibilityRules.ProcurementAboveExpenditure, new CarriedOverWithoutOpeningRule(), PlausibilityRules.PriorFiguresDisagree,
        PlausibilityRules.OperatingCostForInstitution, new VehiclesHeldRule(),
        // completeness: what the document needs and a person must supply
        new MissingReasonRule(), new PriorYearAvailableRule(), new NotFilledRule(),
    ];
}
