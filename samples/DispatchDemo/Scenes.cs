using System.Collections.Generic;

namespace DispatchDemo;

/// <summary>The rendering pass: DSP002's cases, a collection of mixed shapes walked in a hot loop, and a homogeneous one.</summary>
internal static class Scenes
{
    /// <summary>Total area drawn when a scene of circles, squares and triangles is redrawn <paramref name="frames"/> times.</summary>
    public static double Render(int shapes, int frames)
    {
        var scene = new List<IShape>();
        for (var i = 0; i < shapes; i++)
        {
            // What is stored into `scene` is DSP002's evidence: three concrete types go into one list.
            switch (i % 3)
            {
                case 0:
                    scene.Add(new Circle(0.5));
                    break;
                case 1:
                    scene.Add(new Square(1.25));
                    break;
                default:
                    scene.Add(new Triangle(3, 4));
                    break;
            }
        }

        var total = 0.0;
        for (var frame = 0; frame < frames; frame++)
        {
            foreach (var shape in scene)
            {
                // DSP002 (Warning): each element may be any of the three types, so this call site keeps changing
                // target and the indirect branch mispredicts. The first fix switches on the type and calls each sealed
                // type directly; the second keeps one list per type (it changes the order the shapes are visited in).
                total += shape.Area();
            }
        }

        return total;
    }

    /// <summary>Perimeter of <paramref name="frames"/> redraws of a ring of circles.</summary>
    public static double Ring(int shapes, int frames)
    {
        var ring = new List<IShape>();
        for (var i = 0; i < shapes; i++)
        {
            ring.Add(new Circle(0.5 + (i % 4)));
        }

        var length = 0.0;
        for (var frame = 0; frame < frames; frame++)
        {
            foreach (var shape in ring)
            {
                // Not reported: only circles are ever stored into `ring`, so the call site sees one type and Dynamic
                // PGO devirtualizes it.
                length += shape.Perimeter();
            }
        }

        return length;
    }
}
