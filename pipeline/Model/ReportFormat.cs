namespace JuneBudget.Model;

/// <summary>
/// The published format a document follows. The order of sections and tables and much wording
/// differ by year (see docs/workbook-format.md and docs/reference/report-format.md).
/// </summary>
public enum ReportFormat
{
    /// <summary>2021 and earlier: 三公 is 公开07表, 项 listed by 7-digit code.</summary>
    Y2021 = 2021,
    /// <summary>2022: 三公 is 公开07表, 全年预算数 for 三公, no thousands separators.</summary>
    Y2022 = 2022,
    /// <summary>2023: like 2024 sentences, but 三公 still 公开07表.</summary>
    Y2023 = 2023,
    /// <summary>2024 and later: 三公 is 公开09表, 基金 07, 国资 08, thousands separators.</summary>
    Y2024 = 2024,
}

public static class ReportFormats
{
    /// <summary>The default format for a budget year: 2024+ → 2024, 2023, 2022, 2021 and earlier → 2021.</summary>
    public static ReportFormat ForYear(int year) => year switch
    {
        >= 2024 => ReportFormat.Y2024,
        2023 => ReportFormat.Y2023,
        2022 => ReportFormat.Y2022,
        _ => ReportFormat.Y2021,
    };
}
