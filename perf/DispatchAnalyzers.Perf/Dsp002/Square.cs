namespace DispatchAnalyzers.Perf.Dsp002;

/// <summary>A square of the given side.</summary>
public sealed class Square(double side) : IShape
{
    /// <inheritdoc/>
    public double Area() => side * side;
}
