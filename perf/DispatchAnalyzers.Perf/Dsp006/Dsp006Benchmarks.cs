using BenchmarkDotNet.Attributes;

namespace DispatchAnalyzers.Perf.Dsp006;

/// <summary>
/// DSP006 before/after. Each invocation calls a member of <see cref="N"/> shapes through a property of each element:
/// four sealed types mixed 40/30/20/10 %, in random or repetitive order (<see cref="Order"/>), with a small inlinable
/// callee (Area) or a large one (Outline). Variants: the flagged code (baseline), the fix's exact output (Circle, Square,
/// Triangle tested, Hexagon left to the dispatch), and static dispatch written by hand on a type tag.
/// </summary>
[CategoriesColumn]
public class Dsp006Benchmarks
{
    /// <summary>The same shapes for every variant.</summary>
    public const int Seed = 20_261_129;

    private Item[] _items = null!;

    /// <summary>Shapes in the scene: in the caches, and beyond them; both beyond what the branch predictor can memorise in random order.</summary>
    [Params(4_096, 65_536)]
    public int N { get; set; }

    /// <summary>Random order, or the same ten types repeated (a pattern the branch predictor learns).</summary>
    [Params("random", "repetitive")]
    public string Order { get; set; } = "random";

    /// <summary>Builds the scene.</summary>
    [GlobalSetup]
    public void Setup() => _items = Item.CreateScene(N, Seed, Order == "repetitive");

    /// <summary>Flagged: <c>item.Shape.Area()</c> dispatched on every element.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Small")]
    public double SmallBefore() => Before.Sums.SumAreas(_items);

    /// <summary>The fix: the three most frequent measured types tested first.</summary>
    [Benchmark, BenchmarkCategory("Small")]
    public double SmallAfterFix() => AfterFix.Sums.SumAreas(_items);

    /// <summary>Static dispatch on a type tag.</summary>
    [Benchmark, BenchmarkCategory("Small")]
    public double SmallHandWritten() => HandWritten.Sums.SumAreas(_items);

    /// <summary>Flagged: <c>item.Shape.Outline()</c> dispatched on every element.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Large")]
    public double LargeBefore() => Before.Sums.SumOutlines(_items);

    /// <summary>The fix on the large callee.</summary>
    [Benchmark, BenchmarkCategory("Large")]
    public double LargeAfterFix() => AfterFix.Sums.SumOutlines(_items);

    /// <summary>Static dispatch on a type tag, large callee.</summary>
    [Benchmark, BenchmarkCategory("Large")]
    public double LargeHandWritten() => HandWritten.Sums.SumOutlines(_items);
}
