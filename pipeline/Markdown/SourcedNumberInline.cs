using JuneBudget.Model;
using Markdig.Syntax.Inlines;

namespace JuneBudget.Markdown;

/// <summary>
/// A number in a sentence that comes from the workbook: <c>⟦7,138.31|s12⟧</c>. Writers print
/// <see cref="Display"/>; <see cref="Sources"/> (resolved by <see cref="ReportDocument.Parse"/>
/// from <see cref="SourceId"/>) are the cells the figure was computed from, shown in review HTML.
/// </summary>
internal sealed class SourcedNumberInline : LeafInline
{
    public SourcedNumberInline(string display, string sourceId)
    {
        Display = display;
        SourceId = sourceId;
    }

    public string Display { get; }

    public string SourceId { get; }

    public IReadOnlyList<SourceRef> Sources { get; set; } = [];
}
