namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>A square; sealed, so a call through a <see cref="Square"/>-typed receiver is direct.</summary>
public sealed class Square(double side) : IShape
{
    /// <summary>The length of a side.</summary>
    public double Side { get; } = side;

    /// <inheritdoc/>
    public double Area() => Side * Side;
}
