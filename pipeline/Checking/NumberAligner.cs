namespace JuneBudget.Checking;

/// <summary>
/// Lines up the numbers of an expected sentence with those of its draft sentence, keeping their
/// order (a dynamic-programming alignment): a pair needs the same unit (万元 may have become 元),
/// and scores higher when the words just before the numbers agree and when the values are equal.
/// Numbers left over on the draft's side were added; on the expected side, removed.
/// </summary>
internal static class NumberAligner
{
    /// <summary>Characters before a number that say what it is (收入合计, 占, 增长 …).</summary>
    private const int ContextLength = 8;

    public static List<(NumberToken Expected, NumberToken Draft)> Align(CheckSentence expected, CheckSentence draft)
    {
        var e = expected.Numbers;
        var d = draft.Numbers;
        var best = new double[e.Count + 1, d.Count + 1];
        for (var i = 1; i <= e.Count; i++)
        {
            for (var j = 1; j <= d.Count; j++)
            {
                var value = Math.Max(best[i - 1, j], best[i, j - 1]);
                if (Score(expected, e[i - 1], draft, d[j - 1]) is > 0 and var score) value = Math.Max(value, best[i - 1, j - 1] + score);
                best[i, j] = value;
            }
        }
        var pairs = new List<(NumberToken, NumberToken)>();
        for (int i = e.Count, j = d.Count; i > 0 && j > 0;)
        {
            if (best[i, j] == best[i - 1, j]) i--;
            else if (best[i, j] == best[i, j - 1]) j--;
            else
            {
                pairs.Add((e[i - 1], d[j - 1]));
                i--;
                j--;
            }
        }
        pairs.Reverse();
        return pairs;
    }

    private static double Score(CheckSentence es, NumberToken e, CheckSentence ds, NumberToken d)
    {
        if (e.Unit != d.Unit && !(e.IsAmount && d.IsAmount)) return 0;
        var score = 1 + Similarity.Dice(Context(es, e), Context(ds, d));
        if (e.InTenThousandYuan == d.InTenThousandYuan) score += 1;
        return score;
    }

    private static string Context(CheckSentence sentence, NumberToken number)
    {
        var previousEnd = sentence.Numbers.Where(n => n.Start < number.Start).Select(n => n.Start + n.Length).DefaultIfEmpty(0).Max();
        var start = Math.Max(previousEnd, number.Start - ContextLength);
        return TextForm.Normalise(sentence.Text[start..number.Start]);
    }
}
