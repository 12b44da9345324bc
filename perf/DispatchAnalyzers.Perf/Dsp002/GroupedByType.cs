using System;
using System.Collections.Generic;
using System.Linq;

namespace DispatchAnalyzers.Perf.Dsp002.GroupedByType;

/// <summary>
/// Hand-written reference for DSP002: the same shapes as <see cref="Before.Scene"/>, allocated in the same interleaved
/// order, but stored in one <see cref="IShape"/> array sorted by type. The loop still dispatches; only the order in which
/// the call site sees the types changes, so the branch predictor learns the target.
/// </summary>
public sealed class Scene
{
    private readonly IShape[] _shapes;

    /// <summary>Makes the shapes <see cref="Before.Scene"/> makes for the same arguments, then groups them by type.</summary>
    public Scene(int count, int seed)
    {
        var random = new Random(seed);
        var shapes = new List<(int Kind, IShape Shape)>(count);
        for (int i = 0; i < count; i++)
        {
            double size = 1 + random.NextDouble();
            int kind = random.Next(4);
            shapes.Add((kind, kind switch
            {
                0 => new Circle(size),
                1 => new Square(size),
                2 => new Triangle(size, 2 * size),
                _ => new Hexagon(size),
            }));
        }

        // A stable sort, in the order the split fix declares its lists: within a type, the shapes keep their order
        // (and their scattered addresses).
        _shapes = shapes.OrderBy(entry => entry.Kind).Select(entry => entry.Shape).ToArray();
    }

    /// <summary>The total area of the scene.</summary>
    public double SumAreas()
    {
        double total = 0;
        foreach (IShape shape in _shapes)
        {
            total += shape.Area();
        }

        return total;
    }
}
