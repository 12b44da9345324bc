using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Perf.Dsp005;
using DispatchAnalyzers.Rules;
using Xunit;
using AfterFixSums = DispatchAnalyzers.Perf.Dsp005.AfterFix.IntSums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp005.Before.IntSums;
using HandWrittenSums = DispatchAnalyzers.Perf.Dsp005.HandWritten.IntSums;

namespace DispatchAnalyzers.Tests.Perf;

/// <summary>
/// The DSP005 benchmark sources measure what they claim: every variant computes what the code as written computes,
/// AfterFix.cs is exactly what the code fix (Fix All) makes of Before.cs, and nothing is left to report there.
/// </summary>
public sealed class Dsp005BenchmarkSourcesTests
{
    private const string BeforeNamespace = "namespace DispatchAnalyzers.Perf.Dsp005.Before;";

    private static readonly string[] BeforeDependencies = ["HotPathAttribute.cs"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Dsp005Benchmarks.N)]
    public void EveryVariantEqualsBefore(int count)
    {
        var list = Enumerable.Range(-3, count).ToList();
        var array = list.Select(x => x * 7).ToArray();
        Assert.Equal(BeforeSums.SumList(list), AfterFixSums.SumList(list));
        Assert.Equal(BeforeSums.SumList(list), HandWrittenSums.SumList(list));
        Assert.Equal(BeforeSums.SumArray(array), AfterFixSums.SumArray(array));
        Assert.Equal(BeforeSums.SumArray(array), HandWrittenSums.SumArray(array));
        Assert.Equal(BeforeSums.Sum(new Queue<int>(list)), AfterFixSums.Sum(new Queue<int>(list)));
    }

    [Fact]
    public void Benchmarks_EachCategoryEqualsItsBaseline()
    {
        var benchmarks = new Dsp005Benchmarks();
        Assert.NotEqual(0, benchmarks.ListBefore());
        Assert.Equal(benchmarks.ListBefore(), benchmarks.ListAfterFix());
        Assert.Equal(benchmarks.ListBefore(), benchmarks.ListHandWritten());
        Assert.Equal(benchmarks.ArrayBefore(), benchmarks.ArrayAfterFix());
        Assert.Equal(benchmarks.ArrayBefore(), benchmarks.ArrayHandWritten());
        Assert.Equal(benchmarks.BothBefore(), benchmarks.BothAfterFix());
        Assert.Equal(benchmarks.BothBefore(), benchmarks.BothHandWritten());
    }

    [Fact]
    public async Task AfterFix_EqualsFixAllOfBefore()
    {
        string fixedText = await PerfSourceFixer.FixAllAsync(
            new InterfaceCollectionEnumerationAnalyzer(),
            new InterfaceCollectionEnumerationCodeFixProvider(),
            InterfaceCollectionEnumerationCodeFixProvider.EquivalenceKey,
            "Dsp005/Before.cs",
            BeforeDependencies);
        Assert.Equal(2, fixedText.Split(BeforeNamespace).Length);
        string expected = PerfSourceFixer.ReadPerfSource("Dsp005/AfterFix.cs");
        Assert.Equal(expected, fixedText.Replace(BeforeNamespace, "namespace DispatchAnalyzers.Perf.Dsp005.AfterFix;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dsp005/Before.cs", 1)]
    [InlineData("Dsp005/AfterFix.cs", 0)]
    public async Task Diagnostics_BeforeReportsTheLoop_AfterFixReportsNothing(string file, int count)
    {
        Assert.Equal(count, (await PerfSourceFixer.DiagnosticsInMethodAsync(
            new InterfaceCollectionEnumerationAnalyzer(), file, "Sum", BeforeDependencies)).Length);
    }
}
