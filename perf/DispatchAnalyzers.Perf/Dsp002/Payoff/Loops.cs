using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.Dsp002.Payoff;

/// <summary>The flagged loops and the type switch's output for them, with two and four arms.</summary>
public static class Loops
{
    public static double AreaBefore(List<IBody> bodies)
    {
        double total = 0;
        foreach (var body in bodies)
        {
            total += body.Area();
        }

        return total;
    }

    public static double AreaSwitch2(List<IBody> bodies)
    {
        double total = 0;
        foreach (var body in bodies)
        {
            total += body switch
            {
                Box box => box.Area(),
                Disc disc => disc.Area(),
                _ => body.Area(),
            };
        }

        return total;
    }

    public static double AreaSwitch4(List<IBody> bodies)
    {
        double total = 0;
        foreach (var body in bodies)
        {
            total += body switch
            {
                Box box => box.Area(),
                Disc disc => disc.Area(),
                Hex hex => hex.Area(),
                Wedge wedge => wedge.Area(),
                _ => body.Area(),
            };
        }

        return total;
    }

    public static double MomentBefore(List<IBody> bodies)
    {
        double total = 0;
        foreach (var body in bodies)
        {
            total += body.Moment();
        }

        return total;
    }

    public static double MomentSwitch2(List<IBody> bodies)
    {
        double total = 0;
        foreach (var body in bodies)
        {
            total += body switch
            {
                Box box => box.Moment(),
                Disc disc => disc.Moment(),
                _ => body.Moment(),
            };
        }

        return total;
    }

    public static double MomentSwitch4(List<IBody> bodies)
    {
        double total = 0;
        foreach (var body in bodies)
        {
            total += body switch
            {
                Box box => box.Moment(),
                Disc disc => disc.Moment(),
                Hex hex => hex.Moment(),
                Wedge wedge => wedge.Moment(),
                _ => body.Moment(),
            };
        }

        return total;
    }
}
