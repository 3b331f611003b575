namespace JuneBudget.Checking;

/// <summary>
/// Pairs expected sentences with draft sentences by skeleton similarity (<see cref="Similarity.Dice"/>):
/// the most alike pair first, each sentence used once, so a reworded sentence still finds its
/// original and swapped paragraphs find each other. Among equally alike candidates the one at the
/// nearer relative position wins (the template's repeated sentences, e.g. 预决算差异率 per item).
/// </summary>
internal static class SentenceAligner
{
    /// <summary>Below this a draft sentence is not taken for a rewording of the expected one. Measured
    /// on the sample: the reworded sentence of the tests scores 0.79 against its original; different
    /// sentences of one section reach 0.91 (the 预决算差异率 sentences of 九), which is why the most
    /// alike pair is taken first rather than any pair above a threshold.</summary>
    public const double MinSimilarity = 0.5;

    public static List<(CheckSentence Expected, CheckSentence Draft)> Align(IReadOnlyList<CheckSentence> expected, IReadOnlyList<CheckSentence> draft)
    {
        var candidates = new List<(double Score, int E, int D)>();
        for (var e = 0; e < expected.Count; e++)
        {
            for (var d = 0; d < draft.Count; d++)
            {
                var similarity = Similarity.Dice(expected[e].Skeleton, draft[d].Skeleton);
                if (similarity < MinSimilarity) continue;
                var distance = Math.Abs((double)e / Math.Max(1, expected.Count) - (double)d / Math.Max(1, draft.Count));
                candidates.Add((similarity - 0.01 * distance, e, d));
            }
        }
        var usedE = new bool[expected.Count];
        var usedD = new bool[draft.Count];
        var pairs = new List<(CheckSentence, CheckSentence)>();
        foreach (var (_, e, d) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.E).ThenBy(c => c.D))
        {
            if (usedE[e] || usedD[d]) continue;
            usedE[e] = usedD[d] = true;
            pairs.Add((expected[e], draft[d]));
        }
        return pairs;
    }
}
