using System.Text;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Bookmark names for heading ids. Word accepts letters, digits and underscores, at most 40
/// characters; the “_Toc” prefix marks them as 目录 targets so Word hides them in its bookmark list.
/// </summary>
internal static class WordBookmarks
{
    public static string NameFor(string headingId)
    {
        var name = new StringBuilder("_Toc_");
        foreach (var c in headingId) name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        return name.Length <= 40 ? name.ToString() : name.ToString(0, 40);
    }
}
