namespace JuneBudget.Publishing;

/// <summary>An input file the batch could not turn into a unit at all (corrupt, duplicate …), with why.</summary>
internal sealed record UnprocessedInput(string FileName, string Reason);
