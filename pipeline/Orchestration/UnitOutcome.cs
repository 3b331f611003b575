using JuneBudget.Publishing;

namespace JuneBudget.Orchestration;

/// <summary>A unit's index row, and whether any of its files could not be written (locked, failed).</summary>
internal sealed record UnitOutcome(UnitSummary Summary, bool WriteProblems);
