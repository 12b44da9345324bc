using System;
using System.Runtime.CompilerServices;

namespace DispatchAnalyzers.Perf.Dsp002.Payoff;

/// <summary>A body of the payoff scenes: a small member the JIT inlines, and a large one it never inlines.</summary>
public interface IBody
{
    /// <summary>A few arithmetic operations: inlined when called directly.</summary>
    double Area();

    /// <summary>A loop of arithmetic, never inlined: the call is a small part of its cost.</summary>
    double Moment();
}

/// <summary>A disc of the given radius.</summary>
public sealed class Disc(double radius) : IBody
{
    /// <inheritdoc/>
    public double Area() => Math.PI * radius * radius;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Moment() => Moments.Of(radius, 1);
}

/// <summary>A square box of the given side.</summary>
public sealed class Box(double side) : IBody
{
    /// <inheritdoc/>
    public double Area() => side * side;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Moment() => Moments.Of(side, 2);
}

/// <summary>A right triangle of the given legs.</summary>
public sealed class Wedge(double width, double height) : IBody
{
    /// <inheritdoc/>
    public double Area() => width * height / 2;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Moment() => Moments.Of(width, height);
}

/// <summary>A regular hexagon of the given side.</summary>
public sealed class Hex(double side) : IBody
{
    /// <inheritdoc/>
    public double Area() => 1.5 * Math.Sqrt(3) * side * side;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public double Moment() => Moments.Of(side, 3);
}

/// <summary>The large member's body, shared by the bodies.</summary>
internal static class Moments
{
    public static double Of(double a, double b)
    {
        double sum = 0;
        for (int k = 1; k <= 16; k++)
        {
            sum += a * k / (b + k);
        }

        return sum;
    }
}
