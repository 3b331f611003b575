namespace JuneBudget.Rendering.Word;

/// <summary>Ids of the named styles defined once in the styles part (<see cref="WordStyles"/>).</summary>
internal static class WordStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Notice = "Notice";
    public const string TocHeading = "TOCHeading";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string HorizontalRule = "HorizontalRule";
    public const string SectionBreak = "SectionBreak";
    public const string Footer = "Footer";
    public const string TableTitle = "TableTitle";
    public const string TableMeta = "TableMeta";
    public const string TableText = "TableText";
    public const string TableNumber = "TableNumber";
    public const string TableHeader = "TableHeader";
    public const string FormText = "FormText";
    public const string FormNumber = "FormNumber";
    public const string FormHeader = "FormHeader";
    public const string TableGrid = "TableGrid";
    public const string Placeholder = "Placeholder";
    public const string Hyperlink = "Hyperlink";
    public const string CodeChar = "CodeChar";

    /// <summary>Heading1 = 第X部分, Heading2 = 一、, Heading3 = （一）, Heading4 = 1.</summary>
    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, 4)}";

    /// <summary>TOC1 … TOC3: entries of the 目录.</summary>
    public static string Toc(int level) => $"TOC{Math.Clamp(level, 1, 3)}";
}
