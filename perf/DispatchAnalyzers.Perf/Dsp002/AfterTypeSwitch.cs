using System;
using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.Dsp002.AfterTypeSwitch;

/// <summary>
/// A scene of shapes, the DSP002 scenario: one list holds circles, squares, triangles and hexagons in random order,
/// allocated in that order, and <see cref="SumAreas"/> dispatches <see cref="IShape.Area"/> on each element.
/// The namespace says which variant this is; apart from it, the after files are exactly the fixer's output.
/// </summary>
public sealed class Scene
{
    private readonly List<IShape> _shapes = new();

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
                    _shapes.Add(new Circle(size));
                    break;
                case 1:
                    _shapes.Add(new Square(size));
                    break;
                case 2:
                    _shapes.Add(new Triangle(size, 2 * size));
                    break;
                default:
                    _shapes.Add(new Hexagon(size));
                    break;
            }
        }
    }

    /// <summary>The total area of the scene.</summary>
    [HotPath]
    public double SumAreas()
    {
        double total = 0;
        foreach (var shape in _shapes)
        {
            total += shape switch
            {
                Circle circle => circle.Area(),
                Hexagon hexagon => hexagon.Area(),
                Square square => square.Area(),
                Triangle triangle => triangle.Area(),
                _ => shape.Area(),
            };
        }

        return total;
    }
}
