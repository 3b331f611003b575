namespace JuneBudget.Markdown;

/// <summary>
/// The 目录 as the template writes it: the text of the <c>{#toc}</c> heading (e.g. 目录) and the
/// entries of the list under it, in order (level = nesting depth, 1 = 第X部分; id = the link's
/// <c>#target</c>, empty when the entry is not a link). The writers print <see cref="Title"/> and
/// build the entries themselves from <see cref="ReportDocument.Headings"/>; <see cref="Listed"/>
/// lets tests check that the two do not drift apart.
/// </summary>
internal sealed record DocumentContents(string Title, IReadOnlyList<HeadingEntry> Listed);
