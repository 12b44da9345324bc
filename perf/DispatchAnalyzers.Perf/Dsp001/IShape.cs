namespace DispatchAnalyzers.Perf.Dsp001;

/// <summary>A shape whose area the DSP001 scenarios sum; implemented by sealed classes and by readonly structs.</summary>
public interface IShape
{
    /// <summary>The area of the shape.</summary>
    double Area();
}
