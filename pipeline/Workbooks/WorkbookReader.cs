using System.Text;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Workbooks;

/// <summary>
/// Reads one input workbook into the immutable <see cref="BudgetWorkbook"/>, every amount in 万元
/// with its cell, and every shape problem as a finding. Never throws for bad content: a file
/// that cannot be opened (corrupt, password-protected, not .xlsx) gives a null workbook and one finding.
/// </summary>
public static class WorkbookReader
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads the workbook at <paramref name="path"/>.</summary>
    public static ReadResult Read(string path)
    {
        var fileName = Path.GetFileName(path);
        List<SheetReader> sheets;
        try
        {
            if (IsCompoundFile(path))
                return Failed(fileName, IsEncrypted(path) ? ReadFindings.Encrypted(fileName)
                    : ReadFindings.Unreadable(fileName, "这是旧版 .xls 格式，请在 Excel 中另存为 .xlsx"));
            sheets = WorkbookPackage.ReadSheets(path, fileName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(fileName, ReadFindings.Unreadable(fileName, $"文件无法访问：{ex.Message}"));
        }
        catch (Exception ex)
        {
            // The Open XML SDK and System.IO.Packaging throw many types for a damaged package.
            return Failed(fileName, ReadFindings.Unreadable(fileName, $"文件已损坏或不是 .xlsx 工作簿：{ex.GetType().Name}"));
        }

        var cells = new CellReader(fileName);
        try
        {
            return new ReadResult(fileName, Build(fileName, sheets, cells), cells.Findings);
        }
        catch (Exception ex)
        {
            // A defect of the reader must not stop the batch; it is reported like bad input.
            return new ReadResult(fileName, null, [.. cells.Findings, ReadFindings.Internal(fileName, ex.Message)]);
        }
    }

    private static BudgetWorkbook Build(string fileName, IReadOnlyList<SheetReader> sheets, CellReader cells)
    {
        var byName = new Dictionary<string, SheetReader>();
        foreach (var sheet in sheets) byName.TryAdd(LabelNormalizer.Normalize(sheet.Name), sheet);
        SheetReader? Sheet(string name) => byName.GetValueOrDefault(LabelNormalizer.Normalize(name));

        var (unit, divisor) = CoverReader.Read(cells, Sheet(SheetNames.封面));
        return new BudgetWorkbook
        {
            FileName = fileName,
            Unit = unit,
            Profile = ProfileReader.Read(cells, Sheet, unit.HasSubordinateUnits),
            Tables = StatutoryTablesReader.Read(sheets, cells, unit.Format, divisor),
            Budgets = KeyValueSectionsReader.Budgets(cells, Sheet(SheetNames.预算数), divisor),
            ThreePublic = KeyValueSectionsReader.ThreePublic(cells, Sheet(SheetNames.三公统计), divisor),
            Other = KeyValueSectionsReader.Other(cells, Sheet(SheetNames.其他事项), divisor),
            Performance = KeyValueSectionsReader.Performance(cells, Sheet(SheetNames.预算绩效), divisor),
            Projects = ProjectEvaluationReader.Read(cells, Sheet(SheetNames.绩效自评项目), Sheet(SheetNames.绩效自评指标), divisor),
            Reasons = ReasonReader.Read(cells, Sheet(SheetNames.主要原因)),
            PriorYearSheet = PriorYearSheetReader.Read(cells, Sheet(SheetNames.上年数), divisor),
        };
    }

    private static ReadResult Failed(string fileName, Finding finding) => new(fileName, null, [finding]);

    /// <summary>An OLE compound file: a legacy .xls, or an .xlsx encrypted with a password (Excel wraps those in one).</summary>
    private static bool IsCompoundFile(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[8];
        return stream.Read(head) == 8 && head.SequenceEqual(CompoundFileSignature);
    }

    /// <summary>An encrypted package carries an “EncryptionInfo” stream (its name is stored in UTF-16).</summary>
    private static bool IsEncrypted(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var marker = Encoding.Unicode.GetBytes("EncryptionInfo");
        return bytes.AsSpan().IndexOf(marker) >= 0;
    }
}
