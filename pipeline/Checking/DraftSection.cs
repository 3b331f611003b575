namespace JuneBudget.Checking;

/// <summary>The part of a document under one heading path.</summary>
/// <param name="Key">The heading texts from 第X部分 down, normalised (<see cref="TextForm.Normalise"/>), joined by /.</param>
/// <param name="Place">The short form a reader finds it by: 第二部分 五（三）.</param>
/// <param name="Order">Position in the document.</param>
public sealed record DraftSection(string Key, string Place, int Order);

/// <summary>One sentence (up to 。) of a paragraph, with its numbers.</summary>
/// <param name="Index">Position in the document's sentence list.</param>
/// <param name="Section">Where it is.</param>
/// <param name="Place">Section, item or paragraph, sentence: 第二部分 五（三）第 4 项.</param>
/// <param name="Text">The sentence as written.</param>
/// <param name="Numbers">Its numbers, in order.</param>
/// <param name="Skeleton">The text with every number replaced by # and no whitespace: what a template fixes.</param>
/// <param name="Page">PDF page; null for Word.</param>
/// <param name="Paragraph">The paragraph it belongs to (position among the document's paragraphs): sentences of one
/// paragraph share it, which a check of a total and its parts over several sentences needs.</param>
public sealed record CheckSentence(int Index, DraftSection Section, string Place, string Text, IReadOnlyList<NumberToken> Numbers, string Skeleton, int? Page, int Paragraph = 0);

/// <summary>A table of a document with the caption lines above it.</summary>
/// <param name="Name">公开05表 (from its caption) or its title.</param>
/// <param name="Section">Where it is.</param>
/// <param name="Captions">The caption lines (title, 公开XX表, 部门/金额单位).</param>
/// <param name="Rows">Cell texts, row by row.</param>
/// <param name="Page">PDF page; null for Word.</param>
public sealed record CheckTable(string Name, DraftSection Section, IReadOnlyList<string> Captions, IReadOnlyList<IReadOnlyList<string>> Rows, int? Page);
