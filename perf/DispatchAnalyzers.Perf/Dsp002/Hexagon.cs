using System;

namespace DispatchAnalyzers.Perf.Dsp002;

/// <summary>A regular hexagon of the given side.</summary>
public sealed class Hexagon(double side) : IShape
{
    /// <inheritdoc/>
    public double Area() => 1.5 * Math.Sqrt(3) * side * side;
}
