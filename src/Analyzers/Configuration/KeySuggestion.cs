namespace DispatchAnalyzers.Configuration;

/// <summary>The known option key closest to a misspelled one, by edit distance (case-insensitive).</summary>
internal static class KeySuggestion
{
    public static string Closest(string key)
    {
        var best = OptionDefinitions.All[0].Key;
        var bestDistance = int.MaxValue;
        foreach (var definition in OptionDefinitions.All)
        {
            var distance = EditDistance(key.ToLowerInvariant(), definition.Key.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (definition.Key, distance);
            }
        }

        return best;
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, one row at a time.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
