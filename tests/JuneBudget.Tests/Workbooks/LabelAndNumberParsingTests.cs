using JuneBudget.Model;
using JuneBudget.Workbooks;

namespace JuneBudget.Tests.Workbooks;

public sealed class LabelAndNumberParsingTests
{
    [Theory]
    [InlineData("一、一般公共服务支出", "一般公共服务支出")]
    [InlineData("（一）一般公共服务支出", "一般公共服务支出")]
    [InlineData("十四、 资源勘探工业信息等支出", "资源勘探工业信息等支出")]
    [InlineData("1.　一般公共服务支出", "一般公共服务支出")]
    [InlineData("一般公共预算财政拨款", "一般公共预算财政拨款")]
    [InlineData("使用非财政拨款结余（含专用结余）", "使用非财政拨款结余(含专用结余)")]
    [InlineData("财政拨款“三公”经费支出决算表", "财政拨款三公经费支出决算表")]
    public void Labels_lose_spaces_quotes_width_and_numbering_but_keep_words(string printed, string expected) =>
        Assert.Equal(expected, LabelNormalizer.Label(printed));

    [Theory]
    [InlineData("7,138.31", "7138.31")]
    [InlineData("７，１３８．３１", "7138.31")]
    [InlineData(" -12.5 ", "-12.5")]
    [InlineData("—", "0")]
    [InlineData("--", "0")]
    public void Numbers_as_text_parse(string text, string expected)
    {
        var parsed = CellValueParser.Parse(text);
        Assert.True(parsed.IsValid);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
    }

    [Theory]
    [InlineData("约100")]
    [InlineData("100万")]
    [InlineData("1.2.3")]
    public void Anything_else_is_invalid(string text) => Assert.False(CellValueParser.Parse(text).IsValid);

    [Fact]
    public void A_percentage_text_is_a_fraction() => Assert.Equal(0.985m, CellValueParser.ParsePercent("98.50%").Value);

    [Theory]
    [InlineData("2024年度财政拨款收入支出决算总表", TableKind.FiscalSummary)]
    [InlineData("收入支出决算总表", TableKind.IncomeExpenditureSummary)]
    [InlineData("公开01表 收入支出决算总表", TableKind.IncomeExpenditureSummary)]
    [InlineData("乌鲁木齐市某局2023年度一般公共预算财政拨款\"三公\"经费支出决算表", TableKind.ThreePublic)]
    [InlineData("支出决算表（公开03表）", TableKind.Expenditure)]
    public void Titles_name_their_table(string title, TableKind kind) => Assert.Equal(kind, TableLocator.KindOf(title));

    [Theory]
    [InlineData("收入支出决算总表说明")]
    [InlineData("部门：收入决算表")]
    public void Other_texts_name_no_table(string text) => Assert.Null(TableLocator.KindOf(text));
}
