namespace JuneBudget.Workbooks;

/// <summary>
/// A read-only view of a package part's stream that refuses to give more than a set number of
/// bytes: a part that unpacks to gigabytes (a zip bomb) stops at <see cref="ReaderLimits.MaxPartBytes"/>.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit, string where) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        _read += n;
        if (_read > limit)
            throw new WorkbookLimitException($"{where}：解压后超过 {limit / (1024 * 1024)} MB，不是正常的工作簿内容");
        return n;
    }
}
