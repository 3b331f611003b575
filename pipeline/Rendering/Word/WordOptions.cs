namespace JuneBudget.Rendering.Word;

/// <summary>What the Word writer needs beyond the document tree (whose front matter gives the title).</summary>
/// <param name="UnitName">单位全称, the author in the core properties.</param>
/// <param name="Year">The budget year; the core-properties dates are 31 December of it, never the clock.</param>
internal sealed record WordOptions(string UnitName, int Year)
{
    /// <summary>True while validation errors remain: the first page then says the draft must not be published.</summary>
    public bool NotPublishable { get; init; }
}
