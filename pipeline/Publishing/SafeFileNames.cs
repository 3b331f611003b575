using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JuneBudget.Publishing;

/// <summary>
/// Turns unit names and document titles into file and folder names that are valid on Windows
/// (the strictest system our users have) and stable from run to run, so a rerun finds its own
/// drafts again. Characters Windows forbids become their full-width forms (readable in Chinese
/// text), so <c>财政局/本级</c> stays recognisable as <c>财政局／本级</c>.
/// </summary>
internal static class SafeFileNames
{
    /// <summary>Longest name segment we produce; well below NTFS's 255 so that
    /// <c>output\⟨unit⟩\⟨year⟩\⟨file⟩</c> stays under the classic 260-character path limit.</summary>
    public const int MaxSegmentLength = 80;

    /// <summary>Used when nothing usable is left of a name (empty, only dots or spaces).</summary>
    public const string EmptyNameReplacement = "未命名";

    /// <summary>The 公开说明's name among a unit's documents (<see cref="DocumentOf"/>).</summary>
    public const string FinalAccountsDocument = "部门决算公开说明";

    /// <summary>The document title after the unit and year: ⟨单位⟩⟨年度⟩年度部门决算公开说明.</summary>
    public const string FinalAccountsTitle = "年度" + FinalAccountsDocument;

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>
    /// One safe name segment (no folder separators) from any text: forbidden characters become
    /// full-width, control characters become <c>_</c>, invisible format characters (zero-width
    /// spaces and joiners, bidi controls that can make <c>txt.exe</c> display as <c>exe.txt</c>,
    /// the BOM) and lone surrogates are removed, runs of dots collapse, leading and
    /// trailing dots and spaces go, reserved device names get a leading <c>_</c>, and the result
    /// is capped at <paramref name="maxLength"/> characters with <paramref name="extension"/>
    /// (e.g. <c>.docx</c>, kept whole) counted in.
    /// </summary>
    public static string Sanitize(string name, string extension = "", int maxLength = MaxSegmentLength)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Lone surrogates go first: string.Normalize throws on them.
        var stem = ReplaceForbidden(RemoveInvisible(name).Normalize(NormalizationForm.FormC));
        stem = Trim(stem);
        if (stem.Length == 0)
        {
            stem = EmptyNameReplacement;
        }

        if (IsReservedDeviceName(stem))
        {
            stem = "_" + stem;
        }

        var room = Math.Max(1, maxLength - extension.Length);
        if (stem.Length > room)
        {
            stem = Trim(Truncate(stem, room));
            stem = stem.Length == 0 ? EmptyNameReplacement : stem;
        }

        return stem + extension;
    }

    /// <summary>
    /// The draft's file name, e.g. <c>乌鲁木齐市工业和信息化局(本级)2024年度部门决算公开说明.docx</c>,
    /// from the unit's (already allocated) safe folder name, the year and an extension. Only the
    /// unit name is shortened to fit: the year, the title and the extension are kept whole, so the
    /// public page (…公开说明.html) and the review page (…公开说明（审核版）.html) never share a name.
    /// </summary>
    public static string ForDraft(string safeUnitName, int year, string extension, string title = FinalAccountsTitle)
    {
        var suffix = year.ToString(CultureInfo.InvariantCulture) + title + extension;
        var unit = Trim(Truncate(Sanitize(safeUnitName), Math.Max(1, MaxSegmentLength - suffix.Length)));
        return (unit.Length == 0 ? EmptyNameReplacement : unit) + suffix;
    }

    /// <summary>
    /// The document a draft belongs to, from its file name: the title after “年度” (部门决算公开说明,
    /// 部门整体支出绩效自评报告), without the review marker or a “（新生成 n）” suffix. Null for files
    /// that are not drafts.
    /// </summary>
    public static string? DocumentOf(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (!stem.Contains("年度", StringComparison.Ordinal)) return null;
        var title = DocumentOfTitle(stem);
        var cut = title.IndexOf('（', StringComparison.Ordinal);
        if (cut >= 0) title = title[..cut];
        return title.Length == 0 ? null : title;
    }

    /// <summary>A document's name from its title after ⟨单位⟩⟨年度⟩ (年度部门整体支出绩效自评报告 → 部门整体支出绩效自评报告), as <see cref="DocumentOf"/> names its drafts.</summary>
    public static string DocumentOfTitle(string title)
    {
        var at = title.LastIndexOf("年度", StringComparison.Ordinal);
        return at < 0 ? title : title[(at + 2)..];
    }

    /// <summary>The year folder name (<c>2024</c>).</summary>
    public static string ForYear(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Name of the n-th copy written beside a file a reviewer edited:
    /// <c>X.docx</c> → <c>X（新生成 2）.docx</c>. The stem is shortened if needed to keep the cap,
    /// from its middle: its end (…公开说明 or …公开说明（审核版）) tells the drafts apart and stays.
    /// </summary>
    public static string Beside(string fileName, int number)
    {
        var extension = Path.GetExtension(fileName);
        var stem = fileName[..^extension.Length];
        var suffix = "（新生成 " + number.ToString(CultureInfo.InvariantCulture) + "）";
        var room = Math.Max(2, MaxSegmentLength - extension.Length - suffix.Length);
        if (stem.Length > room)
        {
            var tail = room / 2;
            if (char.IsLowSurrogate(stem[^tail])) tail--;
            stem = Trim(Truncate(stem[..^tail], room - tail)) + stem[^tail..];
        }
        return stem + suffix + extension;
    }

    /// <summary>True when <paramref name="fileName"/> is already exactly what <see cref="Sanitize"/> keeps.</summary>
    public static bool IsSafe(string fileName) => fileName.Length > 0 && Sanitize(fileName) == fileName;

    /// <summary>First <paramref name="length"/> hex digits of the SHA-256 of the name's UTF-8 (NFC) bytes.</summary>
    public static string ShortHash(string name, int length = 8)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name.Normalize(NormalizationForm.FormC)));
        return Convert.ToHexStringLower(hash)[..length];
    }

    /// <summary>Drops format characters (Unicode category Cf) and surrogates that are not part of a pair.</summary>
    private static string RemoveInvisible(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                builder.Append(c).Append(name[++i]);
            }
            else if (!char.IsSurrogate(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string ReplaceForbidden(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c switch
            {
                '<' => '＜', '>' => '＞', ':' => '：', '"' => '＂', '/' => '／',
                '\\' => '＼', '|' => '｜', '?' => '？', '*' => '＊',
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => '_',
                _ => c,
            });
        }

        // ".." is a path step on every system; one dot inside a name is harmless.
        var text = builder.ToString();
        while (text.Contains("..", StringComparison.Ordinal))
        {
            text = text.Replace("..", ".", StringComparison.Ordinal);
        }

        return text;
    }

    // Windows silently drops trailing dots and spaces, so "a." and "a" would be the same file.
    private static string Trim(string text) => text.Trim(' ', '.', '\u3000');

    private static bool IsReservedDeviceName(string stem)
    {
        // Windows reserves "CON" and also "CON.txt" and "CON .txt": the part before the first dot.
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        var head = (dot < 0 ? stem : stem[..dot]).TrimEnd(' ');
        return ReservedDeviceNames.Contains(head);
    }

    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
