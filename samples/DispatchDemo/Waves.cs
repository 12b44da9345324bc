using System;

namespace DispatchDemo;

/// <summary>A signal of the audio pass.</summary>
internal interface IWave
{
    /// <summary>The signal's value at <paramref name="time"/> seconds.</summary>
    double Sample(double time);
}

/// <summary>A pure tone. A struct: passing it as <see cref="IWave"/> copies it into a heap box.</summary>
internal readonly struct SineWave(double frequency) : IWave
{
    public double Sample(double time) => Math.Sin(2 * Math.PI * frequency * time);
}

/// <summary>The audio pass: what DSP003 reports when a struct travels behind an interface, and what it leaves alone.</summary>
internal static class Mixer
{
    /// <summary>Mean energy of one second of a 440 Hz tone sampled at <paramref name="rate"/> Hz.</summary>
    public static double Energy(int rate)
    {
        // DSP003 (Warning): the tone is boxed to IWave here, and MeanSquare calls wave.Sample through the interface in
        // its hot loop. The fix makes MeanSquare generic, `where TWave : struct, IWave`: no box, direct inlined calls.
        return MeanSquare(new SineWave(440), rate);
    }

    /// <summary>Sum of the absolute values of one second of a 330 Hz tone sampled at <paramref name="rate"/> Hz.</summary>
    [HotPath]
    public static double Loudness(int rate)
    {
        var tone = new SineWave(330);
        var total = 0.0;
        for (var i = 0; i < rate; i++)
        {
            // DSP003 (Warning): boxed on every iteration, 24 bytes of garbage each time. Same fix, on Magnitude.
            total += Magnitude(tone, (double)i / rate);
        }

        return total;
    }

    /// <summary>Largest sample of one second of a 220 Hz tone sampled at <paramref name="rate"/> Hz.</summary>
    public static double Peak(int rate)
    {
        // Not reported: PeakOf is already generic over the struct, so the tone is never boxed.
        return PeakOf(new SineWave(220), rate);
    }

    [HotPath]
    private static double MeanSquare(IWave wave, int rate)
    {
        var sum = 0.0;
        for (var i = 0; i < rate; i++)
        {
            var sample = wave.Sample((double)i / rate);
            sum += sample * sample;
        }

        return sum / rate;
    }

    private static double Magnitude(IWave wave, double time) => Math.Abs(wave.Sample(time));

    [HotPath]
    private static double PeakOf<TWave>(TWave wave, int rate)
        where TWave : struct, IWave
    {
        var peak = 0.0;
        for (var i = 0; i < rate; i++)
        {
            peak = Math.Max(peak, wave.Sample((double)i / rate));
        }

        return peak;
    }
}
