namespace DispatchAnalyzers.Perf.Dsp006.Before;

/// <summary>
/// The DSP006 scenario: a hot call site reached by four shape types, through a property of each element. The namespace
/// says which variant this is; apart from it, AfterFix.cs is exactly the fixer's output for the measured types Circle,
/// Square, Triangle and Hexagon under the default limit of three tested types.
/// </summary>
public static class Sums
{
    /// <summary>The total area: a small callee at the measured site.</summary>
    [HotPath]
    public static double SumAreas(Item[] items)
    {
        double total = 0;
        foreach (var item in items)
        {
            total += item.Shape.Area();
        }

        return total;
    }

    /// <summary>The total outline: a large callee at the measured site.</summary>
    [HotPath]
    public static double SumOutlines(Item[] items)
    {
        double total = 0;
        foreach (var item in items)
        {
            total += item.Shape.Outline();
        }

        return total;
    }
}
