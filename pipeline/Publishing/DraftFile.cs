namespace JuneBudget.Publishing;

/// <summary>
/// One file the batch generated for a unit: a safe file name (from <see cref="SafeFileNames"/>,
/// no folders) and its complete bytes.
/// </summary>
internal sealed record DraftFile(string Name, ReadOnlyMemory<byte> Content);
