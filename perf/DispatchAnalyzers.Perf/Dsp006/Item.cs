namespace DispatchAnalyzers.Perf.Dsp006;

/// <summary>
/// One element of the scene. The dispatched receiver is the element's property, not the element itself: a site no
/// static rule sees (DSP002 follows elements, DSP001 invariant receivers), which only the profile shows hot and mixed.
/// </summary>
/// <param name="shape">The shape.</param>
/// <param name="kind">Which of the four types the shape is (0 circle … 3 hexagon): the hand-written dispatch's tag.</param>
public sealed class Item(IShape shape, int kind)
{
    /// <summary>The shape.</summary>
    public IShape Shape { get; } = shape;

    /// <summary>The shape's type as a tag: 0 circle, 1 square, 2 triangle, 3 hexagon.</summary>
    public int Kind { get; } = kind;

    /// <summary>
    /// <paramref name="count"/> items mixing 40 % circles, 30 % squares, 20 % triangles and 10 % hexagons: in random order,
    /// or <paramref name="repetitive"/>ly the same ten (four circles, three squares, two triangles, one hexagon) over and over.
    /// </summary>
    public static Item[] CreateScene(int count, int seed, bool repetitive)
    {
        var random = new System.Random(seed);
        var items = new Item[count];
        for (int i = 0; i < count; i++)
        {
            int slot = repetitive ? i % 10 : random.Next(10);
            int kind = slot < 4 ? 0 : slot < 7 ? 1 : slot < 9 ? 2 : 3;
            double size = 1 + random.NextDouble();
            IShape shape = kind switch
            {
                0 => new Circle(size),
                1 => new Square(size),
                2 => new Triangle(size),
                _ => new Hexagon(size),
            };
            items[i] = new Item(shape, kind);
        }

        return items;
    }
}
