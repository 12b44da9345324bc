using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>One reference to the method: an invocation and the static type of the argument for the rewritten parameter.</summary>
internal sealed class CallSite
{
    public CallSite(Location location, ITypeSymbol? argumentType)
    {
        Location = location;
        ArgumentType = argumentType;
    }

    public Location Location { get; }

    /// <summary>Null when the reference is not an invocation whose argument type inference could use.</summary>
    public ITypeSymbol? ArgumentType { get; }
}
