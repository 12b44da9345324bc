using BenchmarkDotNet.Attributes;

namespace DispatchAnalyzers.Perf.Dsp002;

/// <summary>
/// DSP002 before/after. Each invocation sums the areas of <see cref="N"/> shapes of four sealed types in random order,
/// allocated in that order: the flagged loop (baseline), the output of each fix, the same objects sorted by type, and one
/// sealed array per type. Each benchmark builds only its own scene, once per process.
/// </summary>
public class Dsp002Benchmarks
{
    /// <summary>The same shapes for every variant.</summary>
    public const int Seed = 20_250_101;

    private Before.Scene _before = null!;
    private AfterTypeSwitch.Scene _afterTypeSwitch = null!;
    private AfterSplitByType.Scene _afterSplitByType = null!;
    private GroupedByType.Scene _groupedByType = null!;
    private SealedArrays.Scene _sealedArrays = null!;

    /// <summary>Shapes in the scene: beyond what the branch predictor can memorise, and beyond the caches at the top end.</summary>
    [Params(65_536, 1_048_576)]
    public int N { get; set; }

    /// <summary>Builds the flagged scene.</summary>
    [GlobalSetup(Target = nameof(Before))]
    public void SetupBefore() => _before = new Before.Scene(N, Seed);

    /// <summary>Builds the type-switch scene.</summary>
    [GlobalSetup(Target = nameof(AfterTypeSwitch))]
    public void SetupAfterTypeSwitch() => _afterTypeSwitch = new AfterTypeSwitch.Scene(N, Seed);

    /// <summary>Builds the split scene.</summary>
    [GlobalSetup(Target = nameof(AfterSplitByType))]
    public void SetupAfterSplitByType() => _afterSplitByType = new AfterSplitByType.Scene(N, Seed);

    /// <summary>Builds the grouped scene.</summary>
    [GlobalSetup(Target = nameof(GroupedByType))]
    public void SetupGroupedByType() => _groupedByType = new GroupedByType.Scene(N, Seed);

    /// <summary>Builds the per-type arrays.</summary>
    [GlobalSetup(Target = nameof(SealedArrays))]
    public void SetupSealedArrays() => _sealedArrays = new SealedArrays.Scene(N, Seed);

    /// <summary>The flagged code: <c>shape.Area()</c> dispatched on every element of a mixed list.</summary>
    [Benchmark(Baseline = true)]
    public double Before() => _before.SumAreas();

    /// <summary>Fix 1: a type switch with direct calls per sealed type; same list, same order.</summary>
    [Benchmark]
    public double AfterTypeSwitch() => _afterTypeSwitch.SumAreas();

    /// <summary>Fix 2: one list per type (objects still allocated interleaved), one loop per list.</summary>
    [Benchmark]
    public double AfterSplitByType() => _afterSplitByType.SumAreas();

    /// <summary>The same objects sorted by type in one interface array; still dispatched.</summary>
    [Benchmark]
    public double GroupedByType() => _groupedByType.SumAreas();

    /// <summary>One sealed array per type, objects allocated type by type.</summary>
    [Benchmark]
    public double SealedArrays() => _sealedArrays.SumAreas();
}
