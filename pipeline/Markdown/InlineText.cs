using System.Text;
using Markdig.Syntax.Inlines;

namespace JuneBudget.Markdown;

/// <summary>
/// The plain text of inlines exactly as the writers print it (sourced numbers as their display,
/// placeholders as their literal). Used for the 目录 and to check that no writer drops text.
/// </summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(text, container);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
            case SourcedNumberInline number: text.Append(number.Display); break;
            case PlaceholderInline placeholder: text.Append(placeholder.Text); break;
            case CodeInline code: text.Append(code.Content); break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
            case AutolinkInline autolink: text.Append(autolink.Url); break;
            case LineBreakInline lineBreak: text.Append(lineBreak.IsHard ? "\n" : SoftBreak.Text(lineBreak)); break;
            case ContainerInline container:
                foreach (var child in container) Append(text, child);
                break;
        }
    }
}
