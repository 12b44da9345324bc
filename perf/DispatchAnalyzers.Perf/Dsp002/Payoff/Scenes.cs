using System;
using System.Collections.Generic;
using System.Linq;

namespace DispatchAnalyzers.Perf.Dsp002.Payoff;

/// <summary>In which order the types follow each other in the list.</summary>
public enum Order
{
    /// <summary>Each element's type drawn at random: the call's target changes unpredictably.</summary>
    Random,

    /// <summary>The same elements sorted by type: long runs of one type (allocation order unchanged).</summary>
    Grouped,
}

/// <summary>Builds the mixed lists of the payoff benchmark.</summary>
public static class Scenes
{
    /// <summary><paramref name="count"/> bodies of the first <paramref name="types"/> of Disc, Box, Wedge, Hex, allocated in random type order.</summary>
    public static List<IBody> Make(int count, int types, Order order, int seed)
    {
        var random = new Random(seed);
        var bodies = new List<(int Kind, IBody Body)>(count);
        for (int i = 0; i < count; i++)
        {
            double size = 1 + random.NextDouble();
            int kind = random.Next(types);
            bodies.Add((kind, kind switch
            {
                0 => new Disc(size),
                1 => new Box(size),
                2 => new Wedge(size, 2 * size),
                _ => new Hex(size),
            }));
        }

        var ordered = order == Order.Grouped ? bodies.OrderBy(entry => entry.Kind) : (IEnumerable<(int Kind, IBody Body)>)bodies;
        return ordered.Select(entry => entry.Body).ToList();
    }
}
