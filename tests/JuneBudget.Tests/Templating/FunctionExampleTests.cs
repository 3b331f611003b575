using System.Net;
using System.Text.RegularExpressions;
using JuneBudget.Templating;
using JuneBudget.Tests.Support;
using Scriban;

namespace JuneBudget.Tests.Templating;

/// <summary>Every <c>&lt;example&gt;</c> in the XML docs of the template functions is run, as Scriban's Doc tests do.</summary>
public sealed partial class FunctionExampleTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var path in FunctionFiles)
        {
            var file = Path.GetFileName(path);
            var source = File.ReadAllText(path);
            foreach (Match m in Example().Matches(source))
            {
                data.Add(file, WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheDocumentedExampleGivesTheDocumentedOutput(string file, string template, string expected)
    {
        var parsed = Template.Parse(template, file);
        Assert.False(parsed.HasErrors, string.Join("; ", parsed.Messages));
        Assert.Equal(expected, parsed.Render(TemplateContextFactory.Create(new { })));
    }

    private static IEnumerable<string> FunctionFiles =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "pipeline", "Templating", "Functions"), "*.cs").Order(StringComparer.Ordinal);

    [Fact]
    public void EachFunctionClassHasExamples()
    {
        var tested = Examples().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(FunctionFiles.Select(Path.GetFileName), file => Assert.Contains(file!, tested));
        Assert.Equal(3, tested.Count);
    }

    [GeneratedRegex(@"<example><code>(.*?)</code> gives <c>(.*?)</c></example>")]
    private static partial Regex Example();
}
