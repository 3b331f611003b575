namespace JuneBudget.Tests.Support;

/// <summary>A copy of the repository's templates/ in a temporary folder, to edit without touching the repository.</summary>
internal sealed class TemplatesCopy : IDisposable
{
    private readonly TempFolder _folder = new();

    public TemplatesCopy()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Root, System.IO.Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The copied templates/ folder.</summary>
    public string Root => System.IO.Path.Combine(_folder.Path, "templates");

    /// <summary>templates/公开说明/⟨year⟩ of the copy.</summary>
    public string Format(int year) => System.IO.Path.Combine(Root, "公开说明", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Replaces <paramref name="old"/> (which must be there) in a file of the copy.</summary>
    public void Edit(string relativePath, string old, string replacement)
    {
        var path = System.IO.Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>Copies a whole format folder as another year's, with the year in its format file changed.</summary>
    public void CopyFormat(int from, int to)
    {
        Directory.CreateDirectory(Format(to));
        foreach (var file in Directory.GetFiles(Format(from)))
            File.Copy(file, System.IO.Path.Combine(Format(to), System.IO.Path.GetFileName(file)));
        Edit($"公开说明/{to}/format.yaml", $"year: {from}", $"year: {to}");
    }

    public void Dispose() => _folder.Dispose();
}
