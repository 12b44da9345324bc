namespace DispatchAnalyzers.Perf.Dsp003.AfterFix;

/// <summary>
/// Sums of disc areas, the DSP003 scenario: a struct passed to methods that take the interface. The namespace says which
/// variant this is; apart from it, the AfterFix file is exactly what the code fix (Fix All) makes of this one.
/// </summary>
public static class DiscSums
{
    /// <summary>Adds the area of <paramref name="disc"/> to a total <paramref name="n"/> times, one call per iteration.</summary>
    [HotPath]
    public static double SumAreasPerCall(Disc disc, int n)
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += AreaOf(disc);
        }

        return total;
    }

    /// <summary>Adds the area of <paramref name="disc"/> to a total <paramref name="n"/> times, in one call.</summary>
    public static double SumAreasOnce(Disc disc, int n)
    {
        return SumAreas(disc, n);
    }

    /// <summary>The area of <paramref name="shape"/>, or zero when it is degenerate.</summary>
    internal static double AreaOf<TShape>(TShape shape) where TShape : struct, IShape
    {
        double area = shape.Area();
        return double.IsFinite(area) && area > 0 ? area : 0;
    }

    /// <summary>Adds the area of <paramref name="shape"/> to a total <paramref name="n"/> times.</summary>
    [HotPath]
    internal static double SumAreas<TShape>(TShape shape, int n) where TShape : struct, IShape
    {
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += shape.Area();
        }

        return total;
    }
}
