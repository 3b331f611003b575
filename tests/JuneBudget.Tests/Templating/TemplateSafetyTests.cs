using JuneBudget.Facts;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using Markdig;
using Scriban;

namespace JuneBudget.Tests.Templating;

/// <summary>Bad templates are reported with file, line and column; values stay literal text.</summary>
public sealed class TemplateSafetyTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "jb-templates-" + Guid.NewGuid().ToString("N"), "templates");

    private string WriteTemplate(string name, string text)
    {
        var folder = Path.Combine(root, "公开说明", "2024");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name), text);
        FormatFiles.WriteListingTemplatesOf(folder);
        return folder;
    }

    private static ReportFacts SeedFacts => ReportFactsBuilder.Build(Seed004.UnitYear);

    [Fact]
    public void AnUndefinedVariableIsReportedWithFileLineAndColumn()
    {
        WriteTemplate("10-a.sbn", "第一行\n收入{{ overview.no_such_figure }}万元");
        var ex = Assert.Throws<TemplateException>(() => ReportTemplateRenderer.Render(SeedFacts, root));
        Assert.Contains("templates/公开说明/2024/10-a.sbn(2,", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no_such_figure", ex.Message, StringComparison.Ordinal);
        Assert.Contains("请检查", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownTopLevelNameIsAnErrorNotAnEmptyString()
    {
        WriteTemplate("10-a.sbn", "{{ unit_nmae }}");
        var ex = Assert.Throws<TemplateException>(() => ReportTemplateRenderer.Render(SeedFacts, root));
        Assert.Contains("10-a.sbn(1,4)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASyntaxErrorIsReportedBeforeRenderingWithFileLineAndColumn()
    {
        WriteTemplate("10-a.sbn", "正文\n{{ if overview.change.is_increase }}增加");
        WriteTemplate("20-b.sbn", "{{ 1 + }}");
        var ex = Assert.Throws<TemplateException>(() => ReportTemplateRenderer.Render(SeedFacts, root));
        Assert.Matches(@"templates/公开说明/2024/10-a\.sbn\(\d+,\d+\) : error", ex.Message);
        Assert.Matches(@"templates/公开说明/2024/20-b\.sbn\(1,\d+\) : error", ex.Message);
        Assert.Contains("请按行号和列号修改", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFormatFolderIsAFormatExceptionNamingTheFile()
    {
        Directory.CreateDirectory(root);
        var ex = Assert.Throws<JuneBudget.Format.ReportFormatException>(() => ReportTemplateRenderer.Render(SeedFacts, root));
        Assert.Contains("templates/公开说明/2024/format.yaml", ex.Message.Replace('\\', '/'), StringComparison.Ordinal);
    }

    // Each call must fail because the name was removed from the context, not for another reason:
    // without TemplateContextFactory removing it, include would also fail (no loader) but saying so.
    // Scriban's html object goes so that html_escape is the one HTML escaping function.
    [Theory]
    [InlineData("{{ date.now }}", "Cannot get member with name now.")]
    [InlineData("{{ include 'x' }}", "The variable or function `include` was not found")]
    [InlineData("{{ include_join ['x'] ',' }}", "The variable or function `include_join` was not found")]
    [InlineData("{{ math.random 1 10 }}", "Cannot get member with name random.")]
    [InlineData("{{ math.uuid }}", "Cannot get member with name uuid.")]
    [InlineData("{{ html.escape '<' }}", "The variable or function `html` was not found")]
    public void ClockIncludeRandomAndASecondHtmlEscapeAreNotAvailable(string text, string message)
    {
        var template = Template.Parse(text, "t.sbn");
        var ex = Assert.ThrowsAny<Scriban.Syntax.ScriptRuntimeException>(() => template.Render(TemplateContextFactory.Create(new { })));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateCannotChangeTheFacts()
    {
        var facts = SeedFacts;
        var template = Template.Parse("{{ overview.income_total.value = 1 }}", "t.sbn");
        var ex = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => template.Render(TemplateContextFactory.Create(facts)));
        Assert.Contains("Cannot set a value for the readonly member: overview.income_total.value", ex.Message, StringComparison.Ordinal);
        Assert.Equal(7138.31m, facts.Overview.IncomeTotal.Value);
    }

    [Fact]
    public void AReasonWithMarkdownAndHtmlStaysLiteralText()
    {
        const string nasty = "<script>alert(1)</script> *重点* _下划线_ [链接](http://x) ⟦9|s1⟧ # 标题\n\n- 列表";
        var current = Seed004.UnitYear.Current;
        var book = current.Reasons.ByKey.ToDictionary(e => e.Key, e => e.Value);
        book[Format.ReasonKeys.收支总体上年] = new Model.TextValue(nasty, null);
        var unit = Seed004.UnitYear with { Current = current with { Reasons = new Model.ReasonBook(book) } };
        var markdown = ReportTemplateRenderer.Render(ReportFactsBuilder.Build(unit), RepoPaths.Templates).Markdown;

        var pipeline = new MarkdownPipelineBuilder().UseGenericAttributes().DisableHtml().Build();
        var html = Markdig.Markdown.ToHtml(markdown, pipeline);
        var paragraph = html.Split("\n").Single(l => l.StartsWith("<p>收入支出总体与上年相比", StringComparison.Ordinal));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; *重点* _下划线_ [链接](http://x) ⟦9|s1⟧ # 标题- 列表", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", paragraph, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCoversSelfReferenceWithMarkdownStaysLiteralText()
    {
        // 自称 is typed on the cover like any other text; §八 (empty table), §十一 and §十二 print it.
        var current = Seed004.UnitYear.Current;
        var unit = Seed004.UnitYear with { Current = current with { Unit = current.Unit with { SelfReference = "本*单*位" } } };
        var markdown = ReportTemplateRenderer.Render(ReportFactsBuilder.Build(unit), RepoPaths.Templates).Markdown;

        var html = Markdig.Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseGenericAttributes().DisableHtml().Build());
        Assert.Contains("<p>本*单*位本年度无国有资本经营预算财政拨款收入", html, StringComparison.Ordinal);
        Assert.Contains("根据预算绩效管理要求，本*单*位预算绩效评价项目", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>单</em>", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        var top = Path.GetDirectoryName(root)!;
        if (Directory.Exists(top)) Directory.Delete(top, recursive: true);
    }
}
