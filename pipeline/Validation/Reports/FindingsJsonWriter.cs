using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JuneBudget.Model;

namespace JuneBudget.Validation.Reports;

/// <summary>
/// Findings of one unit as JSON for scripts: unit, year, file, counts by severity, the groups of
/// findings sharing a cell (<see cref="FindingGroups"/>: number, lead cell, size, the value the lead
/// cell should be when the group's equalities agree on one, in report order),
/// then every finding (id, severity, message, cells, expected, actual, key, group) in validator
/// order. Deterministic, UTF-8, CJK written as is.
/// </summary>
public sealed class FindingsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Render(FindingsReport report) => Encoding.UTF8.GetString(Utf8(report));

    /// <summary>The JSON as the UTF-8 bytes written to disk.</summary>
    public byte[] Utf8(FindingsReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    public void Write(FindingsReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("unit", report.Unit);
        json.WriteNumber("year", report.Year);
        json.WriteString("file", report.File);
        json.WriteStartObject("counts");
        foreach (var severity in FindingsReport.Severities) json.WriteNumber(FindingsReport.Name(severity), report.Count(severity));
        json.WriteEndObject();
        var groups = FindingGroups.Of(report.Findings);
        var groupOf = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups) foreach (var finding in group.Findings) groupOf[finding] = group.Number;
        json.WriteStartArray("groups");
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteNumber("group", group.Number);
            if (group.Lead is null) json.WriteNull("lead"); else { json.WritePropertyName("lead"); WriteCell(json, group.Lead); }
            json.WriteNumber("findings", group.Findings.Count);
            WriteNumber(json, "suggested", group.Suggested);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings) WriteFinding(json, finding, groupOf[finding]);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, int group)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.RuleId);
        json.WriteString("severity", FindingsReport.Name(finding.Severity));
        json.WriteString("message", finding.Message);
        json.WriteStartArray("cells");
        foreach (var cell in finding.Cells) WriteCell(json, cell);
        json.WriteEndArray();
        WriteNumber(json, "expected", finding.Expected);
        WriteNumber(json, "actual", finding.Actual);
        if (finding.Key is null) json.WriteNull("key"); else json.WriteString("key", finding.Key);
        json.WriteNumber("group", group);
        json.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter json, SourceRef cell)
    {
        json.WriteStartObject();
        json.WriteString("file", cell.File);
        json.WriteString("sheet", cell.Sheet);
        json.WriteString("cell", cell.Cell);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v); else json.WriteNull(name);
    }
}
