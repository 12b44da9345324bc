using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp006;

/// <summary>A regular hexagon of the given side (10 % of the scene).</summary>
public sealed class Hexagon(double size) : IShape
{
    /// <inheritdoc/>
    public double Area() => 2.598 * size * size;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Outline()
    {
        double sum = 0;
        double x = size;
        for (int i = 0; i < 8; i++)
        {
            x = x * 0.6 + 0.125;
            sum += x * (i + 1);
        }

        return sum;
    }
}
