using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.SampleInput;

/// <summary>
/// The sample unit of seed 004, 乌鲁木齐市工业和信息化局(本级), as typed models: 2024 (the golden
/// reference: every figure and text the seed states) and 2023 (what 2024 is compared with; where
/// the seed states no 2023 figure a value consistent with every stated total was chosen, and the
/// type that holds it says so). SourceRefs are null or point at the sheet only.
/// </summary>
public static class Seed004Sample
{
    public const string UnitName = "乌鲁木齐市工业和信息化局(本级)";

    /// <summary>The file name the sample program writes for a year (in input/).</summary>
    public static string FileName(int year) => BlankWorkbook.FileNameFor(UnitName, year);

    public static BudgetWorkbook Workbook2024()
    {
        var file = FileName(2024);
        var blank = BlankWorkbook.Create(UnitName, 2024);
        return blank with
        {
            Profile = Seed004Profile.Build(Seed004Profile.Staff2024, Seed004Profile.Staff2023),
            Tables = Seed004Tables2024.Build(file),
            Budgets = Seed004Matters.Budgets2024,
            ThreePublic = Seed004Matters.ThreePublic2024,
            Other = Seed004Matters.Other2024,
            Performance = Seed004Matters.Performance2024,
            Projects = Seed004SelfEvaluations.Load(file),
            Reasons = Seed004Reasons.Build(blank.Reasons, Seed004Reasons.Y2024),
            PriorYearSheet = PriorSheet(),
        };
    }

    /// <summary>
    /// The 2024 workbook's 上年数 sheet, extracted from the 2023 model as the pipeline extracts last
    /// year's workbook, so the two can never disagree: the 2023 workbook sits beside it in input/,
    /// but the 2024 one then stands on its own too. Origin is the sheet, as in a blank workbook.
    /// </summary>
    private static PriorYearFigures PriorSheet() =>
        PriorYearExtractor.FromWorkbook(Workbook2023()) with { Origin = SheetNames.上年数 };

    /// <summary>
    /// 2023, format 2023. No 上年数 sheet (2022 is not known) and no 主要原因 texts: the sample
    /// exists to give 2024 its prior year, not to publish 2023.
    /// </summary>
    public static BudgetWorkbook Workbook2023()
    {
        var file = FileName(2023);
        var blank = BlankWorkbook.Create(UnitName, 2023);
        return blank with
        {
            Profile = Seed004Profile.Build(Seed004Profile.Staff2023, null),
            Tables = Seed004Tables2023.Build(file),
            Budgets = Seed004Matters.Budgets2023,
            ThreePublic = Seed004Matters.ThreePublic2023,
            Other = Seed004Matters.Other2023,
            Performance = Seed004Matters.Performance2023,
            PriorYearSheet = null,
        };
    }
}
