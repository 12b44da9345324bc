namespace DispatchAnalyzers.Perf.Dsp001.AfterHoist;

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
        if (shape is Circle circle)
        {
            var total1 = total;
            for (int i = 0; i < n; i++)
            {
                total1 += circle.Area();
            }

            total = total1;
        }
        else if (shape is Square square)
        {
            var total1 = total;
            for (int i = 0; i < n; i++)
            {
                total1 += square.Area();
            }

            total = total1;
        }
        else if (shape is Triangle triangle)
        {
            var total1 = total;
            for (int i = 0; i < n; i++)
            {
                total1 += triangle.Area();
            }

            total = total1;
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                total += shape.Area();
            }
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
    internal static double SumAreasOfValue(IShape shape, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += shape.Area();
        }

        return total;
    }
}
