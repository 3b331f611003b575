namespace JuneBudget.Rendering.Word;

/// <summary>What the Word writer needs beyond the document tree (whose front matter gives the title).</summary>
/// <param name="UnitName">单位全称, the author in the core properties.</param>
/// <param name="Year">The budget year; the core-properties dates are 31 December of it, never the clock.</param>
internal sealed record WordOptions(string UnitName, int Year)
{
    /// <summary>Set while validation errors remain: the first page says so in these words (templates/文字/). Null when publishable.</summary>
    public string? Notice { get; init; }

    /// <summary>The page of each 目录 entry (heading id → page), as a LibreOffice rendering of this document
    /// showed it; null when not known (the 目录 then lists titles only).</summary>
    public IReadOnlyDictionary<string, int>? ContentsPages { get; init; }
}
