namespace JuneBudget.Format;

/// <summary>
/// A 公开说明 format that cannot be used: no format for the year, a format file that does not
/// parse or lacks what the pipeline needs. The message is Chinese and names the file.
/// </summary>
public sealed class ReportFormatException : Exception
{
    public ReportFormatException() { }
    public ReportFormatException(string message) : base(message) { }
    public ReportFormatException(string message, Exception inner) : base(message, inner) { }
}
