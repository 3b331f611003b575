using JuneBudget.Rendering.Pdf;
using Serilog;

namespace JuneBudget.Orchestration;

/// <summary>build --pdf on a machine without LibreOffice: say how to install it, and build the rest.</summary>
internal static class PdfSupport
{
    public const string Missing =
        "未找到 LibreOffice（soffice），本次不生成 PDF，Word 稿和网页稿照常生成。" +
        "如需 PDF：Windows 请从 LibreOffice 官网下载安装（默认安装到 C:\\Program Files\\LibreOffice）；" +
        "Debian/Ubuntu 请运行 sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk；" +
        "或将环境变量 " + LibreOffice.ProgramVariable + " 设为 soffice 的完整路径。然后重新运行 build --pdf。";

    public static LibreOffice? Find(ILogger log)
    {
        var office = LibreOffice.Find();
        if (office is null) log.Warning("{Message}", Missing);
        else log.Information("PDF：使用 {Program}", office.Program);
        return office;
    }
}
