namespace JuneBudget.Model;

/// <summary>
/// One public table as read. <see cref="Present"/> is false when the workbook lacks it (a
/// finding says so); such a table has no rows and every lookup is zero.
/// </summary>
public sealed record StatutoryTable(
    TableKind Kind,
    bool Present,
    SourceRef? Location,
    IReadOnlyList<TableRow> Rows)
{
    public static StatutoryTable Missing(TableKind kind) => new(kind, false, null, []);

    /// <summary>
    /// False when the reader found no number in any of the table's amount cells: the table was left
    /// blank (未填报), which is not a table of zeros. Tables built in code are filled.
    /// </summary>
    public bool Filled { get; init; } = true;

    /// <summary>The row with this canonical key or code, if listed.</summary>
    public TableRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);

    /// <summary>The amount at a row and column; zero when the row is not listed (unlisted 科目 are zero).</summary>
    public Amount Get(string rowKey, string column) => Row(rowKey)?[column] ?? Amount.Zero;

    /// <summary>The rows keyed by 科目编码, in table order.</summary>
    public IEnumerable<TableRow> CodedRows => Rows.Where(r => r.Code is not null);

    /// <summary>True when every amount of the table is zero (the narrative then says “为空表”).</summary>
    public bool IsEmpty => Rows.All(r => r.Values.Values.All(a => a.IsZero));
}
