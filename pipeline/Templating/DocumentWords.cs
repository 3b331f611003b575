namespace JuneBudget.Templating;

/// <summary>
/// The fixed words of one unit's documents that are not part of the narrative, rendered from
/// templates/文字/ (<see cref="PageTemplates.Words"/>): the writers and grids print them as given.
/// </summary>
/// <param name="Notice">The notice on an unpublishable draft (Word and HTML).</param>
/// <param name="UnitLine">Left line under a statutory table's title, e.g. 部门：⟨单位⟩.</param>
/// <param name="AmountUnitLine">Right line under a statutory table's title: 金额单位：万元.</param>
/// <param name="SelfEvaluationTitle">The 自评表 title; a line break separates its lines.</param>
public sealed record DocumentWords(string Notice, string UnitLine, string AmountUnitLine, string SelfEvaluationTitle)
{
    /// <summary>The words the grids print.</summary>
    public Markdown.Grids.GridWords Grids => new(UnitLine, AmountUnitLine, SelfEvaluationTitle);
}
