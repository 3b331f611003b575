using System.Buffers.Binary;

namespace JuneBudget.Rendering.Word;

/// <summary>
/// Sets every entry's modification time in a finished .docx (a zip) to one fixed date, in place:
/// the zip writer stamps entries with the clock, and the same document must give the same bytes
/// (the publishing stage compares files to tell a reviewer's edit from our own output).
/// </summary>
internal static class ZipTimestamps
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;

    public static void Normalize(Span<byte> zip, DateTime date)
    {
        var time = (ushort)0;
        var day = (ushort)(((date.Year - 1980) << 9) | (date.Month << 5) | date.Day);
        var end = FindEnd(zip);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        for (var i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[offset..]) != CentralHeader)
                throw new InvalidDataException("docx 压缩包的中央目录损坏。");
            Stamp(zip, offset + 12, time, day);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(offset + 42)..]);
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[local..]) != LocalHeader)
                throw new InvalidDataException("docx 压缩包的文件头损坏。");
            Stamp(zip, local + 10, time, day);
            offset += 46 + BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 28)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 30)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 32)..]);
        }
    }

    private static int FindEnd(ReadOnlySpan<byte> zip)
    {
        for (var i = zip.Length - 22; i >= 0; i--)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[i..]) == EndOfCentralDirectory) return i;
        throw new InvalidDataException("docx 压缩包缺少中央目录结尾。");
    }

    private static void Stamp(Span<byte> zip, int at, ushort time, ushort day)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(zip[at..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(zip[(at + 2)..], day);
    }
}
