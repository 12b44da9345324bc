using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp005.AfterFix;

/// <summary>
/// Sums of integers enumerated through <see cref="IEnumerable{T}"/>, the DSP005 scenario: a list and an array reach the
/// same loop. The namespace says which variant this is; apart from it, the AfterFix file is exactly what the code fix
/// (Fix All) makes of this one.
/// </summary>
public static class IntSums
{
    /// <summary>The sum of the list's elements, enumerated by <see cref="Sum"/>.</summary>
    public static long SumList(List<int> list) => Sum(list);

    /// <summary>The sum of the array's elements, enumerated by <see cref="Sum"/>.</summary>
    public static long SumArray(int[] array) => Sum(array);

    /// <summary>
    /// The sum of <paramref name="items"/>. Not inlined into its callers, as a real loop's method usually is not: inlined
    /// into <see cref="SumList"/> and <see cref="SumArray"/>, each copy would see one collection type only.
    /// </summary>
    [HotPath]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long Sum(IEnumerable<int> items)
    {
        long total = 0;
        if (items is List<int> list)
        {
            foreach (int item in list)
            {
                total += item;
            }
        }
        else if (items is int[] array)
        {
            foreach (int item in array)
            {
                total += item;
            }
        }
        else
        {
            foreach (int item in items)
            {
                total += item;
            }
        }

        return total;
    }
}
