using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.Dsp005.HandWritten;

/// <summary>The same sums written against the concrete collections from the start: no interface, no enumerator object.</summary>
public static class IntSums
{
    /// <summary>The sum of the list's elements, through <see cref="List{T}"/>'s struct enumerator.</summary>
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
