namespace DispatchAnalyzers.Model;

/// <summary>
/// The "make generic over the parameter" fix (DSP001 and DSP003), decided: <c>Sum(IShape shape)</c> becomes
/// <c>Sum&lt;TShape&gt;(TShape shape) where TShape : IShape</c>, in place or behind a forwarding overload. The analyzers
/// offer the fix exactly when <see cref="Create"/> would return a plan (<see cref="Applies"/>, the same checks without
/// the caller search where it cannot change the answer); the fixers build the plan on the current solution and apply it
/// without further checks.
/// </summary>
/// <remarks>
/// Safe when: the parameter is an interface-typed by-value parameter (not params) of an ordinary method declared once,
/// with a body, that parses cleanly (not partial, extern, abstract, or an explicit interface implementation); the body
/// uses it only as the receiver of member accesses (so a boxed reference and a struct copy cannot be told apart), none
/// of them a default interface member; and no other method of that name exists (overload resolution could move calls).
/// In place when no caller can observe the signature change (<see cref="AssemblyVisibility"/> says nothing outside sees
/// it; not virtual, override, abstract nor an interface implementation) and every reference is a call whose argument
/// inference can type; then <c>struct</c> is added when every argument is a value type and the body has no <c>?.</c> on
/// the parameter. Otherwise the original forwards to a new generic overload, private when the method is overridable,
/// and then not at all when a call inside the type passes a concrete type (it would bind to the overload and skip overrides).
/// </remarks>
internal sealed partial class GenericParameterPlan
{
    private readonly Lazy<string> _typeParameterName;

    private GenericParameterPlan(MethodDeclarationSyntax method, int ordinal, Func<string> typeParameterName, bool inPlace, bool addStructConstraint, bool privateOverload)
    {
        Method = method;
        Ordinal = ordinal;
        _typeParameterName = new Lazy<string>(typeParameterName);
        InPlace = inPlace;
        AddStructConstraint = addStructConstraint;
        PrivateOverload = privateOverload;
    }

    public MethodDeclarationSyntax Method { get; }

    public int Ordinal { get; }

    /// <summary>The new type parameter's name, chosen when the fix asks (looking names up is the plan's costliest part, and the analyzer never needs it).</summary>
    public string TypeParameterName => _typeParameterName.Value;

    /// <summary>The signature changes in place; otherwise the original forwards to a generic overload.</summary>
    public bool InPlace { get; }

    public bool AddStructConstraint { get; }

    /// <summary>The generic overload is private (the original is overridable).</summary>
    public bool PrivateOverload { get; }

    public static GenericParameterPlan? Create(IParameterSymbol parameter, Compilation compilation, CancellationToken cancellationToken)
        => Create(parameter, new SymbolReferenceFinder(compilation), new AssemblyVisibility(compilation), compilation, cancellationToken);

    public static GenericParameterPlan? Create(
        IParameterSymbol parameter, SymbolReferenceFinder finder, AssemblyVisibility visibility, Compilation compilation, CancellationToken cancellationToken)
    {
        if (FindTarget(parameter, finder, compilation, cancellationToken) is not var (retyped, method, declaration, model))
        {
            return null;
        }

        var sites = CallSite.Find(method, retyped, finder, cancellationToken);
        string Name() => ChooseTypeParameterName(model, declaration, method, retyped);
        if (CanChangeSignature(method, visibility) && sites.All(site => site.ArgumentType is not null))
        {
            var addStruct = sites.Count > 0 && sites.All(site => site.ArgumentType!.IsValueType) && !UsesConditionalAccess(declaration, retyped, model, cancellationToken);
            return new GenericParameterPlan(declaration, retyped.Ordinal, Name, inPlace: true, addStruct, privateOverload: false);
        }

        var overridable = IsOverridable(method);
        return overridable && CalledInsideWithConcreteArgument(method, retyped, sites)
            ? null
            : new GenericParameterPlan(declaration, retyped.Ordinal, Name, inPlace: false, addStructConstraint: false, overridable);
    }

    /// <summary>
    /// Whether <see cref="Create"/> returns a plan, without building it: the callers, which only shape the plan (in place or
    /// an overload, <c>struct</c> or not), are searched only for an overridable method, where they can rule it out.
    /// </summary>
    public static bool Applies(IParameterSymbol parameter, SymbolReferenceFinder finder, Compilation compilation, CancellationToken cancellationToken)
        => FindTarget(parameter, finder, compilation, cancellationToken) is var (retyped, method, _, _)
        && !(IsOverridable(method) && CalledInsideWithConcreteArgument(method, retyped, CallSite.Find(method, retyped, finder, cancellationToken)));

    /// <summary>Inside the type, a call with a concrete argument would bind to the private overload and skip overrides.</summary>
    private static bool CalledInsideWithConcreteArgument(IMethodSymbol method, IParameterSymbol parameter, IReadOnlyCollection<CallSite> sites)
        => sites.Any(site => site.ArgumentType is not null && IsInside(site.Name, method.ContainingType)
            && !SymbolEqualityComparer.Default.Equals(site.ArgumentType, parameter.Type));

    private static bool CanChangeSignature(IMethodSymbol method, AssemblyVisibility visibility)
    {
        if (visibility.IsVisibleOutside(method) || method.IsVirtual || method.IsOverride || method.IsAbstract)
        {
            return false;
        }

        var type = method.ContainingType;
        return !type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(
            member => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method));
    }

    private static bool IsInside(SyntaxNode node, INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == node.SyntaxTree && reference.Span.Contains(node.Span));

    /// <summary><c>shape?.Area()</c> does not compile on a struct-constrained type parameter.</summary>
    private static bool UsesConditionalAccess(MethodDeclarationSyntax method, IParameterSymbol parameter, SemanticModel model, CancellationToken cancellationToken)
        => method.DescendantNodes().OfType<ConditionalAccessExpressionSyntax>().Any(
            access => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression, cancellationToken).Symbol, parameter));

    private static string ChooseTypeParameterName(SemanticModel model, MethodDeclarationSyntax method, IMethodSymbol symbol, IParameterSymbol parameter)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        NameGenerator.AddIdentifiers(method, taken);
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            taken.UnionWith(type.TypeParameters.Select(p => p.Name));
        }

        // Only the names tried are looked up: every type in scope is as many symbols as the compilation and its usings have.
        var position = method.ParameterList.SpanStart;
        return NameGenerator.MakeUnique(
            NameGenerator.TypeParameterNameFor(parameter.Type.Name), taken, candidate => !model.LookupNamespacesAndTypes(position, name: candidate).IsEmpty);
    }
}
