namespace DispatchAnalyzers.Model;

/// <summary>Whether code in another assembly can see a symbol of this compilation: the one answer every rule and fix uses.</summary>
internal sealed class AssemblyVisibility
{
    private readonly Lazy<bool> _hasInternalsVisibleTo;

    public AssemblyVisibility(Compilation compilation)
    {
        // Binding the assembly's attributes is paid by the first question about friends (a fix's safety), not when the
        // analysis starts: in a project with many assembly attributes it was a third of the analyzers' time.
        _hasInternalsVisibleTo = new Lazy<bool>(() => compilation.Assembly.GetAttributes()
            .Any(a => WellKnownType.Is(a.AttributeClass, "System.Runtime.CompilerServices.InternalsVisibleToAttribute")));
    }

    /// <summary>Public or protected all the way out, or internal when the assembly has <c>InternalsVisibleTo</c>.</summary>
    public bool IsVisibleOutside(ISymbol symbol) => IsVisibleOutside(symbol, _hasInternalsVisibleTo.Value);

    /// <summary>
    /// Whether code in another assembly, not a friend, can call, implement or derive from <paramref name="symbol"/>: public
    /// or protected all the way out. Friend assemblies (<c>InternalsVisibleTo</c>, most often tests) are not counted: a
    /// mock in a test does not reach the hot loops of the product. For what reaches a receiver only (a severity, a
    /// message, the order of a fix's type tests, which keeps its fallback), never for whether a fix is safe.
    /// </summary>
    public bool IsVisibleToNonFriends(ISymbol symbol) => IsVisibleOutside(symbol, friends: false);

    private static bool IsVisibleOutside(ISymbol symbol, bool friends)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Private:
                    return false;
                case Accessibility.Internal or Accessibility.ProtectedAndInternal when !friends:
                    return false;
            }
        }

        return true;
    }
}
