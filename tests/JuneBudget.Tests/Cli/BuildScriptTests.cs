using System.Reflection;
using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using JuneBudget.Cli;
using JuneBudget.Tests.Support;

namespace JuneBudget.Tests.Cli;

/// <summary>
/// build.ps1 run the way Windows users run it, in a PowerShell engine hosted in-process
/// (System.Management.Automation; no pwsh exists on these machines). The script calls the tool
/// built in the configuration these tests were built with (`-Configuration ⟨that⟩ -NoBuild`): the
/// test project references the pipeline, so that build exists and is current whichever
/// configuration `dotnet test` was given, and the test does not rebuild it.
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
}
