namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>A triangle given by base and height; sealed, so a call through a <see cref="Triangle"/>-typed receiver is direct.</summary>
public sealed class Triangle(double @base, double height) : IShape
{
    /// <summary>The length of the base.</summary>
    public double Base { get; } = @base;

    /// <summary>The height over the base.</summary>
    public double Height { get; } = height;

    /// <inheritdoc/>
    public double Area() => 0.5 * Base * Height;
}
