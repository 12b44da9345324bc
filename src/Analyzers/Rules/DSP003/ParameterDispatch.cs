namespace DispatchAnalyzers.Rules;

/// <summary>What a method in source does with one of its interface-typed parameters, as far as boxing is concerned.</summary>
internal sealed class ParameterDispatch
{
    /// <summary>The parameter is not dispatched on, its value escapes, or the method cannot be analysed.</summary>
    public static readonly ParameterDispatch None = new(dispatched: false, dispatchedInHotLoop: false);

    public ParameterDispatch(bool dispatched, bool dispatchedInHotLoop)
    {
        Dispatched = dispatched;
        DispatchedInHotLoop = dispatchedInHotLoop;
    }

    /// <summary>The method calls interface members on the parameter and uses it for nothing else.</summary>
    public bool Dispatched { get; }

    /// <summary>One of those calls is inside a hot loop of the method.</summary>
    public bool DispatchedInHotLoop { get; }

}
