using System;

namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>A circle; sealed, so a call through a <see cref="Circle"/>-typed receiver is direct.</summary>
public sealed class Circle(double radius) : IShape
{
    /// <summary>The radius.</summary>
    public double Radius { get; } = radius;

    /// <inheritdoc/>
    public double Area() => Math.PI * Radius * Radius;
}
