using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp005.HandWritten;

/// <summary>
/// The same sums written against the concrete collections from the start: no interface, no enumerator object. Not inlined
/// into the benchmark, as the loop in <c>Before.cs</c> is not.
/// </summary>
public static class IntSums
{
    /// <summary>The sum of the list's elements, through <see cref="List{T}"/>'s struct enumerator.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long SumList(List<int> list)
    {
        long total = 0;
        foreach (int item in list)
        {
            total += item;
        }

        return total;
    }

    /// <summary>The sum of the array's elements, an indexed loop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long SumArray(int[] array)
    {
        long total = 0;
        foreach (int item in array)
        {
            total += item;
        }

        return total;
    }
}
