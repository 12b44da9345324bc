using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp006.HandWritten;

/// <summary>Static dispatch written by hand: a switch on the element's type tag and direct calls, no type test, no dispatch.</summary>
public static class Sums
{
    /// <summary>The total area.</summary>
    public static double SumAreas(Item[] items)
    {
        double total = 0;
        foreach (var item in items)
        {
            IShape shape = item.Shape;
            total += item.Kind switch
            {
                0 => Unsafe.As<Circle>(shape).Area(),
                1 => Unsafe.As<Square>(shape).Area(),
                2 => Unsafe.As<Triangle>(shape).Area(),
                _ => Unsafe.As<Hexagon>(shape).Area(),
            };
        }

        return total;
    }

    /// <summary>The total outline.</summary>
    public static double SumOutlines(Item[] items)
    {
        double total = 0;
        foreach (var item in items)
        {
            IShape shape = item.Shape;
            total += item.Kind switch
            {
                0 => Unsafe.As<Circle>(shape).Outline(),
                1 => Unsafe.As<Square>(shape).Outline(),
                2 => Unsafe.As<Triangle>(shape).Outline(),
                _ => Unsafe.As<Hexagon>(shape).Outline(),
            };
        }

        return total;
    }
}
