# JuneBudget year-end build: every workbook in input/ to drafts and a review pack in output/.
#
#   ./build.ps1                      # input/ -> output/
#   ./build.ps1 -Strict              # final run before publication: fails unless every unit is publishable
#   ./build.ps1 -InputDir D:\决算 -OutputDir D:\公开
#
# Uses only PowerShell engine features (param, variables, & dotnet, $LASTEXITCODE, exit) so that
# it runs in any PowerShell host; a test runs it in-process through System.Management.Automation.
# Exit codes are the tool's: 0 ok, 1 tool failure, 2 validation errors, 3 not publishable (-Strict).
param(
    [string]$InputDir = '',
    [string]$OutputDir = '',
    [switch]$Strict,
    [string]$Configuration = 'Release',
    [switch]$NoBuild
)

$root = $PSScriptRoot
if ($InputDir -eq '') { $InputDir = [System.IO.Path]::Combine($root, 'input') }
if ($OutputDir -eq '') { $OutputDir = [System.IO.Path]::Combine($root, 'output') }
$project = [System.IO.Path]::Combine($root, 'pipeline', 'JuneBudget.csproj')

$arguments = @('run', '--project', $project, '-c', $Configuration)
if ($NoBuild) { $arguments += '--no-build' }
$arguments += @('--', 'build', '--input', $InputDir, '--output', $OutputDir)
if ($Strict) { $arguments += '--strict' }

[Console]::WriteLine('build: ' + $InputDir + ' -> ' + $OutputDir)
& dotnet @arguments
$code = $LASTEXITCODE
if ($code -ne 0) { [Console]::WriteLine('build: JuneBudget 退出码 ' + $code) }
exit $code
