using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace DispatchAnalyzers.Perf.Dsp002.Payoff;

/// <summary>
/// Where DSP002's type switch pays: the flagged loop against the switch's output over the same list, across the
/// conditions the rule reports: list size, number of types (one arm each), random or grouped order, and a callee the
/// JIT inlines (Area) or not (Moment). Ratios within a category (callee) and job.
/// </summary>
public class Dsp002PayoffBenchmarks
{
    private const string Small = "SmallCallee";
    private const string Large = "LargeCallee";

    private List<IBody> _bodies = null!;

    [Params(1_024, 65_536)]
    public int N { get; set; }

    [Params(2, 4)]
    public int Types { get; set; }

    [Params(Order.Random, Order.Grouped)]
    public Order Order { get; set; }

    [GlobalSetup]
    public void Setup() => _bodies = Scenes.Make(N, Types, Order, Dsp002Benchmarks.Seed);

    [Benchmark(Baseline = true), BenchmarkCategory(Small)]
    public double AreaBefore() => Loops.AreaBefore(_bodies);

    [Benchmark, BenchmarkCategory(Small)]
    public double AreaTypeSwitch() => Types == 2 ? Loops.AreaSwitch2(_bodies) : Loops.AreaSwitch4(_bodies);

    [Benchmark(Baseline = true), BenchmarkCategory(Large)]
    public double MomentBefore() => Loops.MomentBefore(_bodies);

    [Benchmark, BenchmarkCategory(Large)]
    public double MomentTypeSwitch() => Types == 2 ? Loops.MomentSwitch2(_bodies) : Loops.MomentSwitch4(_bodies);
}
