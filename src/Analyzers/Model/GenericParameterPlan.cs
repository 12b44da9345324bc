using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>
/// The "make generic over the parameter" fix (DSP001 and DSP003), decided: <c>Sum(IShape shape)</c> becomes
/// <c>Sum&lt;TShape&gt;(TShape shape) where TShape : IShape</c>, in place or behind a forwarding overload. The analyzers
/// offer the fix exactly when <see cref="Create"/> returns a plan; the fixers build the same plan on the current
/// solution and apply it without further checks.
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
internal sealed class GenericParameterPlan
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
        parameter = parameter.OriginalDefinition;
        // Only a by-value interface parameter of an ordinary method with one body of its own can be retyped.
        if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.Type.TypeKind != TypeKind.Interface
            || parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || method.IsExtern || method.IsAbstract || method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null
            || !method.ExplicitInterfaceImplementations.IsEmpty
            || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration
            || (declaration.Body is null && declaration.ExpressionBody is null)
            || declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            || parameter.Ordinal >= declaration.ParameterList.Parameters.Count || declaration.ParameterList.Parameters[parameter.Ordinal].Type is null
            || !compilation.ContainsSyntaxTree(declaration.SyntaxTree) || !SyntaxGuard.ParsesCleanly(declaration))
        {
            return null;
        }

        var model = finder.GetModel(declaration.SyntaxTree);
        // Half-typed code has no operation tree; a use other than as a receiver could tell a copy from the box.
        if (model.GetOperation(declaration, cancellationToken) is not { } body || !UsedOnlyAsReceiver(parameter, body))
        {
            return null;
        }

        // Another method of that name could win or lose calls once this one takes the argument's own type.
        if (HasOtherOverloads(method, compilation))
        {
            return null;
        }

        var sites = CallSite.Find(method, parameter, finder, cancellationToken);
        string Name() => ChooseTypeParameterName(model, declaration, method, parameter);
        if (CanChangeSignature(method, visibility) && sites.All(site => site.ArgumentType is not null))
        {
            var addStruct = sites.Count > 0 && sites.All(site => site.ArgumentType!.IsValueType) && !UsesConditionalAccess(declaration, parameter, model, cancellationToken);
            return new GenericParameterPlan(declaration, parameter.Ordinal, Name, inPlace: true, addStruct, privateOverload: false);
        }

        var overridable = (method.IsVirtual || (method.IsOverride && !method.IsSealed)) && !method.ContainingType.IsSealed;
        // Inside the type, a call with a concrete argument would bind to the private overload and skip overrides.
        if (overridable && sites.Any(site => site.ArgumentType is not null && IsInside(site.Name, method.ContainingType)
            && !SymbolEqualityComparer.Default.Equals(site.ArgumentType, parameter.Type)))
        {
            return null;
        }

        return new GenericParameterPlan(declaration, parameter.Ordinal, Name, inPlace: false, addStructConstraint: false, overridable);
    }

    /// <summary>
    /// Every reference is the receiver of a member whose call behaves the same on a struct copy as on the box. Not a default
    /// interface member: called on a struct type parameter, the runtime boxes a fresh copy for it, so what it changes
    /// through the struct's own members is lost, where the box kept it.
    /// </summary>
    private static bool UsedOnlyAsReceiver(IParameterSymbol parameter, IOperation body)
        => body.DescendantsAndSelf().All(operation => operation is not IParameterReferenceOperation reference
            || !SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter)
            || reference.Parent switch
            {
                IInvocationOperation invocation => invocation.Instance == reference && !IsDefaultInterfaceMember(invocation.TargetMethod),
                IPropertyReferenceOperation property => property.Instance == reference && !IsDefaultInterfaceMember(property.Property),
                IEventReferenceOperation @event => @event.Instance == reference && !IsDefaultInterfaceMember(@event.Event),
                INameOfOperation => true,
                _ => false,
            });

    private static bool IsDefaultInterfaceMember(ISymbol member)
        => member.ContainingType?.TypeKind == TypeKind.Interface && !member.IsAbstract && !member.IsStatic;

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

    /// <summary>
    /// Methods of the same name in the type or its bases (the generic overload a previous rewrite made, too), or other
    /// extension methods of that name in source: a call that bound to one of them could bind to the generic one instead.
    /// </summary>
    private static bool HasOtherOverloads(IMethodSymbol method, Compilation compilation)
    {
        for (var type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(method.Name).Any(m => !SymbolEqualityComparer.Default.Equals(m, method)))
            {
                return true;
            }
        }

        return method.IsExtensionMethod && compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member).Any(
            m => m is IMethodSymbol { IsExtensionMethod: true } && !SymbolEqualityComparer.Default.Equals(m, method));
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
