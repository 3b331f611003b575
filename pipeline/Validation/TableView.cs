using System.Text.RegularExpressions;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Validation;

/// <summary>
/// A public table as rules see it: the table and how messages name it (“公开06表”, or
/// “上年公开01表” for last year's workbook). Every lookup gives a <see cref="Term"/>.
/// </summary>
public sealed partial class TableView(StatutoryTable table, string where)
{
    public StatutoryTable Table { get; } = table;

    // First row per key, as StatutoryTable.Row finds it, without a scan per lookup.
    private readonly Dictionary<string, TableRow> rows = table.Rows.DistinctBy(r => r.Key).ToDictionary(r => r.Key);
    private IReadOnlyList<TableRow>? coded;

    public string Where { get; } = where;

    public bool Present => Table.Present;

    /// <summary>
    /// True when checks may use the table's figures: it is in the workbook and filled. A table left
    /// blank (未填报) is not a table of zeros; only 政府性基金, 国有资本经营 and 三公 may be empty
    /// (published as 空表), so for them blank reads as zero. C-03 says which tables were skipped.
    /// </summary>
    public bool Usable => Present && (Table.Filled || MayBeEmpty(Table.Kind));

    /// <summary>Tables a unit may publish as 空表 (all zero), for which a blank table means zero.</summary>
    public static bool MayBeEmpty(TableKind kind) => kind is TableKind.GovernmentFund or TableKind.StateCapital or TableKind.ThreePublic;

    /// <summary>Coded rows (功能分类 or 经济分类), in table order; empty when the table lists none.</summary>
    public IReadOnlyList<TableRow> Coded => coded ??= [.. Table.CodedRows];

    /// <summary>The 类 rows (3-digit codes).</summary>
    public IEnumerable<TableRow> Classes => Coded.Where(r => r.Level == 1);

    /// <summary>The figure at a row and column; an unlisted row is zero (with no cell).</summary>
    public Term At(string rowKey, string column)
    {
        var amount = rows.TryGetValue(rowKey, out var row) ? row[column] : Amount.Zero;
        return new(Where, () => Label(rowKey, column), amount.Value, Term.WanYuan, amount.Source is { } s ? [s] : [], Usable);
    }

    /// <summary>The figures of several rows in one column.</summary>
    public IEnumerable<Term> At(IEnumerable<string> rowKeys, string column) => rowKeys.Select(k => At(k, column));

    /// <summary>A key naming the figure in findings: 公开06表/30101/决算数.</summary>
    public string Key(string rowKey, string column) => $"{Where}/{rowKey}/{column}";

    /// <summary>How a figure is named in messages, e.g. “2150501 行政运行（基本支出）”, “基本支出合计”.</summary>
    public string Label(string rowKey, string column)
    {
        if (rowKey == RowKeys.合计) return column.EndsWith("合计", StringComparison.Ordinal) ? column : column + "合计";
        if (Table.Kind == TableKind.ThreePublic) return (column == ColumnKeys.三公合计 ? "“三公”经费合计" : column) + rowKey;
        var row = RowLabel(rowKey);
        return column == ColumnKeys.决算数 ? row : $"{row}（{column}）";
    }

    private string RowLabel(string rowKey)
    {
        var printed = (rows.TryGetValue(rowKey, out var row) ? row.Label : null) ?? SchemaLabel(rowKey) ?? CodeName(rowKey) ?? "";
        printed = Numbering().Replace(printed, "");
        if (printed == "总计") printed = rowKey;  // 收入总计 / 支出总计 of a side-by-side table
        if (rowKey.All(char.IsAsciiDigit)) return printed.Length > 0 ? $"{rowKey} {printed}" : rowKey;
        return rowKey.StartsWith("年初.", StringComparison.Ordinal) ? "年初" + printed : printed.Length > 0 ? printed : rowKey;
    }

    private string? SchemaLabel(string rowKey)
    {
        var schema = TableSchemas.For(Table.Kind);
        return schema.LeftRows.Concat(schema.RightRows).FirstOrDefault(r => r.Key == rowKey)?.Label;
    }

    private static string? CodeName(string code) =>
        FunctionClasses.NameOf(code) ?? EconomicClasses.All.FirstOrDefault(c => c.Code == code).Name;

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex Numbering();
}
