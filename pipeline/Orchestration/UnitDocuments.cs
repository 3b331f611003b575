using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>Everything generated for one unit, not yet on disk: drafts, review pages, findings.</summary>
internal sealed record UnitDocuments(ReviewChecklist Checklist, IReadOnlyList<DraftFile> Files);
