using System;
using System.Collections.Immutable;
using System.Linq;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// One broken version of one document of a <see cref="SourceSet"/>: its text, where the (first) change is, what was
/// done, how it is analyzed (every loop hot or the default scope; the whole compilation, one variant in n, or only the
/// document, as an IDE does), and whether Fix All runs on it too (one variant in four).
/// </summary>
internal sealed record Variant(int Index, SourceSet Set, int Target, string Text, int Position, string Description, bool AllLoops, bool FullAnalysis, bool FixAll)
{
    /// <summary>Derives variant <paramref name="index"/> of a run: the same seed and index always give the same variant.</summary>
    /// <param name="wholeCompilationEvery">One variant in this many is analysed as a whole compilation.</param>
    public static Variant Create(ImmutableArray<SourceSet> sets, int seed, int index, int wholeCompilationEvery)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index * 7_919));
        var choices = sets.SelectMany(s => s.Targets.Select((target, i) => (Set: s, Target: target, Weight: s.Weights[i]))).ToList();
        var ticket = random.Next(choices.Sum(c => c.Weight));
        var chosen = choices.First(c => (ticket -= c.Weight) < 0);
        var (text, position, description) = Mutator.Mutate(chosen.Set.Documents[chosen.Target].Text, random);
        // A third of the variants get a second break on top of the first.
        if (random.Next(3) == 0)
        {
            var (twice, _, more) = Mutator.Mutate(text, random);
            (text, description) = (twice, description + "; then " + more);
        }

        return new Variant(index, chosen.Set, chosen.Target, text, position, description, AllLoops: random.Next(2) == 0, FullAnalysis: index % wholeCompilationEvery == 0, FixAll: index % 4 == 1);
    }

    public string Path => Set.Documents[Target].Path;

    public override string ToString()
        => $"variant {Index}: {Set.Name}, {Path}: {Description} ({(AllLoops ? "hot_loop_scope = all" : "default scope")}, {(FullAnalysis ? "whole compilation" : "document")}{(FixAll ? ", Fix All" : string.Empty)})";
}
