using System.Globalization;
using System.Text.RegularExpressions;

namespace JuneBudget.Checking;

/// <summary>The unit and year a 公开说明's title names: ⟨单位⟩⟨年度⟩年度部门决算公开说明.</summary>
public static partial class DocumentTitle
{
    /// <returns>The unit's name and the year; (null, 0) when the text is no such title.</returns>
    public static (string? UnitName, int Year) Parse(string title)
    {
        // Whitespace only is dropped: the name keeps its own brackets ((本级) as the cover writes it).
        var match = Shape().Match(string.Concat((title ?? "").Where(c => !char.IsWhiteSpace(c))));
        return match.Success ? (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : (null, 0);
    }

    [GeneratedRegex(@"^(.+?)(\d{4})年度部门决算公开说明")]
    private static partial Regex Shape();
}
