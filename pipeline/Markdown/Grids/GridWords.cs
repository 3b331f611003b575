namespace JuneBudget.Markdown.Grids;

/// <summary>
/// The fixed words of a workbook's grids, from templates/文字/ (the grids hold no wording of their
/// own beyond the statutory tables' layouts).
/// </summary>
/// <param name="UnitLine">Left line under a statutory table's title, e.g. 部门：⟨单位⟩.</param>
/// <param name="AmountUnitLine">Right line under a statutory table's title: 金额单位：万元.</param>
/// <param name="SelfEvaluationTitle">The 自评表 title; a line break separates its lines.</param>
public sealed record GridWords(string UnitLine, string AmountUnitLine, string SelfEvaluationTitle);
