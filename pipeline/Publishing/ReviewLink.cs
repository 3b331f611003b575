namespace JuneBudget.Publishing;

/// <summary>
/// A link on a review page: what it points to and the target's path relative to the page, with
/// <c>/</c> separators. Plain text for the templates, which escape it (<c>html_escape</c>).
/// </summary>
internal sealed record ReviewLink(ReviewLinkKind Kind, string RelativePath)
{
    /// <summary>A link from a page in <paramref name="pageFolder"/> to the file at <paramref name="targetPath"/>.</summary>
    public static ReviewLink To(ReviewLinkKind kind, string pageFolder, string targetPath) =>
        new(kind, Path.GetRelativePath(pageFolder, targetPath).Replace(Path.DirectorySeparatorChar, '/'));

    /// <summary>The kind of a draft, from its file name.</summary>
    public static ReviewLinkKind DraftKind(string fileName) => Path.GetExtension(fileName).ToUpperInvariant() switch
    {
        ".DOCX" => ReviewLinkKind.Word,
        ".HTML" or ".HTM" when fileName.Contains(ReviewPack.ReviewVariantMarker, StringComparison.Ordinal) => ReviewLinkKind.ReviewHtml,
        ".HTML" or ".HTM" => ReviewLinkKind.Html,
        _ => ReviewLinkKind.Other,
    };

    /// <summary>
    /// The href: every segment percent-encoded, so <c>#</c>, <c>%</c> and <c>?</c> (legal in Windows
    /// file names) cannot turn into fragments or queries.
    /// </summary>
    public string Href =>
        string.Join('/', RelativePath.Split('/', '\\').Select(segment => segment is ".." or "." ? segment : Uri.EscapeDataString(segment)));

    /// <summary>The target's file name.</summary>
    public string Name => RelativePath[(RelativePath.LastIndexOfAny(['/', '\\']) + 1)..];

    /// <summary>The document a draft link belongs to (部门决算公开说明, 部门整体支出绩效自评报告; null for pages).</summary>
    public string? Document => Kind is ReviewLinkKind.Word or ReviewLinkKind.Html or ReviewLinkKind.ReviewHtml or ReviewLinkKind.Other
        ? SafeFileNames.DocumentOf(Name) : null;

    /// <summary>The target's extension in capitals without the dot (names an <see cref="ReviewLinkKind.Other"/> draft).</summary>
    public string Extension => Path.GetExtension(Name).TrimStart('.').ToUpperInvariant();
}
