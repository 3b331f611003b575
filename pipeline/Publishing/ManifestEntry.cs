namespace JuneBudget.Publishing;

/// <summary>One file JuneBudget wrote into a unit folder, as it was when written.</summary>
/// <param name="Name">File name within the folder.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes written.</param>
/// <param name="Size">Length in bytes.</param>
/// <param name="GeneratorVersion">Version of JuneBudget that wrote it.</param>
internal sealed record ManifestEntry(string Name, string Sha256, long Size, string GeneratorVersion);
