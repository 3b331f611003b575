namespace JuneBudget.Markdown;

/// <summary>
/// The rendered Markdown cannot become a document (a grid or source id that does not exist, a
/// duplicate heading id). The message says what, on which Markdown line, and how to fix it.
/// </summary>
public sealed class ReportDocumentException : Exception
{
    public ReportDocumentException(string message) : base(message)
    {
    }

    public ReportDocumentException(string message, Exception inner) : base(message, inner)
    {
    }

    public ReportDocumentException()
    {
    }
}
