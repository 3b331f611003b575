namespace JuneBudget.Rendering.Pdf;

/// <summary>The PDF stage's one failure: LibreOffice could not convert a document. Becomes a GEN-02 warning; the build goes on.</summary>
internal sealed class PdfExportException(string message, Exception? inner = null) : Exception(message, inner);
