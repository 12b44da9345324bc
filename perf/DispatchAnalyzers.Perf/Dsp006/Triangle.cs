using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp006;

/// <summary>A right triangle of the given leg (20 % of the scene).</summary>
public sealed class Triangle(double size) : IShape
{
    /// <inheritdoc/>
    public double Area() => 0.5 * size * size;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Outline()
    {
        double sum = 0;
        double x = size;
        for (int i = 0; i < 8; i++)
        {
            x = x * 0.25 + 2.0;
            sum += x * (i + 1);
        }

        return sum;
    }
}
