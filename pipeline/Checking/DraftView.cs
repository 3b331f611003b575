using System.Text.RegularExpressions;

namespace JuneBudget.Checking;

/// <summary>
/// A document as the checker compares it: its title, its sections in order, its sentences (each
/// with its numbers and skeleton) and its tables. Built the same way for the expected document
/// and for the draft, so the two differ only where their texts do.
/// </summary>
public sealed partial class DraftView
{
    private DraftView(string? title, IReadOnlyList<DraftSection> sections, IReadOnlyList<CheckSentence> sentences, IReadOnlyList<CheckTable> tables, IReadOnlyList<string> paragraphs, string forms)
    {
        Forms = forms;
        Title = title;
        Sections = sections;
        Sentences = sentences;
        Tables = tables;
        Paragraphs = paragraphs;
    }

    /// <summary>The title, or null when the document has none.</summary>
    public string? Title { get; }

    public IReadOnlyList<DraftSection> Sections { get; }

    public IReadOnlyList<CheckSentence> Sentences { get; }

    public IReadOnlyList<CheckTable> Tables { get; }

    /// <summary>The text of the 自评表 given as text rather than as tables (<see cref="FormText"/>), normalised and joined; empty when none.</summary>
    public string Forms { get; }

    /// <summary>Every paragraph's text (captions included), in order.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <param name="blocks">The document's blocks.</param>
    /// <param name="sourced">For a paragraph's text, the offsets of its computed numbers and their ids; null for a draft.</param>
    public static DraftView Build(IReadOnlyList<DraftBlock> blocks, Func<string, IReadOnlyDictionary<int, string>?>? sourced = null)
    {
        string? title = null;
        var headings = new List<(int Level, string Text)>();
        var sections = new List<DraftSection>();
        var sentences = new List<CheckSentence>();
        var tables = new List<CheckTable>();
        var paragraphs = new List<string>();
        var captions = new List<string>();
        var forms = new System.Text.StringBuilder();
        var section = new DraftSection("", "", 0);
        sections.Add(section);
        var paragraphInSection = 0;
        // A 目录 typed as text (a PDF, a hand-written document) lists the headings once before the body: skipped
        // up to the first heading's second appearance. Ours is a field the reader already skips.
        string? tocFirst = null;
        var inToc = false;
        // A 自评表 given as text runs on to the next heading (its cells end lines with 。 too).
        var inForm = false;
        foreach (var block in blocks)
        {
            if (block.Kind == DraftBlockKind.Paragraph && TextForm.Normalise(block.Text) == "目录")
            {
                inToc = true;
                continue;
            }
            if (inToc && block.Kind == DraftBlockKind.Heading)
            {
                var text = TextForm.Normalise(block.Text);
                if (tocFirst is null)
                {
                    tocFirst = text;
                    continue;
                }
                if (text != tocFirst) continue;
                inToc = false;
            }
            switch (block.Kind)
            {
                case DraftBlockKind.Title:
                    title ??= block.Text;
                    break;
                case DraftBlockKind.Heading:
                    inForm = false;
                    headings.RemoveAll(h => h.Level >= block.Level);
                    headings.Add((block.Level, block.Text));
                    section = new DraftSection(
                        string.Join("/", headings.Select(h => TextForm.Normalise(h.Text))),
                        string.Join("", headings.Select(h => HeadingShapes.Short(TextForm.Normalise(h.Text), h.Level))).Replace("部分", "部分 ", StringComparison.Ordinal).Trim(),
                        sections.Count);
                    sections.Add(section);
                    paragraphInSection = 0;
                    break;
                case DraftBlockKind.Caption:
                    captions.Add(block.Text);
                    paragraphs.Add(block.Text);
                    break;
                case DraftBlockKind.Table:
                    tables.Add(new CheckTable(TableName(captions, tables.Count), section, [.. captions], block.Rows ?? [], block.Page));
                    captions.Clear();
                    break;
                default:
                    paragraphs.Add(block.Text);
                    inForm = inForm || FormText.IsForm(block.Text);
                    if (inForm)
                    {
                        forms.Append(TextForm.Normalise(block.Text));
                        break;
                    }
                    paragraphInSection++;
                    AddSentences(sentences, section, paragraphInSection, paragraphs.Count, block, sourced?.Invoke(block.Text));
                    break;
            }
        }
        return new DraftView(title, sections, sentences, tables, paragraphs, forms.ToString());
    }

    private static void AddSentences(List<CheckSentence> sentences, DraftSection section, int paragraph, int documentParagraph, DraftBlock block, IReadOnlyDictionary<int, string>? sourced)
    {
        var text = block.Text;
        var item = Item().Match(text);
        var where = item.Success ? $"第 {item.Groups[1].Value} 项" : $"第 {paragraph} 段";
        var parts = Split(text);
        for (var i = 0; i < parts.Count; i++)
        {
            var (start, length) = parts[i];
            var sentence = text.Substring(start, length);
            var local = sourced?.Where(s => s.Key >= start && s.Key < start + length).ToDictionary(s => s.Key - start, s => s.Value);
            var numbers = NumberScanner.Scan(sentence, local);
            var place = $"{section.Place}{where}{(parts.Count > 1 ? $"第 {i + 1} 句" : "")}";
            sentences.Add(new CheckSentence(sentences.Count, section, place, sentence, numbers, TextForm.Skeleton(sentence, numbers), block.Page, documentParagraph));
        }
    }

    /// <summary>(start, length) of each sentence: up to and including 。; a rest without 。 is a sentence too.</summary>
    private static List<(int Start, int Length)> Split(string text)
    {
        var parts = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '。') continue;
            parts.Add((start, i + 1 - start));
            start = i + 1;
        }
        if (text.AsSpan(start).Trim().Length > 0) parts.Add((start, text.Length - start));
        return parts;
    }

    private static string TableName(IReadOnlyList<string> captions, int index)
    {
        foreach (var caption in captions)
        {
            if (TableCode().Match(caption) is { Success: true } code) return code.Value;
        }
        return captions.Count > 0 ? captions[0] : $"第 {index + 1} 个表格";
    }

    [GeneratedRegex(@"^(\d+)[.．、]")]
    private static partial Regex Item();

    [GeneratedRegex(@"公开\d+表")]
    private static partial Regex TableCode();
}
