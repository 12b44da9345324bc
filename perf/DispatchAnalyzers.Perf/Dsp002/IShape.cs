namespace DispatchAnalyzers.Perf.Dsp002;

/// <summary>A shape of the DSP002 scene; four sealed implementations, stored mixed in one collection.</summary>
public interface IShape
{
    /// <summary>The area of the shape.</summary>
    double Area();
}
