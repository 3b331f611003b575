using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Writes word/document.xml while the body is being rendered, with the SDK's streaming
/// <see cref="OpenXmlWriter"/>: the renderers build into <see cref="Body"/> as usual, and before
/// each top-level block every block but the last is written out and let go. The last one stays
/// because a section break may still be put on it (<see cref="WordSections"/>).
/// </summary>
/// <remarks>
/// Why: the tables make a tree of some 30,000 elements (several MB). Held whole until the package
/// is saved, it was copied by the garbage collector through every generation, which cost more
/// than building it. Written a block at a time, each block dies young. The bytes are the same
/// as saving the whole tree: each element is written by the same SDK code, under the same root.
/// </remarks>
internal sealed class WordBodyWriter : IDisposable
{
    private readonly Stream stream;
    private readonly OpenXmlWriter writer;

    public WordBodyWriter(MainDocumentPart main)
    {
        stream = main.GetStream(FileMode.Create);
        // As OpenXmlPartRootElement.Save writes a part: UTF-8 without a byte order mark.
        writer = new OpenXmlPartWriter(stream, new UTF8Encoding(false));
        writer.WriteStartElement(new Document());
        writer.WriteStartElement(new Body());
    }

    /// <summary>The part of the body not written yet: the renderers append here.</summary>
    public Body Body { get; } = new();

    /// <summary>Writes out every block but the last.</summary>
    public void WriteAllButLast()
    {
        while (Body.FirstChild is { } first && first != Body.LastChild)
        {
            writer.WriteElement(first);
            first.Remove();
        }
    }

    /// <summary>Writes out the rest and closes the body; call once, after the last section's properties.</summary>
    public void Finish()
    {
        WriteAllButLast();
        if (Body.FirstChild is { } last) writer.WriteElement(last);
        Body.RemoveAllChildren();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }
}
