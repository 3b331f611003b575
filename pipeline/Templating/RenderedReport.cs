using JuneBudget.Model;

namespace JuneBudget.Templating;

/// <summary>
/// The Markdown text of one document (conventions in AGENTS.md), the cells behind every sourced
/// number it prints (only the ids it uses), and the visible placeholders it contains.
/// </summary>
public sealed record RenderedReport(
    string Markdown,
    IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> Sources,
    IReadOnlyList<string> Placeholders);
