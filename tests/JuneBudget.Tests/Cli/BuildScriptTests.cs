using System.Reflection;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using JuneBudget.Cli;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Cli;

/// <summary>
/// build.ps1 run the way Windows users run it, in a PowerShell engine hosted in-process
/// (System.Management.Automation; no pwsh exists on these machines). Without a published program
/// the script runs `dotnet run` of the tool built in the configuration these tests were built with
/// (`-Configuration ⟨that⟩ -NoBuild`): the test project references the pipeline, so that build
/// exists and is current whichever configuration `dotnet test` was given, and the test does not
/// rebuild it. With one (-Program, a stand-in here) it runs that instead.
/// </summary>
public sealed class BuildScriptTests
{
    /// <summary>Debug or Release: the configuration this test assembly (and so the pipeline it references) was built in.</summary>
    private static readonly string Configuration =
        typeof(BuildScriptTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? throw new InvalidOperationException("the test assembly names no build configuration");

    private static (int ExitCode, Collection<PSObject> Output, PSDataCollection<ErrorRecord> Errors) Run(string arguments)
    {
        // CreateDefault2 loads only the engine's core commands; CreateDefault would need the
        // console host assembly, which a hosted engine does not ship.
        var session = InitialSessionState.CreateDefault2();
        session.LanguageMode = PSLanguageMode.FullLanguage;
        using var runspace = RunspaceFactory.CreateRunspace(session);
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        var script = Path.Combine(RepoPaths.Root, "build.ps1");
        ps.AddScript($"& '{script}' {arguments} -Configuration {Configuration} -NoBuild; $LASTEXITCODE");
        var output = ps.Invoke();
        return (int.Parse(output.Last().ToString(), System.Globalization.CultureInfo.InvariantCulture), output, ps.Streams.Error);
    }

    [Fact]
    public void TheScriptBuildsTheSampleAndReturnsTheToolsExitCode()
    {
        using var batch = new BatchInput().WithSample();
        var (code, _, errors) = Run($"-InputDir '{batch.Input}' -OutputDir '{batch.Output}'");
        Assert.Empty(errors);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.True(File.Exists(Path.Combine(batch.Output, "审核总览.html")));
    }

    [Fact]
    public void StrictIsPassedThroughAndANotPublishableBatchFailsTheScript()
    {
        using var batch = new BatchInput().WithSampleMissingReason("三公.上年");
        Assert.Equal(ExitCodes.Ok, Run($"-InputDir '{batch.Input}' -OutputDir '{batch.Output}'").ExitCode);
        Assert.Equal(ExitCodes.NotPublishable, Run($"-InputDir '{batch.Input}' -OutputDir '{batch.Output}' -Strict").ExitCode);
    }

    [Fact]
    public void APublishedProgramIsRunInsteadOfDotnetRunWithTheSameArguments()
    {
        using var folder = new TempFolder();
        var program = FakeProgram(folder.Path, exitCode: 2);
        var input = Path.Combine(folder.Path, "入 口");

        var (code, _, errors) = Run($"-InputDir '{input}' -OutputDir '{folder.Path}' -Strict -Program '{program}'");

        Assert.Empty(errors);
        Assert.Equal(2, code);
        var arguments = File.ReadAllLines(Path.Combine(folder.Path, "arguments.txt"));
        Assert.Equal(["build", "--input", input, "--output", folder.Path, "--templates", RepoPaths.Templates, "--strict"], arguments);
    }

    [Fact]
    public void CheckRunsTheCheckCommandOnTheSameFolders()
    {
        using var folder = new TempFolder();
        var program = FakeProgram(folder.Path, exitCode: 0);
        var input = Path.Combine(folder.Path, "入 口");

        var (code, _, errors) = Run($"-InputDir '{input}' -OutputDir '{folder.Path}' -Check -Strict -Program '{program}'");

        Assert.Empty(errors);
        Assert.Equal(0, code);
        Assert.Equal(["check", "--input", input, "--output", folder.Path, "--templates", RepoPaths.Templates],
            File.ReadAllLines(Path.Combine(folder.Path, "arguments.txt")));
    }

    [Fact]
    public void CheckAfterBuildFindsTheDraftsUnedited()
    {
        using var batch = new BatchInput().WithSample();
        Assert.Equal(ExitCodes.Ok, Run($"-InputDir '{batch.Input}' -OutputDir '{batch.Output}'").ExitCode);
        var (code, _, errors) = Run($"-InputDir '{batch.Input}' -OutputDir '{batch.Output}' -Check");
        Assert.Empty(errors);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("\"SameAsGenerated\"", File.ReadAllText(Path.Combine(batch.Output, "乌鲁木齐市工业和信息化局(本级)", "2024", "核对结果.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void PdfIsPassedThroughAsBuildPdf()
    {
        using var folder = new TempFolder();
        var program = FakeProgram(folder.Path, exitCode: 0);
        var input = Path.Combine(folder.Path, "input");

        Assert.Equal(0, Run($"-InputDir '{input}' -OutputDir '{folder.Path}' -Pdf -Program '{program}'").ExitCode);

        var arguments = File.ReadAllLines(Path.Combine(folder.Path, "arguments.txt"));
        Assert.Equal(["build", "--input", input, "--output", folder.Path, "--templates", RepoPaths.Templates, "--pdf"], arguments);
    }

    [Fact]
    public void AProgramThatIsNotThereIsAToolFailure()
    {
        using var folder = new TempFolder();
        Assert.Equal(ExitCodes.Failure, Run($"-OutputDir '{folder.Path}' -Program '{Path.Combine(folder.Path, "JuneBudget.exe")}'").ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    /// <summary>A stand-in for the published program: writes its arguments one a line and exits with <paramref name="exitCode"/>.</summary>
    private static string FakeProgram(string folder, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            var cmd = Path.Combine(folder, "JuneBudget.cmd");
            File.WriteAllText(cmd, $"@echo off\r\n(for %%a in (%*) do @echo %%~a) > \"%~dp0arguments.txt\"\r\nexit /b {exitCode}\r\n");
            return cmd;
        }
        var script = Path.Combine(folder, "JuneBudget");
        File.WriteAllText(script, $"#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/arguments.txt\"\nexit {exitCode}\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }
}
