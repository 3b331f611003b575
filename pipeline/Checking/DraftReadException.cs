namespace JuneBudget.Checking;

/// <summary>A draft (.docx or .pdf) could not be read; the message says why, in Chinese, for the user.</summary>
public sealed class DraftReadException : Exception
{
    public DraftReadException(string message) : base(message) { }

    public DraftReadException(string message, Exception inner) : base(message, inner) { }
}
