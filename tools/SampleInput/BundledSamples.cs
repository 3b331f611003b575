namespace JuneBudget.SampleInput;

/// <summary>
/// The sample workbooks bundled in input/: seed 004's unit (2024 and 2023) and seed 001's (2023, with
/// its 整体自评 sheets). Writing them again gives the committed files cell for cell (a test reads both);
/// only the package's metadata part, whose name System.IO.Packaging draws at random, differs byte-wise.
/// </summary>
public static class BundledSamples
{
    /// <summary>Writes the three workbooks into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (name, model) in new[]
        {
            (Seed004Sample.FileName(2024), Seed004Sample.Workbook2024()),
            (Seed004Sample.FileName(2023), Seed004Sample.Workbook2023()),
            (Seed001Sample.FileName, Seed001Sample.Workbook()),
        })
        {
            var path = Path.Combine(folder, name);
            SampleWorkbookWriter.Write(model, path);
            written.Add(path);
        }
        return written;
    }
}
