using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using AfterFixSums = DispatchAnalyzers.Perf.Dsp005.AfterFix.IntSums;
using BeforeSums = DispatchAnalyzers.Perf.Dsp005.Before.IntSums;
using HandWrittenSums = DispatchAnalyzers.Perf.Dsp005.HandWritten.IntSums;

namespace DispatchAnalyzers.Perf.Dsp005;

/// <summary>
/// DSP005 before/after. Each invocation sums <see cref="N"/> integers through <c>IEnumerable&lt;int&gt;</c>: held in a
/// <see cref="List{T}"/>, in an array, or in each in turn (two types reach the loop, as the analyzer saw). Three
/// categories, each with the code as written as its baseline, then the code fix's output and hand-written concrete loops.
/// </summary>
[MemoryDiagnoser]
public class Dsp005Benchmarks
{
    /// <summary>Elements per collection: large enough that the loop dominates the call.</summary>
    public const int N = 1024;

    private const string ListCategory = "List";
    private const string ArrayCategory = "Array";
    private const string BothCategory = "ListThenArray";

    private readonly List<int> _list = Enumerable.Range(0, N).ToList();
    private readonly int[] _array = Enumerable.Range(0, N).Reverse().ToArray();

    /// <summary>The flagged code over a list: a boxed enumerator, <c>MoveNext</c> and <c>Current</c> through the interface.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(ListCategory)]
    public long ListBefore() => BeforeSums.SumList(_list);

    /// <summary>The fix's output over a list: one type test, then the struct enumerator.</summary>
    [Benchmark, BenchmarkCategory(ListCategory)]
    public long ListAfterFix() => AfterFixSums.SumList(_list);

    /// <summary>A loop over <see cref="List{T}"/> written by hand.</summary>
    [Benchmark, BenchmarkCategory(ListCategory)]
    public long ListHandWritten() => HandWrittenSums.SumList(_list);

    /// <summary>The flagged code over an array: the array's interface enumerator.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(ArrayCategory)]
    public long ArrayBefore() => BeforeSums.SumArray(_array);

    /// <summary>The fix's output over an array: two type tests, then an indexed loop.</summary>
    [Benchmark, BenchmarkCategory(ArrayCategory)]
    public long ArrayAfterFix() => AfterFixSums.SumArray(_array);

    /// <summary>A loop over the array written by hand.</summary>
    [Benchmark, BenchmarkCategory(ArrayCategory)]
    public long ArrayHandWritten() => HandWrittenSums.SumArray(_array);

    /// <summary>The flagged code over the list, then the array: the loop's enumerator site sees two types.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory(BothCategory)]
    public long BothBefore() => BeforeSums.SumList(_list) + BeforeSums.SumArray(_array);

    /// <summary>The fix's output over the list, then the array.</summary>
    [Benchmark, BenchmarkCategory(BothCategory)]
    public long BothAfterFix() => AfterFixSums.SumList(_list) + AfterFixSums.SumArray(_array);

    /// <summary>Hand-written loops over the list, then the array.</summary>
    [Benchmark, BenchmarkCategory(BothCategory)]
    public long BothHandWritten() => HandWrittenSums.SumList(_list) + HandWrittenSums.SumArray(_array);
}
