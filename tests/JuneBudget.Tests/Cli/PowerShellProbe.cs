using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace JuneBudget.Tests.Cli;

public sealed class PowerShellProbe
{
    [Fact]
    public void HostedEngineRunsAScriptAndANativeCommand()
    {
        var iss = InitialSessionState.CreateDefault2();
        iss.LanguageMode = PSLanguageMode.FullLanguage;
        using var rs = RunspaceFactory.CreateRunspace(iss);
        rs.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = rs;
        var script = Path.Combine(Path.GetTempPath(), "probe.ps1");
        File.WriteAllText(script, "param($x) $a = @('--version'); & dotnet @a; [Console]::WriteLine('x=' + $x + ' root=' + $PSScriptRoot); exit 3");
        ps.AddScript($"& '{script}' -x 1; $LASTEXITCODE");
        var result = ps.Invoke();
        Assert.Empty(ps.Streams.Error);
        Assert.Contains(result, r => r.ToString().StartsWith("10.", StringComparison.Ordinal));
        Assert.Equal("3", result.Last().ToString());
    }
}
