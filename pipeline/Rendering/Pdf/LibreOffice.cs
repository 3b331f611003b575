using System.Diagnostics;

namespace JuneBudget.Rendering.Pdf;

/// <summary>
/// LibreOffice run headless (<c>soffice --headless --convert-to pdf</c>) to turn a .docx into a PDF.
/// Writer's PDF export embeds the fonts it used (as subsets) by default. Each conversion uses a
/// profile folder of this process (a first run on a machine would otherwise write the user's own
/// profile, and two runs sharing one block each other), and conversions of one process take turns:
/// soffice serves one conversion per profile at a time.
/// </summary>
internal sealed class LibreOffice
{
    /// <summary>Set to soffice's path to use that program (e.g. a portable LibreOffice).</summary>
    public const string ProgramVariable = "JUNEBUDGET_SOFFICE";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private readonly string profile = Path.Combine(Path.GetTempPath(), $"junebudget-soffice-{Environment.ProcessId}");

    private LibreOffice(string program) => Program = program;

    public string Program { get; }

    /// <summary>The soffice of <see cref="ProgramVariable"/>, of PATH, or of the usual install folders; null when none.</summary>
    public static LibreOffice? Find() => Find(Environment.GetEnvironmentVariable);

    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    public static LibreOffice? Find(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(ProgramVariable) is { Length: > 0 } set)
            return File.Exists(set) ? new LibreOffice(set) : null;
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        var folders = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (OperatingSystem.IsWindows())
        {
            foreach (var root in new[] { Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86 })
                folders.Add(Path.Combine(Environment.GetFolderPath(root), "LibreOffice", "program"));
        }
        else if (OperatingSystem.IsMacOS())
        {
            folders.Add("/Applications/LibreOffice.app/Contents/MacOS");
        }
        var found = folders.SelectMany(folder => names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
        return found is null ? null : new LibreOffice(found);
    }

    /// <summary>The PDF of a .docx; throws <see cref="PdfExportException"/> when soffice fails or writes nothing.</summary>
    public byte[] ToPdf(byte[] docx)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"junebudget-pdf-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        OneAtATime.Wait();
        try
        {
            var input = Path.Combine(folder, "document.docx");
            File.WriteAllBytes(input, docx);
            var start = new ProcessStartInfo(Program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nofirststartwizard",
                "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                "--convert-to", "pdf", "--outdir", folder, input,
            })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new PdfExportException($"无法启动 {Program}。");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new PdfExportException($"LibreOffice 转换超过 {Timeout.TotalMinutes:0} 分钟未完成，已停止。");
            }
            var pdf = Path.Combine(folder, "document.pdf");
            if (process.ExitCode != 0 || !File.Exists(pdf))
                throw new PdfExportException($"LibreOffice 未能转换（退出码 {process.ExitCode}）：{errors.Result.Trim()} {output.Result.Trim()}".Trim());
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            OneAtATime.Release();
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* a leftover temporary folder is harmless */ }
        }
    }
}
