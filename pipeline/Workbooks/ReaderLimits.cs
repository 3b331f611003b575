namespace JuneBudget.Workbooks;

/// <summary>
/// How much of a workbook the reader takes in before it refuses the file (a finding naming file
/// and sheet; the batch goes on). Each bound is far above any real 部门决算 workbook and far below
/// what would cost seconds or gigabytes; the reasoning is in docs/reader-findings.md. The bundled
/// sample, for scale: 46 rows, 21 columns, 11 merged ranges, 3,000 cells, 134 characters in its
/// longest cell, XML 9 levels deep, 60 KB in its largest part, 340 KB unpacked.
/// </summary>
internal static class ReaderLimits
{
    /// <summary>Bytes of the input file: real workbooks are a few MB; this one is not read at all.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>
    /// Bytes of one part unpacked (a worksheet's XML): ~500,000 cells, 100 times the largest real
    /// table; a zip bomb stops here (128 MB of it took 12 s to refuse on a loaded CI machine, 32 MB takes 3 s).
    /// </summary>
    public const long MaxPartBytes = 32L * 1024 * 1024;

    /// <summary>Nesting of XML elements: Excel writes at most ~10 in the parts we read.</summary>
    public const int MaxXmlDepth = 64;

    /// <summary>Rows of a sheet with content: the old .xls limit, which every real table fits in.</summary>
    public const int MaxRows = 65_536;

    /// <summary>Columns of a sheet with content: the old .xls limit (IV); the widest table has ~20.</summary>
    public const int MaxColumns = 256;

    /// <summary>Cells with content in one workbook (≈ 60 bytes of memory each).</summary>
    public const int MaxCells = 1_000_000;

    /// <summary>Cells covered by merged ranges in one workbook, counted after clipping each range to its sheet's content.</summary>
    public const int MaxMergedCells = 1_000_000;

    /// <summary>Characters in one cell: Excel's own limit, so longer text was not written by Excel.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>Characters of text in one workbook (shared strings and inline text): 16 M, ~500 times the sample.</summary>
    public const int MaxTextCharacters = 16 * 1024 * 1024;
}
