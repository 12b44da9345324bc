namespace DispatchAnalyzers.Model;

/// <summary>Whether code in another assembly can see a symbol of this compilation: the one answer every rule and fix uses.</summary>
internal sealed class AssemblyVisibility
{
    private readonly bool _hasInternalsVisibleTo;

    public AssemblyVisibility(Compilation compilation)
    {
        var attribute = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.InternalsVisibleToAttribute");
        _hasInternalsVisibleTo = attribute is not null
            && compilation.Assembly.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
    }

    /// <summary>Public or protected all the way out, or internal when the assembly has <c>InternalsVisibleTo</c>.</summary>
    public bool IsVisibleOutside(ISymbol symbol)
    {
        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Private:
                    return false;
                case Accessibility.Internal or Accessibility.ProtectedAndInternal when !_hasInternalsVisibleTo:
                    return false;
            }
        }

        return true;
    }
}
