namespace DispatchAnalyzers.Perf.Dsp003.HandWritten;

/// <summary>
/// The same sums written generic over the struct from the start, the way a performance engineer would: the value is
/// passed by <c>in</c> reference and never copied, and every call on it is a constrained, inlinable call.
/// </summary>
public static class DiscSums
{
    /// <summary>Adds the area of <paramref name="shape"/> to a total <paramref name="n"/> times, one call per iteration.</summary>
    public static double SumAreasPerCall<TShape>(in TShape shape, int n)
        where TShape : struct, IShape
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += AreaOf(in shape);
        }

        return total;
    }

    /// <summary>Adds the area of <paramref name="shape"/> to a total <paramref name="n"/> times.</summary>
    public static double SumAreas<TShape>(in TShape shape, int n)
        where TShape : struct, IShape
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += shape.Area();
        }

        return total;
    }

    /// <summary>The area of <paramref name="shape"/>, or zero when it is degenerate.</summary>
    private static double AreaOf<TShape>(in TShape shape)
        where TShape : struct, IShape
    {
        double area = shape.Area();
        return double.IsFinite(area) && area > 0 ? area : 0;
    }
}
