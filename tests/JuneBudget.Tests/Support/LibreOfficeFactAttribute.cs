using JuneBudget.Rendering.Pdf;

namespace JuneBudget.Tests.Support;

/// <summary>
/// A test that needs LibreOffice (soffice). Where it is not installed the test is reported as
/// skipped with the reason, unless JUNEBUDGET_REQUIRE_SOFFICE=1 (set by .ci/run, which installs
/// LibreOffice): then it runs and fails, so CI cannot pass without having run the PDF tests.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public const string RequireVariable = "JUNEBUDGET_REQUIRE_SOFFICE";

    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Find() is null && Environment.GetEnvironmentVariable(RequireVariable) != "1")
            Skip = "未运行：本机未安装 LibreOffice（soffice）。安装 libreoffice-writer-nogui 和 fonts-noto-cjk 后运行；CI（.ci/run）会安装并要求运行。";
    }
}
