namespace JuneBudget.Checking;

/// <summary>
/// How alike two skeletons are: the Dice coefficient of their character bigrams (0 … 1).
/// Bigrams suit Chinese, where a word is one to four characters and rewording keeps most pairs.
/// </summary>
internal static class Similarity
{
    public static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2) return a == b ? 1 : 0;
        var counts = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < a.Length; i++)
        {
            var key = (a[i], a[i + 1]);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
        {
            var key = (b[i], b[i + 1]);
            if (counts.GetValueOrDefault(key) is > 0 and var n)
            {
                counts[key] = n - 1;
                shared++;
            }
        }
        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
