using System;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Perf.Dsp002;
using DispatchAnalyzers.Rules;
using Xunit;
using AfterSplitByTypeScene = DispatchAnalyzers.Perf.Dsp002.AfterSplitByType.Scene;
using AfterTypeSwitchScene = DispatchAnalyzers.Perf.Dsp002.AfterTypeSwitch.Scene;
using BeforeScene = DispatchAnalyzers.Perf.Dsp002.Before.Scene;
using GroupedByTypeScene = DispatchAnalyzers.Perf.Dsp002.GroupedByType.Scene;
using SealedArraysScene = DispatchAnalyzers.Perf.Dsp002.SealedArrays.Scene;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// The DSP002 benchmark sources measure what they claim: every variant sums the areas of the same shapes, and the
/// "after" files are exactly what the two fixes make of Before.cs.
/// </summary>
public sealed class Dsp002BenchmarkSourcesTests
{
    private const string BeforeNamespace = "namespace DispatchAnalyzers.Perf.Dsp002.Before;";

    /// <summary>Four shape types: the type switch is offered only when the limit allows four arms.</summary>
    private const string EditorConfig = "dispatch_analyzers.max_hoisted_types = 4";

    /// <summary>The type switch is offered only without Dynamic PGO: a NativeAOT project.</summary>
    private const string GlobalConfig = "build_property.PublishAot = true";

    private static readonly string[] BeforeDependencies =
    [
        "HotPathAttribute.cs",
        "Dsp002/IShape.cs",
        "Dsp002/Circle.cs",
        "Dsp002/Square.cs",
        "Dsp002/Triangle.cs",
        "Dsp002/Hexagon.cs",
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1_000)]
    [InlineData(65_536)]
    public void SumAreas_EveryVariantSumsTheSameShapes(int count)
    {
        double before = new BeforeScene(count, Dsp002Benchmarks.Seed).SumAreas();
        double split = new AfterSplitByTypeScene(count, Dsp002Benchmarks.Seed).SumAreas();

        // Same order: the same sum, bit for bit.
        Assert.Equal(before, new AfterTypeSwitchScene(count, Dsp002Benchmarks.Seed).SumAreas());

        // Grouped by type in the split's type order, each type's shapes in their original order: one sum for all three.
        Assert.Equal(split, new GroupedByTypeScene(count, Dsp002Benchmarks.Seed).SumAreas());
        Assert.Equal(split, new SealedArraysScene(count, Dsp002Benchmarks.Seed).SumAreas());

        // Another order of additions: the same sum up to rounding.
        Assert.True(Math.Abs(before - split) <= 1e-12 * Math.Abs(before), $"{before} vs {split}");
        Assert.Equal(count == 0, before == 0);
    }

    [Fact]
    public void Seeds_ChangeTheShapes()
        => Assert.NotEqual(new BeforeScene(100, 1).SumAreas(), new BeforeScene(100, 2).SumAreas());

    [Fact]
    public async Task AfterTypeSwitch_EqualsTypeSwitchFixOfBefore()
    {
        string fixedText = await FixBeforeAsync(DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchEquivalenceKey);
        Assert.Equal(PerfSourceFixer.ReadPerfSource("Dsp002/AfterTypeSwitch.cs"), ReplaceNamespace(fixedText, "AfterTypeSwitch"));
    }

    [Fact]
    public async Task AfterSplitByType_EqualsSplitFixOfBefore()
    {
        string fixedText = await FixBeforeAsync(DispatchOnMixedCollectionElementCodeFixProvider.SplitByTypeEquivalenceKey);
        Assert.Equal(PerfSourceFixer.ReadPerfSource("Dsp002/AfterSplitByType.cs"), ReplaceNamespace(fixedText, "AfterSplitByType"));
    }

    private static Task<string> FixBeforeAsync(string equivalenceKey) =>
        PerfSourceFixer.FixAsync(
            new DispatchOnMixedCollectionElementAnalyzer(),
            new DispatchOnMixedCollectionElementCodeFixProvider(),
            equivalenceKey,
            "Dsp002/Before.cs",
            "SumAreas",
            BeforeDependencies,
            EditorConfig,
            GlobalConfig);

    private static string ReplaceNamespace(string text, string variant)
    {
        Assert.Equal(2, text.Split(BeforeNamespace).Length);
        return text.Replace(BeforeNamespace, $"namespace DispatchAnalyzers.Perf.Dsp002.{variant};", StringComparison.Ordinal);
    }
}
