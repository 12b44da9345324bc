using System;
using System.Globalization;

namespace DispatchDemo;

/// <summary>
/// A small tiling / physics / invoicing / rendering / audio pipeline. Build it to see what the rules report:
/// <c>dotnet build samples/DispatchDemo</c> shows DSP001 warnings on <see cref="TileArea"/> and <see cref="Simulate"/>,
/// and a DSP002 warning in <see cref="Scenes.Render"/>; the other passes are the quiet cases. The audio pass
/// (<see cref="Mixer"/>, Waves.cs) shows DSP003: a struct boxed to an interface and dispatched in a hot loop. The sensor
/// pass (<see cref="Sensors"/>, Sensors.cs) shows DSP005: a foreach over an interface-typed collection in hot code.
/// </summary>
internal static class Program
{
    private static void Main()
    {
        var circle = new Circle(0.5);
        var square = new Square(1.25);
        var triangle = new Triangle(3, 4);

        // Two shape types reach TileArea's parameter, so its dispatch is a Warning.
        var tiled = TileArea(circle, 300, 200) + TileArea(square, 300, 200);

        // Ball and Feather both reach Simulate's parameter: Warning again.
        var ballSpeed = Simulate(new Ball(2.0), 20_000);
        var featherSpeed = Simulate(new Feather(0.01, 0.002), 20_000);

        double[] prices = [19.99, 5.25, 120.00, 42.50];
        var invoiced = Invoice(new LoyaltyDiscount(0.1), prices, 12);

        var rings = CircleRings(circle, 200, 64);
        var outlines = Outline(triangle, 1_000) + Outline(square, 1_000);
        var rendered = Scenes.Render(3_000, 100);
        var ring = Scenes.Ring(1_000, 100);

        var energy = Mixer.Energy(48_000);
        var loudness = Mixer.Loudness(48_000);
        var peak = Mixer.Peak(48_000);

        var smoothed = Sensors.Smooth(10_000);
        var warmest = Sensors.Warmest(1_000);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tiled area     {tiled:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ball speed     {ballSpeed:F3} m/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feather speed  {featherSpeed:F3} m/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"invoiced       {invoiced:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"circle rings   {rings:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outlines       {outlines:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rendered area  {rendered:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ring perimeter {ring:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tone energy    {energy:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tone loudness  {loudness:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tone peak      {peak:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"smoothed       {smoothed:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warmest        {warmest:F3}"));
    }

    /// <summary>Area covered when every cell of a rows × columns grid holds one <paramref name="shape"/>.</summary>
    private static double TileArea(IShape shape, int rows, int columns)
    {
        var total = 0.0;
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                // DSP001 (Warning): `shape` never changes inside the loops, yet every iteration pays an interface
                // dispatch, and Circle and Square both reach it so the JIT cannot guess one target. The fix tests
                // `shape is Circle` / `shape is Square` before the inner loop and runs copies of it with direct calls.
                total += shape.Area();
            }
        }

        return total;
    }

    /// <summary>Speed of <paramref name="body"/> after falling for <paramref name="steps"/> 1 ms steps.</summary>
    [HotPath]
    private static double Simulate(Body body, int steps)
    {
        const double dt = 0.001;
        var velocity = 0.0;
        for (var step = 0; step < steps; step++)
        {
            // DSP001 (Warning): a single loop, but in a [HotPath] method every loop is hot. Accelerate is abstract,
            // Ball and Feather both reach `body`, and both seal their override, so the hoisted loops call it directly.
            velocity += body.Accelerate(velocity) * dt;
        }

        return velocity;
    }

    /// <summary>Total of <paramref name="months"/> monthly invoices over <paramref name="prices"/>.</summary>
    private static double Invoice(IDiscount discount, double[] prices, int months)
    {
        var total = 0.0;
        for (var month = 0; month < months; month++)
        {
            for (var item = 0; item < prices.Length; item++)
            {
                // DSP001 stays quiet: the same hot-loop pattern, but only LoyaltyDiscount ever reaches `discount`, so
                // the JIT's guarded devirtualization (Dynamic PGO) handles it well. It is reported (Info) under
                // `dispatch_analyzers.report_single_type_sites = true`, or on a runtime without Dynamic PGO.
                total += discount.Apply(prices[item]);
            }
        }

        return total;
    }

    /// <summary>Area of <paramref name="rings"/> × <paramref name="segments"/> copies of <paramref name="circle"/>.</summary>
    private static double CircleRings(Circle circle, int rings, int segments)
    {
        var total = 0.0;
        for (var ring = 0; ring < rings; ring++)
        {
            for (var segment = 0; segment < segments; segment++)
            {
                // Not reported: Circle is sealed, so this is already a direct (and inlinable) call.
                total += circle.Area() / segments;
            }
        }

        return total;
    }

    /// <summary>Length of the outline of <paramref name="frames"/> frames, each drawing the shape's four corners.</summary>
    private static double Outline(IShape shape, int frames)
    {
        var length = 0.0;
        for (var frame = 0; frame < frames; frame++)
        {
            for (var corner = 0; corner < 4; corner++)
            {
                // Not reported: a loop of 4 iterations is cold and does not make the frame loop "nested"; under the
                // default hot_loop_scope = nested, the frame loop alone is not hot (mark the method [HotPath] to opt in).
                length += shape.Perimeter() / 4;
            }
        }

        return length;
    }
}
