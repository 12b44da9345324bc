using System.Collections.Generic;
using System.Linq;

namespace DispatchDemo;

/// <summary>The sensor pass: what DSP005 reports when a hot loop enumerates a collection through an interface.</summary>
internal static class Sensors
{
    /// <summary>Sum, over <paramref name="rounds"/> rounds, of the mean live reading and the mean archived reading.</summary>
    public static double Smooth(int rounds)
    {
        var live = new List<double> { 20.5, 21.0, 21.25 };
        double[] archived = [19.75, 20.0];
        var total = 0.0;
        for (var round = 0; round < rounds; round++)
        {
            total += Mean(live) + Mean(archived);
        }

        return total;
    }

    /// <summary>The warmest hourly reading of a synthetic day, <paramref name="rounds"/> times.</summary>
    public static double Warmest(int rounds)
    {
        var hourly = Enumerable.Range(0, 24).Select(hour => 18.0 + (hour % 6));
        var warmest = 0.0;
        for (var round = 0; round < rounds; round++)
        {
            warmest = MaxOf(hourly);
        }

        return warmest;
    }

    [HotPath]
    private static double Mean(IReadOnlyCollection<double> readings)
    {
        var sum = 0.0;
        // DSP005 (Warning): a List<double> and a double[] both reach `readings`, so each call allocates an enumerator
        // and makes two interface calls per reading, and Dynamic PGO can guard only one of the two types. The fix tests
        // `readings is List<double> list` and `readings is double[] array` and runs a copy of the loop over each.
        foreach (var reading in readings)
        {
            sum += reading;
        }

        return readings.Count == 0 ? 0 : sum / readings.Count;
    }

    [HotPath]
    private static double MaxOf(IEnumerable<double> readings)
    {
        var max = double.MinValue;
        // Not reported: a LINQ query reaches `readings`; no concrete collection enumerates it more cheaply.
        foreach (var reading in readings)
        {
            max = reading > max ? reading : max;
        }

        return max;
    }
}
