namespace DispatchAnalyzers.Perf.Dsp002;

/// <summary>A triangle of the given base and height.</summary>
public sealed class Triangle(double width, double height) : IShape
{
    /// <inheritdoc/>
    public double Area() => width * height / 2;
}
