using System;
using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.Dsp002.AfterSplitByType;

/// <summary>
/// A scene of shapes, the DSP002 scenario: one list holds circles, squares, triangles and hexagons in random order,
/// allocated in that order, and <see cref="SumAreas"/> dispatches <see cref="IShape.Area"/> on each element.
/// The namespace says which variant this is; apart from it, the after files are exactly the fixer's output.
/// </summary>
public sealed class Scene
{
    private readonly List<Circle> _circles = new();
    private readonly List<Square> _squares = new();
    private readonly List<Triangle> _triangles = new();
    private readonly List<Hexagon> _hexagons = new();

    /// <summary>Adds <paramref name="count"/> shapes of random types and sizes, the same ones for the same <paramref name="seed"/>.</summary>
    public Scene(int count, int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            double size = 1 + random.NextDouble();
            switch (random.Next(4))
            {
                case 0:
                    _circles.Add(new Circle(size));
                    break;
                case 1:
                    _squares.Add(new Square(size));
                    break;
                case 2:
                    _triangles.Add(new Triangle(size, 2 * size));
                    break;
                default:
                    _hexagons.Add(new Hexagon(size));
                    break;
            }
        }
    }

    /// <summary>The total area of the scene.</summary>
    [HotPath]
    public double SumAreas()
    {
        double total = 0;
        foreach (var shape in _circles)
        {
            total += shape.Area();
        }

        foreach (var shape in _squares)
        {
            total += shape.Area();
        }

        foreach (var shape in _triangles)
        {
            total += shape.Area();
        }

        foreach (var shape in _hexagons)
        {
            total += shape.Area();
        }

        return total;
    }
}
