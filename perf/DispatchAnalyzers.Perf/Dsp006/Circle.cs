using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp006;

/// <summary>A circle of the given radius (40 % of the scene).</summary>
public sealed class Circle(double size) : IShape
{
    /// <inheritdoc/>
    public double Area() => 3.14159 * size * size;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Outline()
    {
        double sum = 0;
        double x = size;
        for (int i = 0; i < 8; i++)
        {
            x = x * 0.5 + 1.25;
            sum += x * (i + 1);
        }

        return sum;
    }
}
