using System;

namespace DispatchAnalyzers.Perf.Dsp003;

/// <summary>A disc as a readonly struct: 24 bytes on the heap when boxed to <see cref="IShape"/>, none as a type argument.</summary>
public readonly struct Disc(double radius) : IShape
{
    /// <summary>The radius.</summary>
    public double Radius { get; } = radius;

    /// <inheritdoc/>
    public double Area() => Math.PI * Radius * Radius;
}
