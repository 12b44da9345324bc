namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// The dispatch profile of one compilation (the <c>dispatch-profile.json</c> AdditionalFile), indexed by
/// (containing member ID, callee ID, ordinal). <see cref="None"/> when the project has no profile.
/// </summary>
internal sealed class DispatchProfile
{
    public static readonly DispatchProfile None = new();

    private DispatchProfile()
    {
    }

    /// <summary>Whether the compilation has a usable profile.</summary>
    public bool IsPresent => false;

    /// <summary>Whether the profile measured <paramref name="containingMember"/> at all (a site of it missing from a measured member is cold).</summary>
    public bool Covers(ISymbol containingMember) => false;

    /// <summary>The measurement of the call or property access <paramref name="site"/> (an invocation, property reference or foreach), or null.</summary>
    public MeasuredSite? Find(IOperation site, ISymbol containingMember, CancellationToken cancellationToken) => null;
}
