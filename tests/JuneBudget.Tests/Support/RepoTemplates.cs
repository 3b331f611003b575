using JuneBudget.Markdown.Grids;
using JuneBudget.Model;
using JuneBudget.Templating;

namespace JuneBudget.Tests.Support;

/// <summary>The repository's templates outside the narrative: review pages, fixed words, style sheet.</summary>
internal static class RepoTemplates
{
    public static PageTemplates Pages => PageTemplates.Load(RepoPaths.Templates);

    /// <summary>The words the grids of <paramref name="workbook"/> print (部门 line, 金额单位, 自评表 title).</summary>
    public static GridWords GridWords(BudgetWorkbook workbook) => Pages.Words(workbook.Unit.Name, workbook.Unit.Year).Grids;

    /// <summary>The notice on an unpublishable draft.</summary>
    public static string Notice => Pages.Words("", 2024).Notice;
}
