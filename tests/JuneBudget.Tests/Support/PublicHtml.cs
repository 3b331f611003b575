using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JuneBudget.Tests.Support;

/// <summary>
/// The markup the public HTML writer (HtmlReportWriter and its renderers) puts into a page: these
/// elements, these attributes, internal links only, ids of its own form. Anything else in a page
/// came from the input.
/// </summary>
internal static partial class PublicHtml
{
    private static readonly HashSet<string> Elements =
    [
        "html", "head", "meta", "title", "style", "body", "div", "header", "main", "nav", "p", "h1", "h2", "h3", "h4",
        "h5", "h6", "ol", "ul", "li", "a", "span", "br", "figure", "figcaption", "table", "colgroup", "col", "thead",
        "tbody", "tr", "th", "td", "em", "strong", "code", "pre", "blockquote", "hr", "mark",
    ];

    private static readonly HashSet<string> Attributes =
    [
        "lang", "charset", "name", "content", "class", "id", "href", "style", "colspan", "rowspan", "scope", "role",
        "aria-hidden", "aria-labelledby",
    ];

    /// <summary>Every element and attribute of <paramref name="html"/> that the writer does not emit (empty when none).</summary>
    public static IReadOnlyList<string> Foreign(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var foreign = new List<string>();
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (!Elements.Contains(tag)) foreign.Add($"<{tag}>");
            foreach (var attribute in element.Attributes)
            {
                if (!Attributes.Contains(attribute.Name)) foreign.Add($"<{tag} {attribute.Name}>");
                else if (!IsOwnValue(element, attribute)) foreign.Add($"<{tag} {attribute.Name}=\"{attribute.Value}\">");
            }
        }
        return foreign;
    }

    private static bool IsOwnValue(IElement element, IAttr attribute) => attribute.Name switch
    {
        "href" => attribute.Value.StartsWith('#') && OwnId().IsMatch(attribute.Value[1..]),
        "id" or "aria-labelledby" => OwnId().IsMatch(attribute.Value),
        "style" => element.LocalName == "col" && ColumnWidth().IsMatch(attribute.Value),
        _ => true,
    };

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex OwnId();

    [GeneratedRegex(@"^width:\s*[0-9.]+%;?$")]
    private static partial Regex ColumnWidth();
}
