using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Workbooks;

/// <summary>Messy but valid workbooks: each variant must read to the same figures as the canonical layout.</summary>
public sealed class WorkbookReaderToleranceTests : IDisposable
{
    private readonly ReadBackFolder _dir = new("messy.xlsx");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Tables_are_found_by_title_whatever_the_sheet_name_code_or_year_prefix()
    {
        var b = TestWorkbookBuilder.WithCover(year: 2023);
        b.Table09(sheet: "Sheet7", title: "2023年度财政拨款“三公”经费支出决算表（公开07表）");
        b.Table05(sheet: "任意名称");
        b.Book.Worksheet("任意名称").Cell(1, 1).Value = "公开05表 一般公共预算财政拨款支出决算表";
        var r = _dir.Read(b);
        Assert.Equal(17.92m, r.Workbook!.Tables.ThreePublic.Get(R.预算数, C.三公合计).Value);
        Assert.Equal("Sheet7", r.Workbook.Tables.ThreePublic.Location!.Sheet);
        Assert.Equal(6975.31m, r.Workbook.Tables.GeneralBudget.Get(R.合计, C.合计).Value);
    }

    [Fact]
    public void The_fiscal_summary_title_is_never_taken_for_the_summary_01()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Table04(sheet: "收入支出决算总表");
        var r = _dir.Read(b);
        Assert.False(r.Workbook!.Tables.IncomeExpenditureSummary.Present);
        Assert.True(r.Workbook.Tables.FiscalSummary.Present);
        Assert.Contains(r.Of(ReadFindings.TableMissing), f => f.Message.Contains("《收入支出决算总表》", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_may_start_anywhere_after_blank_rows_and_columns()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Table05(r0: 4, c0: 3);
        var t = _dir.Read(b).Workbook!.Tables.GeneralBudget;
        Assert.Equal(6975.31m, t.Get(R.合计, C.合计).Value);
        Assert.Equal("C10", t.Row(R.合计)!.Location.Cell);
        Assert.Equal(2000m, t.Get("2150501", C.基本支出).Value);
    }

    [Fact]
    public void Codes_split_over_类_款_项_cells_are_joined_and_款_number_5_means_05()
    {
        var b = TestWorkbookBuilder.WithCover();
        var ws = b.Sheet("05");
        TestWorkbookBuilder.Put(ws, 1, 1, "一般公共预算财政拨款支出决算表");
        TestWorkbookBuilder.Put(ws, 3, 1, "科目编码", null, null, "科目名称", "本年支出");
        ws.Range(3, 1, 3, 3).Merge();
        ws.Range(3, 4, 4, 4).Merge();
        ws.Range(3, 5, 3, 7).Merge();
        TestWorkbookBuilder.Put(ws, 4, 1, "类", "款", "项", null, "小计", "基本支出", "项目支出");
        TestWorkbookBuilder.Put(ws, 5, 1, "合计", null, null, null, 300, 100, 200);
        TestWorkbookBuilder.Put(ws, 6, 1, "215", null, null, "资源勘探工业信息等支出", 300, 100, 200);
        TestWorkbookBuilder.Put(ws, 7, 1, "215", 5, null, "工业和信息产业监管", 300, 100, 200);
        TestWorkbookBuilder.Put(ws, 8, 1, "215", "05", "01", "行政运行", 100, 100, null);
        TestWorkbookBuilder.Put(ws, 9, 1, null, null, "02", "一般行政管理事务", 200, null, 200);
        var r = _dir.Read(b);
        var t = r.Workbook!.Tables.GeneralBudget;
        Assert.Equal(["215", "21505", "2150501", "2150502"], t.CodedRows.Select(x => x.Code));
        Assert.Equal(200m, t.Get("2150502", C.项目支出).Value);
        Assert.Equal(300m, t.Get(R.合计, C.合计).Value);
        Assert.DoesNotContain(r.Findings, f => f.Cells.Any(c => c.Sheet == "05"));
    }

    [Fact]
    public void Row_labels_match_whatever_their_spaces_brackets_and_numbering()
    {
        var b = TestWorkbookBuilder.WithCover();
        var ws = b.Table01();
        ws.Cell(7, 1).Value = "（一）一般公共预算财政拨款收入";
        ws.Cell(7, 4).Value = "1. 一般公共服务支出";
        ws.Cell(33, 1).Value = "本年收入　合计";
        ws.Cell(34, 1).Value = "使用非财政拨款结余(含专用结余)";
        ws.Cell(36, 4).Value = "总  计";
        var r = _dir.Read(b);
        var t = r.Workbook!.Tables.IncomeExpenditureSummary;
        Assert.Equal(7138.31m, t.Get(R.一般公共预算财政拨款收入, C.决算数).Value);
        Assert.Equal(100m, t.Get("201", C.决算数).Value);
        Assert.Equal(7169.51m, t.Get(R.本年收入合计, C.决算数).Value);
        Assert.Equal(7290.01m, t.Get(R.支出总计, C.决算数).Value);
        Assert.Empty(r.Of(ReadFindings.RowMissing));
        Assert.Empty(r.Of(ReadFindings.RowUnrecognised));
    }

    [Fact]
    public void Numbers_as_text_with_separators_and_dashes_read_and_anything_else_is_a_finding()
    {
        var b = TestWorkbookBuilder.WithCover();
        var ws = b.Table01();
        ws.Cell(7, 3).Value = "7,138.31";
        ws.Cell(8, 3).Value = "—";
        ws.Cell(14, 3).Value = "－";
        ws.Cell(35, 3).Value = " 120.50 ";
        ws.Cell(33, 3).Value = "约100";
        var r = _dir.Read(b);
        var t = r.Workbook!.Tables.IncomeExpenditureSummary;
        Assert.Equal(7138.31m, t.Get(R.一般公共预算财政拨款收入, C.决算数).Value);
        Assert.Equal(0m, t.Get(R.政府性基金预算财政拨款收入, C.决算数).Value);
        Assert.Equal(0m, t.Get(R.其他收入, C.决算数).Value);
        Assert.Equal(120.5m, t.Get(R.年初结转和结余, C.决算数).Value);
        var bad = Assert.Single(r.Of(ReadFindings.BadNumber));
        Assert.Equal(new SourceRef("messy.xlsx", "公开01表", "C33"), bad.Cells[0]);
        Assert.Contains("约100", bad.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, bad.Severity);
    }

    [Fact]
    public void A_table_headed_金额单位_元_is_converted_exactly_to_万元()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Table01(scale: 10000m);
        b.Book.Worksheet("公开01表").Cell(7, 3).Value = 71383123.45;
        var t = _dir.Read(b).Workbook!.Tables.IncomeExpenditureSummary;
        Assert.Equal(7138.312345m, t.Get(R.一般公共预算财政拨款收入, C.决算数).Value);
        Assert.Equal(7290.01m, t.Get(R.收入总计, C.决算数).Value);
    }

    [Fact]
    public void Key_value_amounts_follow_the_cover_unit_and_a_table_header_overrides_it()
    {
        var b = TestWorkbookBuilder.WithCover(amountUnit: "元");
        b.KeyValue("预算数", JuneBudget.Format.WorkbookFields.Budgets, _ => 74441300);
        b.Table05();
        var r = _dir.Read(b);
        Assert.Equal("元", r.Workbook!.Unit.AmountUnit);
        Assert.Equal(7444.13m, r.Workbook.Budgets.FiscalIncome.Value);
        Assert.Equal(6975.31m, r.Workbook.Tables.GeneralBudget.Get(R.合计, C.合计).Value);
    }

    [Fact]
    public void Three_public_long_official_names_and_merged_headers_match()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Table09(longNames: true);
        var r = _dir.Read(b);
        var t = r.Workbook!.Tables.ThreePublic;
        Assert.Equal(9.5m, t.Get(R.决算数, C.公务用车运行费).Value);
        Assert.Equal(10.92m, t.Get(R.预算数, C.公务用车购置及运行费).Value);
        Assert.Empty(r.Of(ReadFindings.ColumnMissing));
    }

    [Fact]
    public void A_flat_header_without_the_本年支出_parent_still_matches_by_label()
    {
        var b = TestWorkbookBuilder.WithCover();
        var ws = b.Sheet("x");
        TestWorkbookBuilder.Put(ws, 1, 1, "一般公共预算财政拨款支出决算表");
        TestWorkbookBuilder.Put(ws, 2, 1, "科目编码", "科目名称", "小计", "基本支出", "项目支出");
        TestWorkbookBuilder.Put(ws, 3, 1, "合计", null, "1,000.50", "500", "500.50");
        TestWorkbookBuilder.Put(ws, 4, 1, 2010302, "一般行政管理事务", 1000.5, 500, 500.5);
        var r = _dir.Read(b);
        var t = r.Workbook!.Tables.GeneralBudget;
        Assert.Equal(1000.5m, t.Get(R.合计, C.合计).Value);
        Assert.Equal(500.5m, t.Get("2010302", C.项目支出).Value);
        Assert.Empty(r.Of(ReadFindings.ColumnMissing));
    }

    [Fact]
    public void Doubles_from_Excel_are_rounded_to_six_decimals_not_kept_with_binary_noise()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Table05();
        b.Book.Worksheet("公开05表").Cell(7, 3).Value = 0.1 + 0.2;
        var t = _dir.Read(b).Workbook!.Tables.GeneralBudget;
        Assert.Equal(0.3m, t.Get(R.合计, C.合计).Value);
    }
}
