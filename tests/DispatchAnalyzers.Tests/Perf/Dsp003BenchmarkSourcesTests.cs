using System;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Perf.Dsp003;
using DispatchAnalyzers.Rules;
using Xunit;
using AfterFixSums = DispatchAnalyzers.Perf.Dsp003.AfterFix.DiscSums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp003.Before.DiscSums;
using HandWrittenSums = DispatchAnalyzers.Perf.Dsp003.HandWritten.DiscSums;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// The DSP003 benchmark sources measure what they claim: every variant computes what the code as written computes,
/// AfterFix.cs is exactly what the code fix (Fix All) makes of Before.cs, and nothing is left to report there.
/// </summary>
public sealed class Dsp003BenchmarkSourcesTests
{
    private const string BeforeNamespace = "namespace DispatchAnalyzers.Perf.Dsp003.Before;";

    private static readonly string[] BeforeDependencies =
    [
        "HotPathAttribute.cs",
        "Dsp003/IShape.cs",
        "Dsp003/Disc.cs",
    ];

    private static readonly int[] Counts = [0, 1, 7, Dsp003Benchmarks.N];

    [Fact]
    public void EveryVariantEqualsBefore()
    {
        foreach (var disc in new[] { new Disc(1.25), new Disc(0), new Disc(double.NaN) })
        {
            foreach (int n in Counts)
            {
                double before = BeforeSums.SumAreasPerCall(disc, n);
                Assert.Equal(before, AfterFixSums.SumAreasPerCall(disc, n));
                Assert.Equal(BeforeSums.SumAreasOnce(disc, n), AfterFixSums.SumAreasOnce(disc, n));
                Assert.Equal(before, HandWrittenSums.SumAreasPerCall(disc, n));
                Assert.Equal(BeforeSums.SumAreasOnce(disc, n), HandWrittenSums.SumAreas(disc, n));
            }
        }
    }

    [Fact]
    public void Benchmarks_EveryBenchmarkEqualsTheBaseline()
    {
        var benchmarks = new Dsp003Benchmarks();
        double baseline = benchmarks.BoxedEachCall();
        Assert.NotEqual(0.0, baseline);
        Assert.Equal(baseline, benchmarks.BoxedOnceDispatchedInLoop());
        Assert.Equal(baseline, benchmarks.AfterFixEachCall());
        Assert.Equal(baseline, benchmarks.AfterFixOnce());
        Assert.Equal(baseline, benchmarks.HandWrittenGeneric());
    }

    [Fact]
    public async Task AfterFix_EqualsFixAllOfBefore()
    {
        string fixedText = await PerfSourceFixer.FixAllAsync(
            new BoxedValueTypeDispatchAnalyzer(),
            new BoxedValueTypeDispatchCodeFixProvider(),
            BoxedValueTypeDispatchCodeFixProvider.MakeGenericEquivalenceKey,
            "Dsp003/Before.cs",
            BeforeDependencies);
        Assert.Equal(2, fixedText.Split(BeforeNamespace).Length);
        string expected = PerfSourceFixer.ReadPerfSource("Dsp003/AfterFix.cs");
        Assert.Equal(expected, fixedText.Replace(BeforeNamespace, "namespace DispatchAnalyzers.Perf.Dsp003.AfterFix;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dsp003/Before.cs", "SumAreasPerCall", 1)]
    [InlineData("Dsp003/Before.cs", "SumAreasOnce", 1)]
    [InlineData("Dsp003/AfterFix.cs", "SumAreasPerCall", 0)]
    [InlineData("Dsp003/AfterFix.cs", "SumAreasOnce", 0)]
    public async Task Diagnostics_BeforeReportsEachBoxing_AfterFixReportsNothing(string file, string methodName, int count)
    {
        Assert.Equal(count, (await PerfSourceFixer.DiagnosticsInMethodAsync(
            new BoxedValueTypeDispatchAnalyzer(), file, methodName, BeforeDependencies)).Length);
    }
}
