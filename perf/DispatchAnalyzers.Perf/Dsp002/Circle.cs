using System;

namespace DispatchAnalyzers.Perf.Dsp002;

/// <summary>A circle of the given radius.</summary>
public sealed class Circle(double radius) : IShape
{
    /// <inheritdoc/>
    public double Area() => Math.PI * radius * radius;
}
