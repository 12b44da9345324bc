namespace DispatchAnalyzers.Perf.Dsp001.StaticDispatch;

/// <summary>
/// Hand-written reference for DSP001: one overload per concrete shape, so every <c>Area()</c> call is direct and inlinable.
/// </summary>
public static class ShapeSums
{
    /// <summary>Adds the area of <paramref name="circle"/> to a total <paramref name="n"/> times.</summary>
    public static double SumAreas(Circle circle, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += circle.Area();
        }

        return total;
    }

    /// <summary>Adds the area of <paramref name="square"/> to a total <paramref name="n"/> times.</summary>
    public static double SumAreas(Square square, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += square.Area();
        }

        return total;
    }

    /// <summary>Adds the area of <paramref name="triangle"/> to a total <paramref name="n"/> times.</summary>
    public static double SumAreas(Triangle triangle, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += triangle.Area();
        }

        return total;
    }

    /// <summary>Adds the areas of a circle, a square and a triangle value to a total <paramref name="n"/> times each.</summary>
    public static double SumAreasOfValues(CircleValue circle, SquareValue square, TriangleValue triangle, int n)
    {
        return SumAreas(circle, n) + SumAreas(square, n) + SumAreas(triangle, n);
    }

    /// <summary>Adds the area of <paramref name="circle"/> to a total <paramref name="n"/> times.</summary>
    public static double SumAreas(CircleValue circle, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += circle.Area();
        }

        return total;
    }

    /// <summary>Adds the area of <paramref name="square"/> to a total <paramref name="n"/> times.</summary>
    public static double SumAreas(SquareValue square, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += square.Area();
        }

        return total;
    }

    /// <summary>Adds the area of <paramref name="triangle"/> to a total <paramref name="n"/> times.</summary>
    public static double SumAreas(TriangleValue triangle, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += triangle.Area();
        }

        return total;
    }
}
