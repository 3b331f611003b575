using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// The model `init` writes: the cover filled in, every fixed row of every public table, every
/// key–value field and the generic 主要原因 keys present and empty. A department fills the
/// written workbook; the sample input starts from it too, so both share one shape.
/// </summary>
public static class BlankWorkbook
{
    /// <summary>The file name `init` gives a unit's workbook: ⟨单位名称⟩⟨年度⟩年度部门决算.xlsx.</summary>
    public static string FileNameFor(string unitName, int year) => $"{unitName}{year}年度部门决算.xlsx";

    /// <summary>The blank model of a unit and year in the year's format among the repository's (see <see cref="FormatLibrary.Resolve"/>).</summary>
    /// <exception cref="ReportFormatException">No usable format for the year.</exception>
    public static BudgetWorkbook Create(string unitName, int year) => Create(unitName, year, FormatLibrary.Repository.Resolve(year, null));

    /// <summary>The blank model of a unit and year in <paramref name="format"/> (the year's, from <see cref="FormatLibrary.Resolve"/>).</summary>
    public static BudgetWorkbook Create(string unitName, int year, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var file = FileNameFor(unitName, year);
        var none = Quantity.Zero;
        return new BudgetWorkbook
        {
            FileName = file,
            Unit = new UnitInfo
            {
                Name = unitName, Year = year, Format = format, HasSubordinateUnits = false,
                SelfReference = "本单位", Nature = WorkbookFields.UnitNatures[0], AmountUnit = "万元",
                Source = new SourceRef(file, SheetNames.封面, "B4"),
            },
            Profile = new UnitProfile([], [], [], new StaffCounts(none, none, null, null, none, none), null),
            Tables = new StatutoryTables(TableCatalog.All.ToDictionary(k => k, k => Table(file, k, format))),
            Budgets = new BudgetFigures(Amount.Zero, Amount.Zero, Amount.Zero, Amount.Zero, Amount.Zero),
            ThreePublic = new ThreePublicStats
            {
                TripGroups = none, TripPersons = none, TripContent = TextValue.Empty,
                VehiclesPurchased = none, VehiclesHeld = none, VehicleRunningContent = TextValue.Empty,
                ReceptionBatches = none, ReceptionPersons = none, ReceptionContent = TextValue.Empty,
                VehicleDifferenceReason = TextValue.Empty,
            },
            Other = new OtherMatters
            {
                OperatingCost = Amount.Zero,
                ProcurementTotal = Amount.Zero, ProcurementGoods = Amount.Zero, ProcurementWorks = Amount.Zero,
                ProcurementServices = Amount.Zero, ProcurementSme = Amount.Zero, ProcurementMicro = Amount.Zero,
                BuildingArea = none, BuildingValue = Amount.Zero, VehicleCount = none, VehicleValue = Amount.Zero,
                VehiclesByCategory = [.. WorkbookFields.VehicleCategories.Select(c => (c, none))],
                OtherVehiclesDescription = TextValue.Empty, LargeEquipmentCount = none,
            },
            Performance = new PerformanceInfo
            {
                ProjectCount = none, Budget = Amount.Zero, Executed = Amount.Zero,
                Achievements = TextValue.Empty, Problems = TextValue.Empty, Improvements = TextValue.Empty,
                OtherCategory = TextValue.Empty, OtherCount = none, OtherBudget = Amount.Zero,
                OtherExecuted = Amount.Zero, OtherNote = TextValue.Empty,
            },
            Projects = [],
            Reasons = new ReasonBook(format.GenericReasonKeys.ToDictionary(k => k, _ => TextValue.Empty)),
            PriorYearSheet = new PriorYearFigures(
                SheetNames.上年数, PriorYearFields.Fixed.ToDictionary(k => k, _ => Amount.Zero), [], [], []),
        };
    }

    /// <summary>A public table with its fixed rows only (01/04 with their 26 类, 06 with every 款).</summary>
    public static StatutoryTable Table(string file, TableKind kind, ReportFormat format)
    {
        var schema = TableSchemas.For(kind);
        var location = new SourceRef(file, format.Code(kind), "A1");
        var rows = schema.Layout == TableLayout.Economic
            ? EconomicRows(schema, location)
            : schema.LeftRows.Concat(schema.RightRows)
                .Select(r => new TableRow(r.Key, r.Code, r.Label, new Dictionary<string, Amount>(), location));
        return new StatutoryTable(kind, true, location, [.. rows]);
    }

    private static IEnumerable<TableRow> EconomicRows(TableSchema schema, SourceRef location) =>
        EconomicClasses.All
            .Select(c => new TableRow(c.Code, c.Code, c.Name, new Dictionary<string, Amount>(), location))
            .Concat(schema.LeftRows.Concat(schema.RightRows)
                .Select(r => new TableRow(r.Key, null, r.Label, new Dictionary<string, Amount>(), location)));
}
