using JuneBudget.Publishing;

namespace JuneBudget.Tests.Publishing;

public sealed class SafeFileNamesTests
{
    [Fact]
    public void TheGoldenUnitGetsItsDocumentTitleUnchanged()
    {
        var unit = SafeFileNames.Sanitize("乌鲁木齐市工业和信息化局(本级)");

        Assert.Equal("乌鲁木齐市工业和信息化局(本级)2024年度部门决算公开说明.docx", SafeFileNames.ForDraft(unit, 2024, ".docx"));
    }

    [Theory]
    [InlineData("财政局/本级", "财政局／本级")]
    [InlineData(@"a\b", "a＼b")]
    [InlineData("党委:办公室", "党委：办公室")]
    [InlineData("a<b>c\"d|e?f*g", "a＜b＞c＂d｜e？f＊g")]
    [InlineData("..", "未命名")]
    [InlineData("../../etc/passwd", "／.／etc／passwd")]
    [InlineData("单位..名称", "单位.名称")]
    [InlineData("  .单位. ", "单位")]
    [InlineData("单位\t\n名称", "单位__名称")]
    [InlineData("CON", "_CON")]
    [InlineData("con", "_con")]
    [InlineData("Com1", "_Com1")]
    [InlineData("LPT9.txt", "_LPT9.txt")]
    [InlineData("NUL .x", "_NUL .x")]
    [InlineData("CONSOLE", "CONSOLE")]
    [InlineData("", "未命名")]
    public void ForbiddenCharactersPathStepsAndDeviceNamesAreReplaced(string name, string expected)
    {
        var safe = SafeFileNames.Sanitize(name);

        Assert.Equal(expected, safe);
        Assert.True(SafeFileNames.IsSafe(safe));
        Assert.Equal(safe, Path.GetFileName(safe));
    }

    [Fact]
    public void ALongNameIsCappedAndKeepsYearTitleAndExtension()
    {
        var name = SafeFileNames.ForDraft(new string('局', 200), 2024, ".docx");

        Assert.Equal(SafeFileNames.MaxSegmentLength, name.Length);
        Assert.EndsWith("局2024年度部门决算公开说明.docx", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(61)]
    [InlineData(62)]
    [InlineData(70)]
    [InlineData(200)]
    public void ThePublicAndTheReviewPageNeverShareAName(int length)
    {
        // Before, the whole name was cut at 80 characters: from ~60 characters of unit name on, the
        // review page's name (with its findings and cells) was the public page's name.
        var unit = SafeFileNames.Sanitize(new string('局', length));
        var publicPage = SafeFileNames.ForDraft(unit, 2024, ".html");
        var reviewPage = SafeFileNames.ForDraft(unit, 2024, ".html", SafeFileNames.FinalAccountsTitle + ReviewPack.ReviewVariantMarker);

        Assert.EndsWith("2024年度部门决算公开说明.html", publicPage, StringComparison.Ordinal);
        Assert.EndsWith("2024年度部门决算公开说明（审核版）.html", reviewPage, StringComparison.Ordinal);
        Assert.True(publicPage.Length <= SafeFileNames.MaxSegmentLength && reviewPage.Length <= SafeFileNames.MaxSegmentLength);
        Assert.True(SafeFileNames.IsSafe(publicPage) && SafeFileNames.IsSafe(reviewPage));
        Assert.NotEqual(SafeFileNames.Beside(publicPage, 2), SafeFileNames.Beside(reviewPage, 2));
        Assert.EndsWith("公开说明（审核版）（新生成 2）.html", SafeFileNames.Beside(reviewPage, 2), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("财政\\u200B局", "财政局")]
    [InlineData("财政局\\u202Excod.exe", "财政局xcod.exe")]
    [InlineData("\\uFEFF财政局\\u2066\\u2069", "财政局")]
    [InlineData("财政\\uD800局", "财政局")]
    [InlineData("财政局\\uDC00", "财政局")]
    [InlineData("𠀀局\\u2028", "𠀀局_")]
    public void InvisibleCharactersAndLoneSurrogatesLeaveNames(string escaped, string expected)
    {
        var name = System.Text.RegularExpressions.Regex.Unescape(escaped);

        Assert.Equal(expected, SafeFileNames.Sanitize(name));
    }

    [Fact]
    public void CappingNeverSplitsASurrogatePair()
    {
        // "ab" puts a high surrogate exactly at the cut (index 74 of 75 allowed characters).
        var name = SafeFileNames.Sanitize("ab" + string.Concat(Enumerable.Repeat("𠀀", 50)), ".html");

        Assert.Equal(79, name.Length);
        Assert.True(char.IsLowSurrogate(name[^6]));
    }

    [Fact]
    public void ACopyBesideAnEditedFileIsNumberedBeforeTheExtension()
    {
        Assert.Equal("X公开说明（新生成 2）.docx", SafeFileNames.Beside("X公开说明.docx", 2));
    }

    [Fact]
    public void NamesThatSanitiseAlikeGetDistinctStableFolders()
    {
        var names = UnitFolderNames.Allocate(["财政局/本级", "财政局:本级", "财政局／本级", "教育局"]);

        // The name that needed no change keeps it; the others get a hash of their original name.
        Assert.Equal("财政局／本级", names["财政局／本级"]);
        Assert.Equal("财政局／本级~" + SafeFileNames.ShortHash("财政局/本级"), names["财政局/本级"]);
        Assert.Equal("财政局：本级", names["财政局:本级"]);
        Assert.Equal("教育局", names["教育局"]);
    }

    [Fact]
    public void NamesDifferingOnlyInCaseDoNotShareAFolderOnWindows()
    {
        var names = UnitFolderNames.Allocate(["ABC局", "abc局"]);

        Assert.NotEqual(names["ABC局"], names["abc局"], StringComparer.OrdinalIgnoreCase);
        Assert.StartsWith("ABC局~", names["ABC局"], StringComparison.Ordinal);
    }

    [Fact]
    public void AllocationDoesNotDependOnInputOrder()
    {
        string[] units = ["甲/局", "甲?局", "甲＊局", "乙局"];
        var forward = UnitFolderNames.Allocate(units);
        var backward = UnitFolderNames.Allocate(units.Reverse());

        Assert.All(units, unit => Assert.Equal(forward[unit], backward[unit]));
        Assert.Equal(units.Length, units.Select(unit => forward[unit]).Distinct().Count());
    }

    [Fact]
    public void AUnitFolderIsTheSafeNameThenTheYear()
    {
        var names = UnitFolderNames.Allocate(["乌鲁木齐市工业和信息化局(本级)"]);

        Assert.Equal(
            Path.Combine("output", "乌鲁木齐市工业和信息化局(本级)", "2024"),
            names.FolderFor("output", "乌鲁木齐市工业和信息化局(本级)", 2024));
    }
}
