using System.Text;
using JuneBudget.Format;
using JuneBudget.Model;

namespace JuneBudget.Publishing;

/// <summary>Renders a <see cref="ReviewChecklist"/> as one self-contained Chinese HTML page.</summary>
internal static class ReviewChecklistPage
{
    /// <summary>The page's usual file name inside a unit folder.</summary>
    public const string FileName = "审核清单.html";

    /// <summary>The complete page; every value is escaped.</summary>
    public static string Render(ReviewChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var body = new StringBuilder();
        body.Append("<h1>审核清单：").Append(Html.Escape(checklist.DocumentTitle)).Append("</h1>\n")
            .Append("<p>状态：").Append(ReviewStatusText.Badge(checklist.Status))
            .Append("　错误 ").Append(checklist.Count(Severity.Error))
            .Append("　警告 ").Append(checklist.Count(Severity.Warning))
            .Append("　待补充原因 ").Append(checklist.Count(Severity.NeedsReason))
            .Append("　占位符 ").Append(checklist.Placeholders.Count)
            .Append("　舍入说明 ").Append(checklist.Count(Severity.RoundingNote)).Append("</p>\n");
        if (checklist.SourceFile is { } source)
        {
            body.Append("<p>工作簿：").Append(Html.Escape(source)).Append("</p>\n");
        }

        if (checklist.Drafts.Count > 0)
        {
            body.Append("<p>草稿：").AppendJoin("　", checklist.Drafts.Select(Html.Link)).Append("</p>\n");
        }

        AppendReasons(body, checklist.ReasonsToFill);
        AppendPlaceholders(body, checklist.Placeholders);
        body.Append("<h2 id=\"findings\">三、校验发现（").Append(checklist.OtherFindings.Count).Append("）</h2>\n")
            .Append(checklist.OtherFindings.Count == 0 ? "<p class=\"muted\">无。</p>\n" : FindingsTable.Render(checklist.OtherFindings));
        return Html.Page("审核清单：" + checklist.DocumentTitle, body.ToString());
    }

    private static void AppendReasons(StringBuilder body, IReadOnlyList<MissingReason> reasons)
    {
        body.Append("<h2 id=\"reasons\">一、需补充的主要原因（").Append(reasons.Count).Append("）</h2>\n");
        if (reasons.Count == 0)
        {
            body.Append("<p class=\"muted\">无。</p>\n");
            return;
        }

        body.Append("<p>请在工作簿“").Append(SheetNames.主要原因).Append("”工作表中逐行填写：“键”列照抄下表的键（须完全一致），")
            .Append("“主要原因”列写明原因，然后重新生成。</p>\n")
            .Append("<table class=\"reasons\">\n<thead><tr><th>键</th><th>用在何处</th></tr></thead>\n<tbody>\n");
        foreach (var reason in reasons)
        {
            body.Append("<tr><td><code>").Append(Html.Escape(reason.Key)).Append("</code></td><td>")
                .Append(Html.Escape(reason.Description)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
    }

    private static void AppendPlaceholders(StringBuilder body, IReadOnlyList<string> placeholders)
    {
        body.Append("<h2 id=\"placeholders\">二、草稿中留下的占位符（").Append(placeholders.Count).Append("）</h2>\n");
        if (placeholders.Count == 0)
        {
            body.Append("<p class=\"muted\">无。</p>\n");
            return;
        }

        body.Append("<p>以下文字仍在草稿中，在草稿中搜索即可找到；补齐数据后重新生成，或在草稿中直接改写。</p>\n<ul class=\"placeholders\">\n");
        foreach (var placeholder in placeholders)
        {
            body.Append("<li>").Append(Html.Escape(placeholder)).Append("</li>\n");
        }

        body.Append("</ul>\n");
    }
}
