namespace DispatchAnalyzers.Perf.Dsp001.AfterGeneric;

/// <summary>
/// Sums of shape areas, the DSP001 scenario: the loops call <see cref="IShape.Area"/> on a loop-invariant receiver.
/// The namespace says which variant this is; apart from it, the after files are exactly the fixer's output.
/// </summary>
public static class ShapeSums
{
    /// <summary>Adds the area of <paramref name="shape"/> to a total <paramref name="n"/> times.</summary>
    [HotPath]
    public static double SumAreas(IShape shape, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += shape.Area();
        }

        return total;
    }

    /// <summary>Adds the areas of a circle, a square and a triangle to a total <paramref name="n"/> times each.</summary>
    public static double SumAreasOfShapes(Circle circle, Square square, Triangle triangle, int n)
    {
        return SumAreas(circle, n) + SumAreas(square, n) + SumAreas(triangle, n);
    }

    /// <summary>Adds the areas of a circle, a square and a triangle value to a total <paramref name="n"/> times each.</summary>
    public static double SumAreasOfValues(CircleValue circle, SquareValue square, TriangleValue triangle, int n)
    {
        return SumAreasOfValue(circle, n) + SumAreasOfValue(square, n) + SumAreasOfValue(triangle, n);
    }

    /// <summary>Adds the area of <paramref name="shape"/> to a total <paramref name="n"/> times; every caller passes a readonly struct.</summary>
    [HotPath]
    internal static double SumAreasOfValue<TShape>(TShape shape, int n) where TShape : struct, IShape
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += shape.Area();
        }

        return total;
    }
}
