namespace JuneBudget.Markdown;

/// <summary>A heading of the document as the 目录 lists it: level (1 = 第X部分), id, plain text.</summary>
internal sealed record HeadingEntry(int Level, string Id, string Text);
