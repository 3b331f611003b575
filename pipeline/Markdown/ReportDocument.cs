using JuneBudget.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JuneBudget.Markdown;

/// <summary>
/// The narrative parsed once into one Markdig tree that both writers walk: <c>jb-grid</c> fenced
/// blocks replaced by <see cref="GridBlock"/>s with their tables, every <see cref="SourcedNumberInline"/>
/// holding its cells, every heading holding an id (explicit <c>{#id}</c>, else <c>h⟨n⟩</c>). The
/// front matter (<see cref="FrontMatter"/>: title and 目录) is taken out of the tree into
/// <see cref="Title"/> and <see cref="Contents"/>.
/// </summary>
internal sealed class ReportDocument
{
    private ReportDocument(
        MarkdownDocument markdown, string? title, DocumentContents? contents, IReadOnlyList<HeadingEntry> headings, IReadOnlyList<GridTable> grids)
    {
        Markdown = markdown;
        Title = title;
        Contents = contents;
        Headings = headings;
        Grids = grids;
    }

    /// <summary>The body: everything but the front matter.</summary>
    public MarkdownDocument Markdown { get; }

    /// <summary>The text of the heading <c>{#title}</c>; null when the Markdown has none (then no title is printed).</summary>
    public string? Title { get; }

    /// <summary>The heading <c>{#toc}</c> and its list; null when the Markdown has none (then no 目录 is printed).</summary>
    public DocumentContents? Contents { get; }

    /// <summary>Every heading of the body in document order (the 目录 shows levels 1–3).</summary>
    public IReadOnlyList<HeadingEntry> Headings { get; }

    /// <summary>The entries the writers print in the 目录: body headings of levels 1–3 (第X部分, 一、, （一）).</summary>
    public IEnumerable<HeadingEntry> ContentsEntries => Headings.Where(h => h.Level <= 3);

    /// <summary>The grids in document order.</summary>
    public IReadOnlyList<GridTable> Grids { get; }

    /// <summary>
    /// Parses the narrative with <see cref="ReportMarkdown.Pipeline"/> and resolves grids and sources.
    /// Throws <see cref="ReportDocumentException"/> naming the id and Markdown line when a grid or
    /// source id is unknown, a heading id is used twice or a 目录 link has no heading.
    /// </summary>
    public static ReportDocument Parse(
        string markdown,
        IReadOnlyDictionary<string, GridTable> grids,
        IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> sources)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, ReportMarkdown.Pipeline);
        var placed = ReplaceGridFences(document, grids);
        ResolveSources(document, sources);
        var reserved = ReservedIds(document);
        var title = FrontMatter.TakeTitle(document);
        var contents = FrontMatter.TakeContents(document);
        var headings = CollectHeadings(document, reserved);
        if (contents is not null) CheckLinks(contents, headings);
        return new ReportDocument(document, title, contents, headings, placed);
    }

    private static List<GridTable> ReplaceGridFences(MarkdownDocument document, IReadOnlyDictionary<string, GridTable> grids)
    {
        var placed = new List<GridTable>();
        foreach (var fence in document.Descendants<FencedCodeBlock>().ToList())
        {
            if (fence.Info != GridBlock.InfoString) continue;
            var id = fence.Arguments?.Trim() ?? string.Empty;
            if (!grids.TryGetValue(id, out var table))
            {
                var known = grids.Count == 0 ? "无" : string.Join("、", grids.Keys.Order(StringComparer.Ordinal));
                throw new ReportDocumentException(
                    $"Markdown 第 {fence.Line + 1} 行：```{GridBlock.InfoString} 引用的表格“{id}”不存在（可用：{known}）。请改正模板中的表格编号。");
            }
            var parent = fence.Parent!;
            var index = parent.IndexOf(fence);
            parent.RemoveAt(index);
            parent.Insert(index, new GridBlock(table) { Line = fence.Line, Column = fence.Column, Span = fence.Span });
            placed.Add(table);
        }
        return placed;
    }

    private static void ResolveSources(MarkdownDocument document, IReadOnlyDictionary<string, IReadOnlyList<SourceRef>> sources)
    {
        foreach (var number in document.Descendants<SourcedNumberInline>())
        {
            if (!sources.TryGetValue(number.SourceId, out var cells))
                throw new ReportDocumentException(
                    $"Markdown 第 {number.Line + 1} 行：数字“{number.Display}”的来源编号“{number.SourceId}”不存在。请检查生成该句的模板与事实数据。");
            number.Sources = cells;
        }
    }

    /// <summary>The front matter's ids (and lines): the writers give them to the title and 目录, so no body heading may reuse them.</summary>
    private static Dictionary<string, int> ReservedIds(MarkdownDocument document)
    {
        var reserved = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.TryGetAttributes()?.Id is FrontMatter.TitleId or FrontMatter.ContentsId)
                reserved.TryAdd(heading.GetAttributes().Id!, heading.Line);
        }
        return reserved;
    }

    private static void CheckLinks(DocumentContents contents, List<HeadingEntry> headings)
    {
        var ids = headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in contents.Listed.Where(e => e.Id.Length > 0 && !ids.Contains(e.Id)))
            throw new ReportDocumentException(
                $"目录中的“{entry.Text}”链接到 #{entry.Id}，但没有编号为 {{#{entry.Id}}} 的标题。请改正模板中目录的链接或该标题的编号。");
    }

    private static List<HeadingEntry> CollectHeadings(MarkdownDocument document, Dictionary<string, int> seen)
    {
        var headings = new List<HeadingEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = InlineText.Of(heading.Inline).Trim();
            // Markdig ignores some attribute blocks (a one-character id such as {#a}); they would print as text.
            if (text.EndsWith('}') && text.Contains("{#", StringComparison.Ordinal))
                throw new ReportDocumentException(
                    $"Markdown 第 {heading.Line + 1} 行：标题“{text}”的编号未被识别。编号至少两个字符，只用字母、数字和连字符，例如 {{#s2-1}}。");
            var attributes = heading.GetAttributes();
            attributes.Id ??= $"h{headings.Count + 1}";
            if (!seen.TryAdd(attributes.Id, heading.Line))
                throw new ReportDocumentException(
                    $"Markdown 第 {heading.Line + 1} 行：标题编号“{{#{attributes.Id}}}”与第 {seen[attributes.Id] + 1} 行重复。每个标题编号只能用一次。");
            headings.Add(new HeadingEntry(heading.Level, attributes.Id, text));
        }
        return headings;
    }
}
