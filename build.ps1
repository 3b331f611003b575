# JuneBudget year-end build: every workbook in input/ to drafts and a review pack in output/.
#
#   ./build.ps1                      # input/ -> output/
#   ./build.ps1 -Strict              # final run before publication: fails unless every unit is publishable
#   ./build.ps1 -Check               # check the Word drafts reviewers edited against the workbooks (核对结果.html)
#   ./build.ps1 -Pdf                 # also a PDF beside each Word draft (needs LibreOffice), 目录 with page numbers
#   ./build.ps1 -InputDir D:\决算 -OutputDir D:\公开
#
# On Windows it runs the published program publish/win-x64/JuneBudget.exe when it is there (a
# self-contained build for machines without the .NET SDK: dotnet publish pipeline
# -p:PublishProfile=win-x64), and `dotnet run` of the pipeline project otherwise. -Program names
# another published program to run (it must exist).
#
# Uses only PowerShell engine features (param, variables, & command, $LASTEXITCODE, exit, .NET
# calls) so that it runs in any PowerShell host; a test runs it in-process through
# System.Management.Automation.
# Exit codes are the tool's: 0 ok, 1 tool failure, 2 validation errors, 3 not publishable (-Strict).
param(
    [string]$InputDir = '',
    [string]$OutputDir = '',
    [switch]$Strict,
    [switch]$Check,
    [switch]$Pdf,
    [string]$Configuration = 'Release',
    [switch]$NoBuild,
    [string]$Program = ''
)

$root = $PSScriptRoot
if ($InputDir -eq '') { $InputDir = [System.IO.Path]::Combine($root, 'input') }
if ($OutputDir -eq '') { $OutputDir = [System.IO.Path]::Combine($root, 'output') }
if ($Program -eq '') {
    $windows = [System.Runtime.InteropServices.RuntimeInformation]::IsOSPlatform([System.Runtime.InteropServices.OSPlatform]::Windows)
    $published = [System.IO.Path]::Combine($root, 'publish', 'win-x64', 'JuneBudget.exe')
    if ($windows -and [System.IO.File]::Exists($published)) { $Program = $published }
} elseif (-not [System.IO.File]::Exists($Program)) {
    [Console]::WriteLine('build: 找不到程序 ' + $Program)
    exit 1
}

$command = 'build'
if ($Check) { $command = 'check' }
$tool = @($command, '--input', $InputDir, '--output', $OutputDir, '--templates', [System.IO.Path]::Combine($root, 'templates'))
# check has no --strict and writes no documents: any error in an edited draft already fails it.
if ($Strict -and -not $Check) { $tool += '--strict' }
if ($Pdf -and -not $Check) { $tool += '--pdf' }

[Console]::WriteLine('build: ' + $command + ' ' + $InputDir + ' -> ' + $OutputDir)
if ($Program -ne '') {
    [Console]::WriteLine('build: ' + $Program)
    & $Program @tool
} else {
    $project = [System.IO.Path]::Combine($root, 'pipeline', 'JuneBudget.csproj')
    $arguments = @('run', '--project', $project, '-c', $Configuration)
    if ($NoBuild) { $arguments += '--no-build' }
    $arguments += '--'
    $arguments += $tool
    & dotnet @arguments
}
$code = $LASTEXITCODE
if ($code -ne 0) { [Console]::WriteLine('build: JuneBudget 退出码 ' + $code) }
exit $code
