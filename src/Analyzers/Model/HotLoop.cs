namespace DispatchAnalyzers.Model;

/// <summary>Where an operation is hot: its innermost hot loop, and the outer loop that nesting-only hotness depends on.</summary>
internal readonly struct HotLoop
{
    public HotLoop(ILoopOperation loop, ILoopOperation? outerForNesting)
    {
        Loop = loop;
        OuterForNesting = outerForNesting;
    }

    /// <summary>The innermost non-cold loop repeating the operation; null when the operation is not hot.</summary>
    public ILoopOperation? Loop { get; }

    /// <summary>
    /// Set when the code is hot only because two loops nest (scope <c>nested</c>, no hot attribute): the second loop.
    /// A value that changes with it is re-tested every outer iteration, so rules require invariance there too.
    /// </summary>
    public ILoopOperation? OuterForNesting { get; }
}
