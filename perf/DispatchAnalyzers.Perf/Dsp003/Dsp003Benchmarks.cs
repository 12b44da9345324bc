using BenchmarkDotNet.Attributes;
using AfterFixSums = DispatchAnalyzers.Perf.Dsp003.AfterFix.DiscSums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp003.Before.DiscSums;
using HandWrittenSums = DispatchAnalyzers.Perf.Dsp003.HandWritten.DiscSums;

namespace DispatchAnalyzers.Perf.Dsp003;

/// <summary>
/// DSP003 before/after. Each invocation adds the area of one <see cref="Disc"/> <see cref="N"/> times, passing the struct
/// to methods that take <see cref="IShape"/>: boxed at every call, or boxed once and dispatched in the callee's loop;
/// then the code fix's output for both, and the struct-generic version written by hand. One baseline: boxing at each call.
/// </summary>
[MemoryDiagnoser]
public class Dsp003Benchmarks
{
    /// <summary>Areas added per invocation: large enough that the loop dominates the call.</summary>
    public const int N = 4096;

    private readonly Disc _disc = new(1.5);

    /// <summary>The flagged code: the disc is boxed at every call of <c>AreaOf(IShape)</c> inside the hot loop.</summary>
    [Benchmark(Baseline = true)]
    public double BoxedEachCall() => BeforeSums.SumAreasPerCall(_disc, N);

    /// <summary>The flagged code: boxed once at the call of <c>SumAreas(IShape, int)</c>, then dispatched in its loop.</summary>
    [Benchmark]
    public double BoxedOnceDispatchedInLoop() => BeforeSums.SumAreasOnce(_disc, N);

    /// <summary>The fix's output for the first case: <c>AreaOf&lt;TShape&gt;</c>, no box, a direct call.</summary>
    [Benchmark]
    public double AfterFixEachCall() => AfterFixSums.SumAreasPerCall(_disc, N);

    /// <summary>The fix's output for the second case: <c>SumAreas&lt;TShape&gt;</c>, no box, direct calls in the loop.</summary>
    [Benchmark]
    public double AfterFixOnce() => AfterFixSums.SumAreasOnce(_disc, N);

    /// <summary>Hand-written generic code over <c>in TShape</c> where <c>TShape : struct, IShape</c>.</summary>
    [Benchmark]
    public double HandWrittenGeneric() => HandWrittenSums.SumAreas(in _disc, N);
}
