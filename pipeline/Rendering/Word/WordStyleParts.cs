using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using F = JuneBudget.Rendering.Word.WordFonts;
using S = JuneBudget.Rendering.Word.WordStyleIds;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// How a style of <see cref="WordStyles"/> is spelled in Open XML: paragraph and character styles,
/// and their paragraph and run properties from the few settings the catalogue uses.
/// </summary>
internal static class WordStyleParts
{
    public static Style Paragraph(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties ppr, StyleRunProperties? rpr = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new NextParagraphStyle { Val = S.Normal }, new PrimaryStyle(), ppr);
        if (rpr is not null) style.Append(rpr);
        return style;
    }

    public static Style Character(string id, string name, RunProperties rpr) => new(
        new StyleName { Val = name },
        new UIPriority { Val = 99 },
        new StyleRunProperties(rpr.Elements<OpenXmlElement>().Select(e => e.CloneNode(true))))
    { Type = StyleValues.Character, StyleId = id };

    public static StyleParagraphProperties Ppr(
        JustificationValues? jc = null, int? indentChars = null, int? leftChars = null,
        int? line = null, int? before = null, int? after = null, int? outline = null, bool keepNext = false)
    {
        var ppr = new StyleParagraphProperties();
        if (keepNext) ppr.KeepNext = new KeepNext();
        if (line is not null || before is not null || after is not null)
        {
            // line 0 = single automatic spacing (tables, footer), otherwise an exact height.
            var spacing = new SpacingBetweenLines();
            if (before is not null) spacing.Before = $"{before}";
            if (after is not null) spacing.After = $"{after}";
            if (line == 0) { spacing.Line = "240"; spacing.LineRule = LineSpacingRuleValues.Auto; }
            else if (line is not null) { spacing.Line = $"{line}"; spacing.LineRule = LineSpacingRuleValues.Exact; }
            // A style with its own line height is off the body's line grid (docGrid, 22 lines a page):
            // a table row snapped to the grid would be 29 pt tall.
            if (line is not null) ppr.SnapToGrid = new SnapToGrid { Val = false };
            ppr.SpacingBetweenLines = spacing;
        }
        if (indentChars is not null || leftChars is not null)
        {
            var indentation = new Indentation();
            if (indentChars is not null)
            {
                // Two characters of 三号 = 640 twips for readers that ignore firstLineChars.
                indentation.FirstLineChars = indentChars;
                indentation.FirstLine = $"{indentChars * WordStyles.BodySize * 10 / 100}";
            }
            if (leftChars is not null)
            {
                indentation.LeftChars = leftChars;
                indentation.Left = $"{leftChars * WordStyles.BodySize * 10 / 100}";
            }
            ppr.Indentation = indentation;
        }
        if (jc is not null) ppr.Justification = new Justification { Val = jc };
        if (outline is not null) ppr.OutlineLevel = new OutlineLevel { Val = outline };
        return ppr;
    }

    public static StyleRunProperties Rpr(string? eastAsia, int halfPoints, bool bold = false, string? color = null, string? latin = null)
    {
        var rpr = new StyleRunProperties();
        if (eastAsia is not null) rpr.Append(F.Fonts(eastAsia, latin ?? F.Latin));
        if (bold) rpr.Append(new Bold(), new BoldComplexScript());
        if (color is not null) rpr.Append(new Color { Val = color });
        rpr.Append(new FontSize { Val = $"{halfPoints}" }, new FontSizeComplexScript { Val = $"{halfPoints}" });
        return rpr;
    }
}
