using System;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Perf.Dsp001;
using DispatchAnalyzers.Rules;
using Xunit;
using AfterGenericSums = DispatchAnalyzers.Perf.Dsp001.AfterGeneric.ShapeSums;
using AfterHoistSums = DispatchAnalyzers.Perf.Dsp001.AfterHoist.ShapeSums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp001.Before.ShapeSums;
using StaticSums = DispatchAnalyzers.Perf.Dsp001.StaticDispatch.ShapeSums;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// The DSP001 benchmark sources measure what they claim: every variant computes what the code as written computes, and
/// the "after" files are exactly what the code fix makes of Before.cs.
/// </summary>
public sealed class Dsp001BenchmarkSourcesTests
{
    private const string BeforeNamespace = "namespace DispatchAnalyzers.Perf.Dsp001.Before;";

    private static readonly string[] BeforeDependencies =
    [
        "HotPathAttribute.cs",
        "Dsp001/IShape.cs",
        "Dsp001/Circle.cs",
        "Dsp001/Square.cs",
        "Dsp001/Triangle.cs",
        "Dsp001/CircleValue.cs",
        "Dsp001/SquareValue.cs",
        "Dsp001/TriangleValue.cs",
    ];

    private static readonly int[] Counts = [0, 1, 7, Dsp001Benchmarks.N];

    [Fact]
    public void SumAreas_EverySealedShape_AllVariantsEqualBefore()
    {
        var circle = new Circle(1.25);
        var square = new Square(0.1);
        var triangle = new Triangle(3.0, 0.7);
        foreach (int n in Counts)
        {
            Assert.Equal(BeforeSums.SumAreas(circle, n), AfterHoistSums.SumAreas(circle, n));
            Assert.Equal(BeforeSums.SumAreas(square, n), AfterHoistSums.SumAreas(square, n));
            Assert.Equal(BeforeSums.SumAreas(triangle, n), AfterHoistSums.SumAreas(triangle, n));
            Assert.Equal(BeforeSums.SumAreas(circle, n), StaticSums.SumAreas(circle, n));
            Assert.Equal(BeforeSums.SumAreas(square, n), StaticSums.SumAreas(square, n));
            Assert.Equal(BeforeSums.SumAreas(triangle, n), StaticSums.SumAreas(triangle, n));
            Assert.Equal(
                BeforeSums.SumAreasOfShapes(circle, square, triangle, n),
                AfterHoistSums.SumAreasOfShapes(circle, square, triangle, n));
        }
    }

    [Fact]
    public void SumAreas_ShapeNotHoisted_AfterHoistEqualsBefore()
    {
        var boxed = new SquareValue(1.5);
        var unknown = new Ellipse(2.0, 0.5);
        foreach (int n in Counts)
        {
            Assert.Equal(BeforeSums.SumAreas(boxed, n), AfterHoistSums.SumAreas(boxed, n));
            Assert.Equal(BeforeSums.SumAreas(unknown, n), AfterHoistSums.SumAreas(unknown, n));
        }
    }

    [Fact]
    public void SumAreas_NullShape_AfterHoistBehavesAsBefore()
    {
        Assert.Equal(0.0, AfterHoistSums.SumAreas(null!, 0));
        Assert.Equal(0.0, BeforeSums.SumAreas(null!, 0));
        Assert.Throws<NullReferenceException>(() => BeforeSums.SumAreas(null!, 1));
        Assert.Throws<NullReferenceException>(() => AfterHoistSums.SumAreas(null!, 1));
    }

    [Fact]
    public void SumAreasOfValues_AllVariantsEqualBefore()
    {
        var circle = new CircleValue(1.25);
        var square = new SquareValue(0.1);
        var triangle = new TriangleValue(3.0, 0.7);
        foreach (int n in Counts)
        {
            double before = BeforeSums.SumAreasOfValues(circle, square, triangle, n);
            Assert.Equal(before, AfterGenericSums.SumAreasOfValues(circle, square, triangle, n));
            Assert.Equal(before, StaticSums.SumAreasOfValues(circle, square, triangle, n));
            Assert.Equal(before, AfterHoistSums.SumAreasOfValues(circle, square, triangle, n));
        }
    }

    [Fact]
    public void Benchmarks_EveryBenchmarkEqualsItsBaseline()
    {
        var benchmarks = new Dsp001Benchmarks();
        double classes = benchmarks.Before();
        double structs = benchmarks.BeforeBoxed();
        Assert.NotEqual(0.0, classes);
        Assert.NotEqual(0.0, structs);
        Assert.Equal(classes, benchmarks.AfterHoist());
        Assert.Equal(classes, benchmarks.StaticDispatch());
        Assert.Equal(structs, benchmarks.AfterGeneric());
        Assert.Equal(structs, benchmarks.StaticDispatchStructs());
    }

    [Fact]
    public async Task AfterHoist_EqualsHoistFixOfBefore()
    {
        string fixedText = await FixBeforeAsync("DSP001.HoistTypeCheck", "SumAreas");
        string expected = PerfSourceFixer.ReadPerfSource("Dsp001/AfterHoist.cs");
        Assert.Equal(expected, ReplaceNamespace(fixedText, "AfterHoist"));
    }

    [Fact]
    public async Task AfterGeneric_EqualsMakeGenericFixOfBefore()
    {
        string fixedText = await FixBeforeAsync("DSP001.MakeGeneric", "SumAreasOfValue");
        string expected = PerfSourceFixer.ReadPerfSource("Dsp001/AfterGeneric.cs");
        Assert.Equal(expected, ReplaceNamespace(fixedText, "AfterGeneric"));
    }

    [Theory]
    [InlineData("Dsp001/AfterHoist.cs", "SumAreas")]
    [InlineData("Dsp001/AfterGeneric.cs", "SumAreasOfValue")]
    public async Task AfterFiles_FixedMethodNoLongerReports(string file, string methodName)
    {
        Assert.Empty(await PerfSourceFixer.DiagnosticsInMethodAsync(
            new DispatchOnLoopInvariantReceiverAnalyzer(), file, methodName, BeforeDependencies));
    }

    private static Task<string> FixBeforeAsync(string equivalenceKey, string methodName) =>
        PerfSourceFixer.FixAsync(
            new DispatchOnLoopInvariantReceiverAnalyzer(),
            new DispatchOnLoopInvariantReceiverCodeFixProvider(),
            equivalenceKey,
            "Dsp001/Before.cs",
            methodName,
            BeforeDependencies);

    private static string ReplaceNamespace(string text, string variant)
    {
        Assert.Equal(2, text.Split(BeforeNamespace).Length);
        return text.Replace(BeforeNamespace, $"namespace DispatchAnalyzers.Perf.Dsp001.{variant};", StringComparison.Ordinal);
    }

    /// <summary>A shape the hoist does not test for, so the fixed code takes its unchanged loop.</summary>
    private sealed class Ellipse(double a, double b) : IShape
    {
        public double Area() => Math.PI * a * b;
    }
}
