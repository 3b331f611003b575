using Markdig.Syntax.Inlines;

namespace JuneBudget.Markdown;

/// <summary>
/// A visible gap a person must fill: <c>【待补充：主要原因（键：⟨key⟩）】</c>. <see cref="Text"/> is the
/// whole literal, brackets included, which is what both writers print (highlighted).
/// </summary>
internal sealed class PlaceholderInline : LeafInline
{
    public PlaceholderInline(string text) => Text = text;

    public string Text { get; }

    /// <summary>The reason key named inside (after “键：”), or null when the placeholder names none.</summary>
    public string? Key
    {
        get
        {
            var at = Text.IndexOf("键：", StringComparison.Ordinal);
            if (at < 0) return null;
            var end = Text.IndexOfAny(['）', ')', '】'], at);
            return end < 0 ? null : Text[(at + 2)..end];
        }
    }
}
