using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using JuneBudget.Templating;

namespace JuneBudget.Checking;

/// <summary>A <see cref="CheckReport"/> as 核对结果.json and as 核对结果.html (templates/审核/核对结果.sbn).</summary>
public static class CheckReportFiles
{
    /// <summary>The page template's name under templates/审核/.</summary>
    public const string PageTemplate = "核对结果";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        // Chinese stays readable in the file rather than \uXXXX escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Json(CheckReport report) => JsonSerializer.SerializeToUtf8Bytes(report, JsonOptions);

    /// <summary>The page; the template escapes every value (the draft's text is the reviewer's, never markup).</summary>
    public static byte[] Html(PageTemplates pages, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Findings.Select(f => new Row(
            f.Kind.ToString(), f.Severity.ToString(), f.Place, f.Message,
            f.MarkStart < 0 ? f.Sentence : f.Sentence[..f.MarkStart],
            f.MarkStart < 0 ? "" : f.Sentence.Substring(f.MarkStart, f.MarkLength),
            f.MarkStart < 0 ? "" : f.Sentence[(f.MarkStart + f.MarkLength)..],
            f.DraftValue ?? "", f.ExpectedValue ?? "", f.Cells, f.Page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList();
        var page = new Page(report.UnitName, report.Year, report.Draft, report.Workbook ?? "", report.Outcome.ToString(), report.Note, report.Errors, report.Reviews, rows);
        return Encoding.UTF8.GetBytes(pages.Render(PageTemplate, page));
    }

    /// <summary>What the template sees as page.…: plain text only.</summary>
    private sealed record Page(string UnitName, int Year, string Draft, string Workbook, string Outcome, string Note, int Errors, int Reviews, IReadOnlyList<Row> Findings);

    /// <summary>One finding: the sentence in three parts so the template can mark the middle one.</summary>
    private sealed record Row(string Kind, string Severity, string Place, string Message, string Before, string Marked, string After,
        string DraftValue, string ExpectedValue, IReadOnlyList<string> Cells, string Page);
}
