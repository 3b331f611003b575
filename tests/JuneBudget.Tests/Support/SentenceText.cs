using System.Text.RegularExpressions;
using JuneBudget.Checking;

namespace JuneBudget.Tests.Support;

/// <summary>
/// Brings seed text (PDF extraction) and generated Markdown to one comparable form: no whitespace
/// (the PDF's line breaks and the spaces inside numbers such as "35. 00"), list markers dropped,
/// full-width punctuation as <see cref="TextForm.Normalise"/> (which also maps ％ to %), one kind of double quote,
/// sourced numbers ⟦x|id⟧ reduced to x, character references (md_escape's &amp;#45;) decoded;
/// then split into sentences at 。.
/// </summary>
internal static partial class SentenceText
{
    public static string Normalise(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => ListMarker().Replace(l, ""));
        var joined = Whitespace().Replace(string.Join("", lines), "");
        joined = SourcedNumber().Replace(joined, "$1");
        joined = CharacterReference().Replace(joined, m => ((char)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString());
        return TextForm.Normalise(joined).Replace('“', '"').Replace('”', '"');
    }

    /// <summary>The 公开说明 Markdown of a workbook standing alone (last year from its 上年数 sheet), with the repository's templates.</summary>
    public static string RenderAlone(JuneBudget.Model.BudgetWorkbook workbook) => JuneBudget.Templating.ReportTemplateRenderer.Render(
        JuneBudget.Facts.ReportFactsBuilder.Build(new JuneBudget.Model.UnitYear(workbook, null, workbook.PriorYearSheet)), RepoPaths.Templates).Markdown;

    public static IReadOnlyList<string> Sentences(string normalised) =>
        [.. normalised.Split('。', StringSplitOptions.RemoveEmptyEntries).Select(s => s + "。")];

    /// <summary>Markdown body of the generated text: headings, fences and page breaks removed.</summary>
    public static string MarkdownBody(string markdown) => string.Join("\n", markdown.Split('\n')
        .Where(l => !l.StartsWith('#') && !l.StartsWith("```", StringComparison.Ordinal) && l.Trim() != "\\newpage"));

    /// <summary>The heading texts of the generated Markdown (without # and {#id}).</summary>
    public static IReadOnlyList<string> Headings(string markdown) => [.. markdown.Split('\n')
        .Where(l => l.StartsWith('#'))
        .Select(l => HeadingId().Replace(l.TrimStart('#').Trim(), ""))];

    [GeneratedRegex(@"^\s*-\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"⟦([^|⟧]*)\|[^⟧]+⟧")]
    private static partial Regex SourcedNumber();

    [GeneratedRegex(@"&#([0-9]+);")]
    private static partial Regex CharacterReference();

    [GeneratedRegex(@"\s*\{#[^}]+\}$")]
    private static partial Regex HeadingId();
}
