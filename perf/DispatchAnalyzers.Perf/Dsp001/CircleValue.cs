using System;

namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>A circle as a readonly struct: boxed when passed as <see cref="IShape"/>, not when passed as a type argument.</summary>
public readonly struct CircleValue(double radius) : IShape
{
    /// <summary>The radius.</summary>
    public double Radius { get; } = radius;

    /// <inheritdoc/>
    public double Area() => Math.PI * Radius * Radius;
}
