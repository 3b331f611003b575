using System.Text;
using JuneBudget.Publishing;
using JuneBudget.Templating;

namespace JuneBudget.Orchestration;

/// <summary>
/// The end of a batch: failed units and units whose workbook proved unusable become “unprocessed” rows, the index page 审核总览.html is
/// published at the output root (never over a reviewer's edits), and the outcome is returned.
/// </summary>
internal static class BatchIndex
{
    public static BatchOutcome Publish(IReadOnlyList<BatchItemResult<UnitOutcome>> results, BuildPlan plan, string outputRoot, UnitPublisher publisher, PageTemplates pages)
    {
        var units = results.Where(r => r.Succeeded).Select(r => r.Value!.Summary).OfType<UnitSummary>().ToList();
        var notBuilt = results.Where(r => r.Succeeded).Select(r => r.Value!).Where(o => o.NotBuilt is not null).ToList();
        var failed = results.Where(r => !r.Succeeded).Select(r => new UnprocessedInput(r.UnitName, r.ErrorMessage ?? "处理失败")).ToList();
        var page = BatchIndexPage.Render(pages, units, [.. plan.Unprocessed, .. notBuilt.Select(o => o.NotBuilt!), .. failed]);
        var index = publisher.Publish(outputRoot, [new DraftFile(BatchIndexPage.FileName, Encoding.UTF8.GetBytes(page))]);
        var writeProblems = index.HasProblems || results.Any(r => r.Value?.WriteProblems == true);
        return new BatchOutcome(units, failed.Count, plan.HasUnprocessedErrors || notBuilt.Any(o => o.NotBuiltIsError), writeProblems);
    }
}
