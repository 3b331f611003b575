using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using JuneBudget.Markdown;
using JuneBudget.Rendering.Word.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Renders a Markdig tree into the body of a .docx, as Markdig's HtmlRenderer renders HTML: one
/// renderer per node type, all registered here, our own nodes' (grids, page breaks, placeholders,
/// sourced numbers) too: the Markdown stage knows no writer.
/// Holds the container stack (body, table cell), the inline target (paragraph, hyperlink) and the
/// run format. An object with no renderer stops the render with a <see cref="DocumentRenderException"/>
/// (Markdig would silently drop it).
/// </summary>
internal sealed class WordRenderer : RendererBase
{
    private readonly Stack<OpenXmlCompositeElement> containers = new();
    private readonly Stack<OpenXmlCompositeElement> inlineTargets = new();
    private readonly Stack<WordParagraphContext> paragraphContexts = new();
    private readonly Stack<WordRunFormat> formats = new();
    private readonly Dictionary<Type, bool> renderable = [];
    private readonly WordBodyWriter bodyWriter;
    private int bookmarkId;
    private int relationshipId;

    public WordRenderer(MainDocumentPart main, WordBodyWriter body, string footerId)
    {
        Main = main;
        bodyWriter = body;
        Body = body.Body;
        Sections = new WordSections(Body, footerId);
        Lists = new WordLists(main);
        containers.Push(Body);
        paragraphContexts.Push(new WordParagraphContext(WordStyleIds.Normal));
        formats.Push(default);

        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new GridBlockRenderer());
        ObjectRenderers.Add(new PageBreakRenderer());
        ObjectRenderers.Add(new PlaceholderInlineRenderer());
        ObjectRenderers.Add(new SourcedNumberInlineRenderer());
        ObjectWriteBefore += BeforeWrite;
    }

    public MainDocumentPart Main { get; }

    public Body Body { get; }

    public WordSections Sections { get; }

    public WordLists Lists { get; }

    /// <summary>Set by a <c>\newpage</c>: the next paragraph starts a page.</summary>
    public bool PageBreakPending { get; set; }

    /// <summary>Set per list item: its first paragraph carries this numbering.</summary>
    public (int NumId, int Level)? PendingNumbering { get; set; }

    public int ListDepth { get; set; }

    public WordRunFormat Format => formats.Peek();

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return Body;
    }

    /// <summary>True when a renderer accepts objects of this type (the coverage test asks this too).</summary>
    public bool CanRender(Type type)
    {
        if (!renderable.TryGetValue(type, out var can))
            renderable[type] = can = ObjectRenderers.Any(r => r.Accept(this, type));
        return can;
    }

    public void PushContainer(OpenXmlCompositeElement container) => containers.Push(container);

    public void PopContainer() => containers.Pop();

    public void PushParagraphContext(WordParagraphContext context) => paragraphContexts.Push(context);

    public void PopParagraphContext() => paragraphContexts.Pop();

    public void PushFormat(WordRunFormat format) => formats.Push(format);

    public void PopFormat() => formats.Pop();

    /// <summary>A new paragraph in the current container, in the current context's style unless one is given.</summary>
    public Paragraph AddParagraph(string? styleId = null, JustificationValues? justification = null)
    {
        var context = paragraphContexts.Peek();
        var ppr = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId ?? context.StyleId } };
        if (PageBreakPending && containers.Peek() is Body)
        {
            ppr.PageBreakBefore = new PageBreakBefore();
            PageBreakPending = false;
        }
        if (PendingNumbering is { } numbering)
        {
            ppr.NumberingProperties = new NumberingProperties(
                new NumberingLevelReference { Val = numbering.Level }, new NumberingId { Val = numbering.NumId });
            PendingNumbering = null;
        }
        if ((justification ?? context.Justification) is { } jc) ppr.Justification = new Justification { Val = jc };
        return containers.Peek().AppendChild(new Paragraph(ppr));
    }

    /// <summary>Appends a table; a pending page break goes on a tiny paragraph before it.</summary>
    public void AddTable(Table table)
    {
        if (PageBreakPending && containers.Peek() is Body) AddParagraph(WordStyleIds.SectionBreak);
        containers.Peek().AppendChild(table);
    }

    /// <summary>Writes inlines into a paragraph (or hyperlink).</summary>
    public void WriteInlines(OpenXmlCompositeElement target, ContainerInline? inlines)
    {
        if (inlines is null) return;
        inlineTargets.Push(target);
        WriteChildren(inlines);
        inlineTargets.Pop();
    }

    public void PushInlineTarget(OpenXmlCompositeElement target) => inlineTargets.Push(target);

    public void PopInlineTarget() => inlineTargets.Pop();

    /// <summary>Text in the current format; newlines become line breaks.</summary>
    public void WriteText(string text, string? characterStyle = null)
    {
        if (text.Length == 0) return;
        var format = characterStyle is null ? Format : Format with { CharacterStyle = characterStyle };
        var run = new Run { RunProperties = format.ToRunProperties() };
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            if (lines[i].Length > 0) run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        inlineTargets.Peek().AppendChild(run);
    }

    /// <summary>Plain text into a paragraph of the writer's own (title, grid caption, grid cell, code block).</summary>
    public void WriteText(OpenXmlCompositeElement target, string text)
    {
        inlineTargets.Push(target);
        WriteText(text);
        inlineTargets.Pop();
    }

    /// <summary>Appends an element (a hyperlink) to the current paragraph.</summary>
    public void WriteElement(OpenXmlElement element) => inlineTargets.Peek().AppendChild(element);

    public void WriteLineBreak() => inlineTargets.Peek().AppendChild(new Run(new Break()));

    /// <summary>Wraps a paragraph's content in a bookmark named after a heading id (target of the 目录 links).</summary>
    public void Bookmark(Paragraph paragraph, string headingId, Action writeContent)
    {
        var id = $"{++bookmarkId}";
        paragraph.AppendChild(new BookmarkStart { Name = WordBookmarks.NameFor(headingId), Id = id });
        writeContent();
        paragraph.AppendChild(new BookmarkEnd { Id = id });
    }

    /// <summary>A fixed relationship id for a hyperlink (the SDK would make a random one).</summary>
    public string NextRelationshipId() => $"rIdLink{++relationshipId}";

    /// <summary>Closes the last section and the body; call once after the whole tree is written.</summary>
    public void Finish()
    {
        Sections.Finish();
        bodyWriter.Finish();
    }

    private void BeforeWrite(IMarkdownRenderer renderer, MarkdownObject obj)
    {
        if (obj is MarkdownDocument or LinkReferenceDefinitionGroup or LinkReferenceDefinition) return;
        if (!CanRender(obj.GetType()))
            throw new DocumentRenderException(
                $"Markdown 第 {obj.Line + 1} 行：Word 输出不支持“{obj.GetType().Name}”。请从模板中删除该写法（例如图片或原始 HTML）。");
        // A page break has no orientation of its own: the block after it decides.
        if (obj is Block block && block.Parent is MarkdownDocument && obj is not PageBreakBlock)
        {
            if (Sections.Enter(block)) PageBreakPending = false; // the section break already starts a page
            // Blocks before the previous one can no longer change: out they go (WordBodyWriter).
            bodyWriter.WriteAllButLast();
        }
    }
}
