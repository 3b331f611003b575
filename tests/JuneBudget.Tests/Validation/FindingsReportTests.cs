using System.Text.Json;
using JuneBudget.Model;
using JuneBudget.Validation.Reports;

namespace JuneBudget.Tests.Validation;

public sealed class FindingsReportTests
{
    private static readonly SourceRef Cell = new("单位<1>.xlsx", "公开05表", "D7");

    private static FindingsReport Report() => new("某局 & <中心>", 2024, "单位<1>.xlsx",
    [
        new Finding("X-10", Severity.Error, "基本支出 <不等> 人员经费 + 公用经费", [Cell, Cell with { Cell = "C30" }], 1_894.79m, 1_894.78m, "X-10"),
        new Finding("Y-01", Severity.Warning, "年初 ≠ 上年年末", [], null, null),
    ]);

    [Fact]
    public void JsonListsCountsAndEveryFindingWithCellsAndKeepsChineseReadable()
    {
        var text = new FindingsJsonWriter().Render(Report());
        Assert.Contains("\"unit\": \"某局 & <中心>\"", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("error").GetInt32());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("warning").GetInt32());
        Assert.Equal(0, root.GetProperty("counts").GetProperty("roundingNote").GetInt32());
        var first = root.GetProperty("findings")[0];
        Assert.Equal("X-10", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(1_894.79m, first.GetProperty("expected").GetDecimal());
        Assert.Equal("C30", first.GetProperty("cells")[1].GetProperty("cell").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("findings")[1].GetProperty("expected").ValueKind);
        Assert.Equal(text, new FindingsJsonWriter().Render(Report()));
    }
}
