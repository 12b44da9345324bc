namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>A square as a readonly struct: boxed when passed as <see cref="IShape"/>, not when passed as a type argument.</summary>
public readonly struct SquareValue(double side) : IShape
{
    /// <summary>The length of a side.</summary>
    public double Side { get; } = side;

    /// <inheritdoc/>
    public double Area() => Side * Side;
}
