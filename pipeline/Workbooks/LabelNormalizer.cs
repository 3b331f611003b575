using System.Text;
using System.Text.RegularExpressions;

namespace JuneBudget.Workbooks;

/// <summary>
/// Turns a printed label into the form labels are compared in: full-width ASCII to half-width,
/// every kind of space and quote removed, brackets unified, and (for <see cref="Label"/>) leading
/// numbering such as “一、”, “(一)”, “1.” stripped. Departments paste tables exported by different
/// systems; only the words matter.
/// </summary>
internal static partial class LabelNormalizer
{
    /// <summary>Width, spaces, quotes and brackets normalised; numbering kept.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch;
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF') continue;
            switch (c)
            {
                case '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』':
                    continue;
                case '【' or '〔' or '［' or '〈' or '《':
                    sb.Append('(');
                    continue;
                case '】' or '〕' or '］' or '〉' or '》':
                    sb.Append(')');
                    continue;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Normalised and without leading numbering: “（一）一般公共服务支出” → “一般公共服务支出”.</summary>
    public static string Label(string? text) => LeadingNumbering().Replace(Normalize(text), string.Empty);

    /// <summary>
    /// A table header label: <see cref="Label"/> plus the synonyms exported tables use for the
    /// same column (“公务用车购置及运行维护费” is the official long name of “公务用车购置及运行费”).
    /// </summary>
    public static string Header(string? text) => Synonym(Label(text));

    /// <summary>The header form of a label that is already normalised (<see cref="SheetReader.Label"/>).</summary>
    public static string Synonym(string label)
    {
        foreach (var (from, to) in HeaderSynonyms)
            if (label == from) return to;
        return label;
    }

    private static readonly (string From, string To)[] HeaderSynonyms =
    [
        ("公务用车购置及运行维护费", "公务用车购置及运行费"),
        ("公务用车运行维护费", "公务用车运行费"),
        ("因公出国(境)费用", "因公出国(境)费"),
        ("全年预算数", "预算数"),
        ("年初预算数", "预算数"),
    ];

    // “一、” “十四、” “(一)” “1.” “1、” at the start; “一般” is not numbering because no 、 follows.
    [GeneratedRegex(@"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d))")]
    private static partial Regex LeadingNumbering();
}
