using JuneBudget.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace JuneBudget.Markdown;

/// <summary>
/// The narrative parsed once into one Markdig tree that both writers walk: <c>jb-grid</c> fenced
/// blocks replaced by <see cref="GridBlock"/>s with their tables, every <see cref="SourcedNumberInline"/>
/// holding its cells, every heading holding an id (explicit <c>{#id}</c>, else <c>h⟨n⟩</c>).
/// </summary>
internal sealed class ReportDocument
{
    private ReportDocument(MarkdownDocument markdown, IReadOnlyList<HeadingEntry> headings, IReadOnlyList<GridTable> grids)
    {
        Markdown = markdown;
        Headings = headings;
        Grids = grids;
    }

    public MarkdownDocument Markdown { get; }

    /// <summary>Every heading in document order (the 目录 shows levels 1–3).</summary>
    public IReadOnlyList<HeadingEntry> Headings { get; }

    /// <summary>The grids in document order.</summary>
    public IReadOnlyList<GridTable> Grids { get; }

    /// <summary>
    /// Parses the narrative with <see cref="ReportMarkdown.Pipeline"/> and resolves grids and sources.
    /// Throws <see cref="ReportDocumentException"/> naming the id and Markdown line when a grid or
    /// source id is unknown or a heading id is used twice.
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
        return new ReportDocument(document, CollectHeadings(document), placed);
    }

    private static List<GridTable> ReplaceGridFences(MarkdownDocument document, IReadOnlyDictionary<string, GridTable> grids)
    {
        var placed = new List<GridTable>();
        foreach (var fence in document.Descendants<FencedCodeBlock>().ToList())
        {
            if (fence.Info != GridExtension.InfoString) continue;
            var id = fence.Arguments?.Trim() ?? string.Empty;
            if (!grids.TryGetValue(id, out var table))
            {
                var known = grids.Count == 0 ? "无" : string.Join("、", grids.Keys.Order(StringComparer.Ordinal));
                throw new ReportDocumentException(
                    $"Markdown 第 {fence.Line + 1} 行：```{GridExtension.InfoString} 引用的表格“{id}”不存在（可用：{known}）。请改正模板中的表格编号。");
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

    private static List<HeadingEntry> CollectHeadings(MarkdownDocument document)
    {
        var headings = new List<HeadingEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
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
