using JuneBudget.Cleaning;

namespace JuneBudget.Tests.Cleaning;

/// <summary>ASCII punctuation inside Chinese becomes full-width; numbers, Latin words and ASCII-only text stay as typed.</summary>
public sealed class ChinesePunctuationTests
{
    [Theory]
    // Between Chinese characters, with or without spaces around.
    [InlineData("成效显著,效益良好", "成效显著，效益良好")]
    [InlineData("一是加强学习; 二是完善制度", "一是加强学习；二是完善制度")]
    [InlineData("主要原因是:本年增加", "主要原因是：本年增加")]
    [InlineData("是否完成?已完成!", "是否完成？已完成！")]
    // Between a number (or %) and Chinese: still a Chinese sentence.
    [InlineData("满意度100%,超出预期", "满意度100%，超出预期")]
    [InlineData("完成率达到95%;下一步", "完成率达到95%；下一步")]
    // Brackets and quotes around or beside Chinese.
    [InlineData("专精特新(方向)资金", "专精特新（方向）资金")]
    [InlineData("资金拨付及时率(%)", "资金拨付及时率（%）")]
    [InlineData("本年增加\"小升规\"专项奖补资金", "本年增加“小升规”专项奖补资金")]
    [InlineData("关于(2024)年度\"SM\"项目", "关于（2024）年度“SM”项目")]
    // Mixed: the Latin and numeric parts keep their ASCII marks.
    [InlineData("召开评审会3次,采纳率70%,满意度>=95%", "召开评审会3次，采纳率70%，满意度>=95%")]
    [InlineData("金额1,234.56万元,时间12:30", "金额1,234.56万元，时间12:30")]
    [InlineData("PPP项目咨询,ISO 9001认证", "PPP项目咨询，ISO 9001认证")]
    public void AsciiPunctuationInsideChineseBecomesFullWidth(string typed, string printed) =>
        Assert.Equal(printed, ChinesePunctuation.Normalize(typed));

    [Theory]
    [InlineData("1,234.56")]
    [InlineData("12:30")]
    [InlineData(">=95%")]
    [InlineData("=100%")]
    [InlineData("Hello, world: (A, B) \"C\"")]
    [InlineData("see http://example.org/a,b")]
    [InlineData("已是全角，不变；（括号）“引号”")]
    [InlineData("")]
    public void NumbersLatinTextAndFullWidthTextStayAsTyped(string typed) =>
        Assert.Equal(typed, ChinesePunctuation.Normalize(typed));

    [Fact]
    public void AnUnmatchedBracketOrQuoteIsLeftAlone()
    {
        Assert.Equal("未闭合(括号，继续", ChinesePunctuation.Normalize("未闭合(括号,继续"));
        Assert.Equal("单个\"引号", ChinesePunctuation.Normalize("单个\"引号"));
    }
}
