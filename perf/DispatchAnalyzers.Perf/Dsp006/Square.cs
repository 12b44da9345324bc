using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp006;

/// <summary>A square of the given side (30 % of the scene).</summary>
public sealed class Square(double size) : IShape
{
    /// <inheritdoc/>
    public double Area() => size * size;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Outline()
    {
        double sum = 0;
        double x = size;
        for (int i = 0; i < 8; i++)
        {
            x = x * 0.75 - 0.5;
            sum += x * (i + 1);
        }

        return sum;
    }
}
