namespace DispatchAnalyzers.Perf.Dsp003;

/// <summary>A shape whose area the DSP003 scenarios sum; implemented by the readonly struct <see cref="Disc"/>.</summary>
public interface IShape
{
    /// <summary>The area of the shape.</summary>
    double Area();
}
