using BenchmarkDotNet.Attributes;
using AfterGenericSums = DispatchAnalyzers.Perf.Dsp001.AfterGeneric.ShapeSums;
using AfterHoistSums = DispatchAnalyzers.Perf.Dsp001.AfterHoist.ShapeSums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp001.Before.ShapeSums;
using StaticSums = DispatchAnalyzers.Perf.Dsp001.StaticDispatch.ShapeSums;

namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>
/// DSP001 before/after. Each invocation sums the areas of a circle, a square and a triangle <see cref="N"/> times each,
/// so the call site inside the summing loop sees three types. Two categories, each with its own baseline (the code as
/// written): sealed classes (the hoist fix) and readonly structs boxed at the call (the make-generic fix).
/// </summary>
public class Dsp001Benchmarks
{
    /// <summary>Iterations of each summing loop: large enough that the loop dominates the call.</summary>
    public const int N = 4096;

    private const string Classes = "SealedClasses";
    private const string Structs = "ReadonlyStructs";

    private readonly Circle _circle = new(1.5);
    private readonly Square _square = new(2.0);
    private readonly Triangle _triangle = new(3.0, 4.0);
    private readonly IShape[] _shapes;
    private readonly CircleValue _circleValue = new(1.5);
    private readonly SquareValue _squareValue = new(2.0);
    private readonly TriangleValue _triangleValue = new(3.0, 4.0);

    /// <summary>Creates the benchmark with one shape of each type.</summary>
    public Dsp001Benchmarks()
    {
        _shapes = [_circle, _square, _triangle];
    }

    /// <summary>The flagged code: <c>shape.Area()</c> dispatched through the interface on every iteration.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Classes)]
    public double Before()
    {
        double total = 0;
        foreach (IShape shape in _shapes)
        {
            total += BeforeSums.SumAreas(shape, N);
        }

        return total;
    }

    /// <summary>The hoist fix: one type test per call, then a loop over a sealed-typed receiver.</summary>
    [Benchmark, BenchmarkCategory(Classes)]
    public double AfterHoist()
    {
        double total = 0;
        foreach (IShape shape in _shapes)
        {
            total += AfterHoistSums.SumAreas(shape, N);
        }

        return total;
    }

    /// <summary>Hand-written direct calls, the best the fix can hope for.</summary>
    [Benchmark, BenchmarkCategory(Classes)]
    public double StaticDispatch()
    {
        return StaticSums.SumAreas(_circle, N) + StaticSums.SumAreas(_square, N) + StaticSums.SumAreas(_triangle, N);
    }

    /// <summary>The flagged code with structs: each is boxed at the call, then dispatched through the interface.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(Structs)]
    public double BeforeBoxed()
    {
        return BeforeSums.SumAreasOfValues(_circleValue, _squareValue, _triangleValue, N);
    }

    /// <summary>The make-generic fix: one specialisation per struct, no boxing, direct calls.</summary>
    [Benchmark, BenchmarkCategory(Structs)]
    public double AfterGeneric()
    {
        return AfterGenericSums.SumAreasOfValues(_circleValue, _squareValue, _triangleValue, N);
    }

    /// <summary>Hand-written overloads per struct.</summary>
    [Benchmark, BenchmarkCategory(Structs)]
    public double StaticDispatchStructs()
    {
        return StaticSums.SumAreasOfValues(_circleValue, _squareValue, _triangleValue, N);
    }
}
