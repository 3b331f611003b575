namespace JuneBudget.Publishing;

/// <summary>Progress of a batch: unit <paramref name="Completed"/> of <paramref name="Total"/> has just finished.</summary>
/// <param name="Completed">How many units have finished (1-based, increasing).</param>
/// <param name="Total">How many units the batch has.</param>
/// <param name="UnitName">The unit that just finished.</param>
/// <param name="Failed">True when it failed; <paramref name="Message"/> says why.</param>
/// <param name="Message">The Chinese failure message, or null.</param>
internal sealed record BatchProgress(int Completed, int Total, string UnitName, bool Failed, string? Message);
