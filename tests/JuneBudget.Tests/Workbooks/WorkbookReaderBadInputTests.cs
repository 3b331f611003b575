using System.Text;
using JuneBudget.Format;
using JuneBudget.Model;
using JuneBudget.Tests.Support;
using JuneBudget.Workbooks;
using C = JuneBudget.Format.ColumnKeys;
using R = JuneBudget.Format.RowKeys;

namespace JuneBudget.Tests.Workbooks;

/// <summary>Bad input is normal: every case gives findings naming file, sheet and cell, never an exception.</summary>
public sealed class WorkbookReaderBadInputTests : IDisposable
{
    private readonly ReadBackFolder _dir = new("bad.xlsx");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_corrupt_file_gives_no_workbook_and_one_clear_finding()
    {
        var path = Path.Combine(_dir.Path, "坏文件.xlsx");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes("PK\u0003\u0004 这不是一个工作簿"));
        var r = WorkbookReader.Read(path);
        Assert.Null(r.Workbook);
        var f = Assert.Single(r.Findings);
        Assert.Equal(ReadFindings.FileUnreadable, f.RuleId);
        Assert.Equal("坏文件.xlsx", f.File);
        Assert.Contains("无法打开", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_protected_file_is_recognised_as_such()
    {
        // Excel wraps an encrypted .xlsx in an OLE compound file holding an “EncryptionInfo” stream.
        var path = Path.Combine(_dir.Path, "加密.xlsx");
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[100]];
        File.WriteAllBytes(path, header);
        var r = WorkbookReader.Read(path);
        Assert.Null(r.Workbook);
        var f = Assert.Single(r.Findings);
        Assert.Equal(ReadFindings.FileEncrypted, f.RuleId);
        Assert.Contains("密码", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_compound_file_is_unreadable_naming_the_formats_read()
    {
        var path = Path.Combine(_dir.Path, "旧格式.xls");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]]);
        var f = Assert.Single(WorkbookReader.Read(path).Findings);
        Assert.Equal(ReadFindings.FileUnreadable, f.RuleId);
        Assert.Contains(".xls", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_finding_not_an_exception()
    {
        var r = WorkbookReader.Read(Path.Combine(_dir.Path, "没有.xlsx"));
        Assert.Null(r.Workbook);
        Assert.Equal(ReadFindings.FileUnreadable, Assert.Single(r.Findings).RuleId);
    }

    [Fact]
    public void Missing_tables_and_sheets_are_findings_and_defaults()
    {
        var r = _dir.Read(TestWorkbookBuilder.WithCover());
        var book = r.Workbook!;
        Assert.All(TableCatalog.All, k => Assert.False(book.Tables[k].Present));
        Assert.Equal(9, r.Of(ReadFindings.TableMissing).Count());
        Assert.Contains(r.Of(ReadFindings.TableMissing), f => f.Message.Contains("《财政拨款“三公”经费支出决算表》", StringComparison.Ordinal));
        Assert.Contains(r.Of(ReadFindings.SheetMissing), f => f.Cells[0].Sheet == SheetNames.其他事项);
        Assert.Equal(0m, book.Other.OperatingCost.Value);
        Assert.Empty(book.Projects);
        Assert.Null(book.PriorYearSheet);
    }

    [Fact]
    public void A_table_without_a_recognisable_header_is_missing_with_a_finding_at_its_title()
    {
        var b = TestWorkbookBuilder.WithCover();
        var ws = b.Sheet("02");
        TestWorkbookBuilder.Put(ws, 2, 2, "收入决算表");
        TestWorkbookBuilder.Put(ws, 4, 2, "甲", "乙", "丙");
        TestWorkbookBuilder.Put(ws, 5, 2, "x", 1, 2);
        var r = _dir.Read(b);
        Assert.False(r.Workbook!.Tables.Income.Present);
        var f = Assert.Single(r.Of(ReadFindings.HeaderNotFound));
        Assert.Equal(new SourceRef("bad.xlsx", "02", "B2"), f.Cells[0]);
    }

    [Fact]
    public void Missing_and_blank_required_fields_are_named()
    {
        var b = new TestWorkbookBuilder();
        b.KeyValue(SheetNames.封面, WorkbookFields.Cover.Where(f => f.Key != WorkbookFields.单位名称).ToList(),
            k => k == WorkbookFields.年度 ? 2024 : null);
        var r = _dir.Read(b);
        var missing = r.Of(ReadFindings.FieldMissing).Where(f => f.Cells[0].Sheet == SheetNames.封面).ToList();
        Assert.Contains(missing, f => f.Message.Contains("“单位名称”", StringComparison.Ordinal));
        Assert.Contains(missing, f => f.Message.Contains("“单位类型”", StringComparison.Ordinal) && f.Cells[0].Cell == "B6");
        Assert.Equal(FormatLibrary.Repository[2024], r.Workbook!.Unit.Format);
        Assert.Equal("", r.Workbook.Unit.Name);
    }

    [Fact]
    public void A_choice_outside_the_list_is_a_finding()
    {
        var b = new TestWorkbookBuilder();
        b.KeyValue(SheetNames.封面, WorkbookFields.Cover, k => k switch
        {
            WorkbookFields.单位名称 => "测试局", WorkbookFields.年度 => 2024, WorkbookFields.单位类型 => "局",
            WorkbookFields.单位性质 => "行政单位", _ => null,
        });
        var f = Assert.Single(_dir.Read(b).Of(ReadFindings.BadChoice));
        Assert.Equal("B7", f.Cells[0].Cell);
        Assert.Contains("单位、部门", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_that_matches_no_fixed_row_is_named_by_its_cell()
    {
        var b = TestWorkbookBuilder.WithCover();
        var ws = b.Table01();
        ws.Cell(14, 1).Value = "八、捐赠收入";
        var r = _dir.Read(b);
        var f = Assert.Single(r.Of(ReadFindings.RowUnrecognised));
        Assert.Equal(new SourceRef("bad.xlsx", "公开01表", "A14"), f.Cells[0]);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains(r.Of(ReadFindings.RowMissing), m => m.Message.Contains("八、其他收入", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_code_is_reported_and_its_row_skipped()
    {
        var b = TestWorkbookBuilder.WithCover();
        var ws = b.Table05();
        ws.Cell(9, 1).Value = "X20103";
        ws.Cell(10, 1).Value = "21505011";
        var r = _dir.Read(b);
        var f = Assert.Single(r.Of(ReadFindings.BadCode));
        Assert.Equal("A10", f.Cells[0].Cell);
        Assert.Null(r.Workbook!.Tables.GeneralBudget.Row("2010302"));
        Assert.NotNull(r.Workbook.Tables.GeneralBudget.Row("2150501"));
        Assert.Single(r.Of(ReadFindings.RowUnrecognised), u => u.Cells[0].Cell == "A9");
    }

    [Fact]
    public void Unknown_and_duplicate_reason_keys_are_findings()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Reasons([("三公.上年", "甲"), ("三公.上年", "乙"), ("三公经费上年", "丙"), ("政府性基金.2290402.上年", "丁")]);
        var r = _dir.Read(b);
        Assert.Equal("A4", Assert.Single(r.Of(ReadFindings.ReasonKeyDuplicate)).Cells[1].Cell);
        Assert.Equal("A5", Assert.Single(r.Of(ReadFindings.ReasonKeyUnknown)).Cells[0].Cell);
        Assert.Equal("甲", r.Workbook!.Reasons.Find("三公.上年")!.Value);
        Assert.Equal("丁", r.Workbook.Reasons.Find("政府性基金.2290402.上年")!.Value);
    }

    [Fact]
    public void An_indicator_of_an_unknown_project_is_a_finding()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Projects([("甲项目", 10m, 10m, "100%")]);
        b.Indicators([("甲项目", "产出指标", "数量指标", "a"), ("乙项目", "产出指标", "数量指标", "b")]);
        var r = _dir.Read(b);
        Assert.Equal("D3", Assert.Single(r.Of(ReadFindings.IndicatorWithoutProject)).Cells[0].Cell);
        Assert.Single(Assert.Single(r.Workbook!.Projects).Indicators);
    }

    [Fact]
    public void A_missing_column_of_a_table_is_named()
    {
        var b = TestWorkbookBuilder.WithCover();
        b.Table09();
        b.Book.Worksheet("公开09表").Cell(5, 12).Value = "接待费用";
        var r = _dir.Read(b);
        var f = Assert.Single(r.Of(ReadFindings.ColumnMissing));
        Assert.Contains("决算数/公务接待费", f.Message, StringComparison.Ordinal);
        Assert.Equal(0m, r.Workbook!.Tables.ThreePublic.Get(R.决算数, C.公务接待费).Value);
    }

    [Fact]
    public void An_amount_on_a_06_row_with_neither_code_nor_name_is_a_finding_not_dropped()
    {
        var b = TestWorkbookBuilder.Canonical();
        b.Sheet("公开06表").Cell(10, 6).Value = 25;
        var r = _dir.Read(b);
        var f = Assert.Single(r.Of(ReadFindings.RowUnrecognised), f => f.Cells[0].Sheet == "公开06表");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(10, int.Parse(f.Cells[0].Cell[1..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
