namespace DispatchAnalyzers.Model;

/// <summary>What a method in source does with one of its interface-typed parameters, as far as boxing is concerned.</summary>
internal sealed class ParameterDispatch
{
    /// <summary>The parameter is not dispatched on, its value escapes, or the method cannot be analysed.</summary>
    public static readonly ParameterDispatch None = new(dispatched: false, dispatchedInHotLoop: false, canMakeGeneric: false);

    public ParameterDispatch(bool dispatched, bool dispatchedInHotLoop, bool canMakeGeneric)
    {
        Dispatched = dispatched;
        DispatchedInHotLoop = dispatchedInHotLoop;
        CanMakeGeneric = canMakeGeneric;
    }

    /// <summary>The method calls interface members on the parameter and uses it for nothing else.</summary>
    public bool Dispatched { get; }

    /// <summary>One of those calls is inside a hot loop of the method.</summary>
    public bool DispatchedInHotLoop { get; }

    /// <summary><see cref="FixEligibility.IsRewritableAsGeneric"/> holds for the parameter.</summary>
    public bool CanMakeGeneric { get; }
}
