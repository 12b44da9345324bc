namespace DispatchAnalyzers.Perf.Dsp006;

/// <summary>A shape of the DSP006 scene: four sealed implementations reach one call site in a 40/30/20/10 mix.</summary>
public interface IShape
{
    /// <summary>A small callee the JIT inlines once the call is direct.</summary>
    double Area();

    /// <summary>A large callee (a loop) the JIT does not inline: the direct call saves only the dispatch.</summary>
    double Outline();
}
