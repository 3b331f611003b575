using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word.Inlines;

/// <summary>
/// Hyperlinks: <c>#id</c> links to a heading's bookmark; absolute URLs get an external
/// relationship; anything else is written as plain text (a bad URL must not break the file).
/// </summary>
internal static class WordHyperlinks
{
    public static void Write(WordRenderer renderer, string? url, Action writeContent)
    {
        Hyperlink? link = null;
        if (url is { Length: > 1 } && url[0] == '#')
            link = new Hyperlink { Anchor = WordBookmarks.NameFor(url[1..]), History = true };
        else if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
            link = new Hyperlink { Id = renderer.Main.AddHyperlinkRelationship(uri, true, renderer.NextRelationshipId()).Id, History = true };
        if (link is null)
        {
            writeContent();
            return;
        }
        renderer.PushInlineTarget(link);
        renderer.PushFormat(renderer.Format with { CharacterStyle = WordStyleIds.Hyperlink });
        writeContent();
        renderer.PopFormat();
        renderer.PopInlineTarget();
        renderer.WriteElement(link);
    }
}
