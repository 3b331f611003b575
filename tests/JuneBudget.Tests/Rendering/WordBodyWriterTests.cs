using JuneBudget.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace JuneBudget.Tests.Rendering;

public sealed class WordBodyWriterTests
{
    /// <summary>
    /// document.xml is written a block at a time; it must be byte for byte what the SDK saves for
    /// the whole tree (same declaration, no byte order mark, same root), or every .docx would differ
    /// from the one an earlier version wrote. The sample has landscape sections and all the grids,
    /// the corpus hyperlinks and lists.
    /// </summary>
    [Fact]
    public void TheStreamedDocumentXmlIsWhatTheSdkSavesForTheWholeTree()
    {
        foreach (var bytes in new[] { SampleReport.Value.Docx, Render.Docx(RenderingCorpus.Parse(), Render.Word with { Notice = RepoTemplates.Notice }) })
        {
            using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var main = docx.MainDocumentPart!;
            using var written = new MemoryStream();
            using (var part = main.GetStream(FileMode.Open, FileAccess.Read)) part.CopyTo(written);
            var tree = main.Document;
            // A tree built in code declares no namespace on its elements (the XML writer declares
            // xmlns:r where an r:id is written); a reloaded one remembers those declarations, and
            // saving would move them to the root. Forget them to get the tree the writer had.
            foreach (var element in tree.Descendants().Where(e => e.NamespaceDeclarations.Any()).ToList())
                foreach (var prefix in element.NamespaceDeclarations.Select(d => d.Key).ToList())
                    element.RemoveNamespaceDeclaration(prefix);
            using var saved = new MemoryStream();
            tree.Save(saved);

            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><w:document xmlns:w=", System.Text.Encoding.UTF8.GetString(written.ToArray()), StringComparison.Ordinal);
            Assert.Equal(saved.ToArray(), written.ToArray());
        }
    }
}
