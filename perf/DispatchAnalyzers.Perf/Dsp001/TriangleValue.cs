namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>A triangle as a readonly struct: boxed when passed as <see cref="IShape"/>, not when passed as a type argument.</summary>
public readonly struct TriangleValue(double @base, double height) : IShape
{
    /// <summary>The length of the base.</summary>
    public double Base { get; } = @base;

    /// <summary>The height over the base.</summary>
    public double Height { get; } = height;

    /// <inheritdoc/>
    public double Area() => 0.5 * Base * Height;
}
