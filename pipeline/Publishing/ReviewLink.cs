namespace JuneBudget.Publishing;

/// <summary>A link on a review page: the text shown and the target's path relative to the page, with <c>/</c> separators.</summary>
internal sealed record ReviewLink(string Label, string RelativePath)
{
    /// <summary>A link from a page in <paramref name="pageFolder"/> to the file at <paramref name="targetPath"/>.</summary>
    public static ReviewLink To(string label, string pageFolder, string targetPath) =>
        new(label, Path.GetRelativePath(pageFolder, targetPath).Replace(Path.DirectorySeparatorChar, '/'));
}
