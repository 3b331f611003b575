namespace JuneBudget.Rendering;

/// <summary>
/// A writer cannot render the document (a Markdown construct no writer supports, such as an
/// image, or a malformed grid). The message names the node and its Markdown line.
/// </summary>
public sealed class DocumentRenderException : Exception
{
    public DocumentRenderException(string message) : base(message)
    {
    }

    public DocumentRenderException(string message, Exception inner) : base(message, inner)
    {
    }

    public DocumentRenderException()
    {
    }
}
