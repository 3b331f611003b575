using System.Globalization;

namespace JuneBudget.Format;

/// <summary>
/// The year folders of a document kind (templates/⟨kind⟩/⟨year⟩/) and the rule every kind uses to
/// pick one: the newest format not later than the workbook's year.
/// </summary>
internal static class FormatYears
{
    /// <summary>The folders named by a four-digit year under <paramref name="kindFolder"/>, ascending (none when it is missing).</summary>
    public static IReadOnlyList<int> In(string kindFolder) =>
        Directory.Exists(kindFolder)
            ? [.. Directory.GetDirectories(kindFolder)
                .Select(d => Path.GetFileName(d))
                .Where(n => n.Length == 4 && n.All(char.IsAsciiDigit))
                .Select(n => int.Parse(n, CultureInfo.InvariantCulture))
                .Order()]
            : [];

    /// <summary>The newest of <paramref name="years"/> not later than <paramref name="year"/>, or 0 when there is none.</summary>
    public static int NewestUpTo(IEnumerable<int> years, int year) => years.Where(y => y <= year).DefaultIfEmpty(0).Max();
}
