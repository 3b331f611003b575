namespace JuneBudget.Format;

/// <summary>
/// One heading of the 公开说明 as a format file lists it: a year-independent <see cref="Key"/>
/// (what the section is about, e.g. <c>three_public</c>), the heading id the document links to,
/// its level (1 part, 2 section, 3 subsection), its number and title in that year's format.
/// </summary>
public sealed record FormatSection(string Key, string Id, int Level, string Number, string Title, string? Parent)
{
    /// <summary>The heading as printed: “第二部分 部门决算情况说明”, “九、财政拨款…”, “（一）…”, or the title alone.</summary>
    public string Text => Number.Length == 0 ? Title : Level switch
    {
        1 => Number + " " + Title,
        2 => Number + "、" + Title,
        _ => "（" + Number + "）" + Title,
    };
}
