using System.Text;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Reads one input workbook into the immutable <see cref="BudgetWorkbook"/>, every amount in 万元
/// with its cell, and every shape problem as a finding. An .xlsx or .xlsm (a zip package) is read
/// by <see cref="WorkbookPackage"/>, an .xls (an OLE compound file) by
/// <see cref="LegacyWorkbookPackage"/>, whatever the file's extension says. Never throws for bad
/// content: a file that cannot be opened (corrupt, password-protected, held by another program,
/// beyond <see cref="ReaderLimits"/>) gives a null workbook and one finding.
/// </summary>
public static class WorkbookReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads the workbook at <paramref name="path"/> with the repository's formats.</summary>
    public static ReadResult Read(string path) => Read(path, FormatLibrary.Repository);

    /// <summary>
    /// Reads the workbook at <paramref name="path"/>; its cover chooses one of <paramref name="formats"/>.
    /// A cover whose format cannot be used gives a null workbook and READ-28 (not a failure at generation).
    /// </summary>
    public static ReadResult Read(string path, FormatLibrary formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var fileName = Path.GetFileName(path);
        var guard = new ContentGuard(fileName);
        var (sheets, failure) = Open(path, guard, wanted: null);
        if (sheets is null) return Failed(fileName, failure!);

        var cells = new CellReader(fileName);
        try
        {
            return new ReadResult(fileName, Build(fileName, sheets, cells, formats), [.. guard.Findings, .. cells.Findings]);
        }
        catch (CoverFormatException ex)
        {
            return new ReadResult(fileName, null, [.. guard.Findings, .. cells.Findings, ReadFindings.UnusableFormat(ex.Cell, ex.Message)]);
        }
        catch (Exception ex)
        {
            // A defect of the reader must not stop the batch; it is reported like bad input.
            return new ReadResult(fileName, null, [.. guard.Findings, .. cells.Findings, ReadFindings.Internal(fileName, ex.Message)]);
        }
    }

    /// <summary>
    /// What identifies the workbook at <paramref name="path"/>, read cheaply: only the cover sheet
    /// is unpacked (the batch is planned from this; the whole workbook is read when its unit is built).
    /// The unit is null when the file cannot be opened, its cover's format cannot be used (READ-28,
    /// as <see cref="Read(string, FormatLibrary)"/> gives) or the reader failed; the one finding says why.
    /// </summary>
    public static WorkbookIdentity Identify(string path) => Identify(path, FormatLibrary.Repository);

    /// <inheritdoc cref="Identify(string)"/>
    public static WorkbookIdentity Identify(string path, FormatLibrary formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var fileName = Path.GetFileName(path);
        var guard = new ContentGuard(fileName);
        var cover = LabelNormalizer.Normalize(SheetNames.封面);
        var (sheets, failure) = Open(path, guard, name => LabelNormalizer.Normalize(name) == cover);
        if (sheets is null) return new WorkbookIdentity(path, null, [failure!]);
        try
        {
            // The same reader on the same snapshot as Read: the identity is the full read's UnitInfo.
            var (unit, _) = CoverReader.Read(new CellReader(fileName), sheets.FirstOrDefault(), formats);
            return new WorkbookIdentity(path, unit, []);
        }
        catch (CoverFormatException ex)
        {
            return new WorkbookIdentity(path, null, [ReadFindings.UnusableFormat(ex.Cell, ex.Message)]);
        }
        catch (Exception ex)
        {
            return new WorkbookIdentity(path, null, [ReadFindings.Internal(fileName, ex.Message)]);
        }
    }

    /// <summary>
    /// The package's worksheets as snapshots (only those <paramref name="wanted"/> names, when
    /// given), or no sheets and the one finding that says why the file cannot be opened.
    /// </summary>
    private static (List<SheetReader>? Sheets, Finding? Failure) Open(string path, ContentGuard guard, Func<string, bool>? wanted)
    {
        var fileName = guard.File;
        try
        {
            // Share read and write so a workbook still open in Excel can be read.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length > ReaderLimits.MaxFileBytes)
                return Fail(ReadFindings.BeyondLimits(fileName, $"文件大小超过 {ReaderLimits.MaxFileBytes / (1024 * 1024)} MB"));
            Span<byte> head = stackalloc byte[8];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            if (head[..length].StartsWith(ZipSignature))
                return (WorkbookPackage.ReadSheets(stream, guard, wanted), null);
            if (!head[..length].SequenceEqual(CompoundFileSignature))
                return Fail(ReadFindings.Unreadable(fileName, "文件内容不是 Excel 工作簿"));
            // Excel wraps an .xlsx with a password in a compound file too; it has an EncryptionInfo stream.
            if (IsEncrypted(stream)) return Fail(ReadFindings.Encrypted(fileName));
            stream.Position = 0;
            return (LegacyWorkbookPackage.ReadSheets(stream, guard, wanted), null);
        }
        catch (WorkbookLimitException ex)
        {
            return Fail(ReadFindings.BeyondLimits(fileName, ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(ReadFindings.Unreadable(fileName, AccessProblem(ex)));
        }
        catch (Exception ex) when (ex.GetType().Name == "InvalidPasswordException")
        {
            return Fail(ReadFindings.Encrypted(fileName));
        }
        catch (Exception ex)
        {
            // The Open XML SDK, System.IO.Packaging and ExcelDataReader throw many types for a damaged file.
            return Fail(ReadFindings.Unreadable(fileName, $"文件已损坏或不是 Excel 工作簿：{ex.GetType().Name}"));
        }
    }

    private static BudgetWorkbook Build(string fileName, IReadOnlyList<SheetReader> sheets, CellReader cells, FormatLibrary formats)
    {
        var byName = new Dictionary<string, SheetReader>();
        foreach (var sheet in sheets) byName.TryAdd(LabelNormalizer.Normalize(sheet.Name), sheet);
        SheetReader? Sheet(string name) => byName.GetValueOrDefault(LabelNormalizer.Normalize(name));

        var (unit, divisor) = CoverReader.Read(cells, Sheet(SheetNames.封面), formats);
        return new BudgetWorkbook
        {
            FileName = fileName,
            Unit = unit,
            Profile = ProfileReader.Read(cells, Sheet, unit.HasSubordinateUnits, divisor),
            Tables = StatutoryTablesReader.Read(sheets, cells, unit.Format, divisor),
            Budgets = KeyValueSectionsReader.Budgets(cells, Sheet(SheetNames.预算数), divisor),
            ThreePublic = KeyValueSectionsReader.ThreePublic(cells, Sheet(SheetNames.三公统计), divisor),
            Other = KeyValueSectionsReader.Other(cells, Sheet(SheetNames.其他事项), divisor),
            Performance = KeyValueSectionsReader.Performance(cells, Sheet(SheetNames.预算绩效), divisor),
            Projects = ProjectEvaluationReader.Read(cells, Sheet(SheetNames.绩效自评项目), Sheet(SheetNames.绩效自评指标), divisor),
            Reasons = ReasonReader.Read(cells, Sheet(SheetNames.主要原因)),
            PriorYearSheet = PriorYearSheetReader.Read(cells, Sheet(SheetNames.上年数), divisor),
            SelfReport = SelfReportReader.Read(cells, Sheet, divisor),
        };
    }

    private static ReadResult Failed(string fileName, Finding finding) => new(fileName, null, [finding]);

    private static (List<SheetReader>?, Finding?) Fail(Finding finding) => (null, finding);

    /// <summary>Why a file could not be opened, in words a finance officer can act on (never .NET's English message).</summary>
    internal static string AccessProblem(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "文件在读取前被移动或删除",
        UnauthorizedAccessException => "没有读取该文件的权限",
        PathTooLongException => "文件路径过长，请移到层级较浅的文件夹",
        IOException io when IsHeldOpen(io) => "文件正被其他程序（如 Excel、WPS）独占打开，请关闭该文件后重新运行",
        _ => $"文件无法读取（{ex.GetType().Name}）",
    };

    /// <summary>
    /// Windows' sharing and lock violations; on Linux and macOS .NET emulates an exclusive share
    /// with an advisory lock whose failure carries the same code.
    /// </summary>
    private static bool IsHeldOpen(IOException ex) =>
        (ex.HResult & 0xFFFF) is 32 or 33 || ex.HResult is 11 or 35;

    /// <summary>An encrypted package carries an “EncryptionInfo” stream (its name is stored in UTF-16).</summary>
    private static bool IsEncrypted(Stream stream)
    {
        var marker = Encoding.Unicode.GetBytes("EncryptionInfo");
        var buffer = new byte[1 << 16];
        var carry = 0;
        int n;
        while ((n = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var filled = carry + n;
            if (buffer.AsSpan(0, filled).IndexOf(marker) >= 0) return true;
            carry = Math.Min(marker.Length - 1, filled);
            buffer.AsSpan(filled - carry, carry).CopyTo(buffer);
        }
        return false;
    }
}
