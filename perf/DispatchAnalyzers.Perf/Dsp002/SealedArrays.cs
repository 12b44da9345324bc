using System;
using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.Dsp002.SealedArrays;

/// <summary>
/// Hand-written reference for DSP002, the best layout: one array per sealed type, the shapes of each type allocated
/// together (so they sit next to each other in memory), and one loop per array with direct, inlinable calls.
/// </summary>
public sealed class Scene
{
    private readonly Circle[] _circles;
    private readonly Square[] _squares;
    private readonly Triangle[] _triangles;
    private readonly Hexagon[] _hexagons;

    /// <summary>Makes shapes of the same types and sizes as <see cref="Before.Scene"/> for the same arguments, allocated type by type.</summary>
    public Scene(int count, int seed)
    {
        var random = new Random(seed);
        var sizes = new List<double>[4];
        for (int kind = 0; kind < sizes.Length; kind++)
        {
            sizes[kind] = new List<double>();
        }

        for (int i = 0; i < count; i++)
        {
            double size = 1 + random.NextDouble();
            sizes[random.Next(4)].Add(size);
        }

        _circles = sizes[0].ConvertAll(size => new Circle(size)).ToArray();
        _squares = sizes[1].ConvertAll(size => new Square(size)).ToArray();
        _triangles = sizes[2].ConvertAll(size => new Triangle(size, 2 * size)).ToArray();
        _hexagons = sizes[3].ConvertAll(size => new Hexagon(size)).ToArray();
    }

    /// <summary>The total area of the scene.</summary>
    public double SumAreas()
    {
        double total = 0;
        foreach (Circle circle in _circles)
        {
            total += circle.Area();
        }

        foreach (Square square in _squares)
        {
            total += square.Area();
        }

        foreach (Triangle triangle in _triangles)
        {
            total += triangle.Area();
        }

        foreach (Hexagon hexagon in _hexagons)
        {
            total += hexagon.Area();
        }

        return total;
    }
}
