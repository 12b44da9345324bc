using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model;

/// <summary>
/// The concrete types that reach a parameter (through the arguments of every call site of its method) or a private
/// field (through every store into it), across the whole compilation. Each answer is computed once per compilation,
/// on first demand, and cached.
/// </summary>
/// <remarks>
/// To stay cheap it never binds a whole tree: it asks the <see cref="SymbolReferenceFinder"/> for the names spelled like
/// the method or field (a private member only in its type's declarations), binds only those names (one semantic model
/// per tree for the whole compilation), and keeps the ones that resolve to the symbol. A reference the model cannot classify (method group, ref/out, compound store) makes the set incomplete,
/// and so does a member that code outside the compilation can call or override. What the call sites in one tree
/// contribute to a parameter's set is kept across edits (<see cref="TreeByTreeSearch"/>): the next edit, which only
/// changes bodies elsewhere, binds the edited trees and takes the others' from there.
/// </remarks>
internal sealed class ReachingTypesIndex
{
    private readonly TreeByTreeSearch _search;
    private readonly SymbolReferenceFinder _finder;
    private readonly AssemblyVisibility _visibility;
    private readonly SymbolCache<ISymbol, ReachingTypeSet> _cache = new();

    public ReachingTypesIndex(TreeByTreeSearch search, SymbolReferenceFinder finder, AssemblyVisibility visibility)
    {
        _search = search;
        _finder = finder;
        _visibility = visibility;
    }

    public ReachingTypeSet ForParameter(IParameterSymbol parameter, CancellationToken cancellationToken)
        => _cache.GetOrCompute(parameter, this, static (symbol, self, token) => self.ComputeForParameter((IParameterSymbol)symbol, token), cancellationToken);

    public ReachingTypeSet ForField(IFieldSymbol field, CancellationToken cancellationToken)
        => _cache.GetOrCompute(field, this, static (symbol, self, token) => self.ComputeForField((IFieldSymbol)symbol, token), cancellationToken);

    private ReachingTypeSet ComputeForParameter(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        // Lambdas, constructors, operators and accessors are not called by a name we can search for.
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } method
            || parameter.RefKind != RefKind.None)
        {
            return ReachingTypeSet.Unknown;
        }

        var builder = new ReachingTypeSet.Builder();
        if (_visibility.IsVisibleToNonFriends(method) || method.IsVirtual || method.IsOverride || method.IsAbstract || ImplementsInterface(method))
        {
            builder.MarkIncomplete();
        }

        _search.Run(method, "argument " + parameter.Ordinal, builder, scope => AddCallSites(builder, method, parameter, scope, cancellationToken), cancellationToken);
        return builder.ToSet();
    }

    /// <summary>Adds the arguments that the calls of <paramref name="method"/> in <paramref name="scope"/> pass to <paramref name="parameter"/>.</summary>
    private void AddCallSites(ReachingTypeSet.Builder builder, IMethodSymbol method, IParameterSymbol parameter, (SyntaxTree Tree, TextSpan Span) scope, CancellationToken cancellationToken)
    {
        var definition = method.OriginalDefinition;
        foreach (var (name, model) in _finder.FindNames(method, scope, cancellationToken))
        {
            var symbolInfo = model.GetSymbolInfo(name, cancellationToken);
            if (!SymbolEqualityComparer.Default.Equals(CallSite.Unreduced(symbolInfo.Symbol)?.OriginalDefinition, definition))
            {
                if (symbolInfo.CandidateSymbols.Any(c => SymbolEqualityComparer.Default.Equals(CallSite.Unreduced(c)?.OriginalDefinition, definition)))
                {
                    builder.MarkIncomplete();
                }

                continue;
            }

            if (IsInsideNameOf(name))
            {
                continue;
            }

            var invocation = model.GetOperation(InvocationOf(name) ?? name, cancellationToken) as IInvocationOperation;
            var argument = invocation?.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
            if (argument is null || argument.ArgumentKind == ArgumentKind.ParamArray)
            {
                // A method group, a delegate conversion: calls we cannot see.
                builder.MarkIncomplete();
                continue;
            }

            builder.Add(argument.Value);
        }
    }

    private ReachingTypeSet ComputeForField(IFieldSymbol field, CancellationToken cancellationToken)
    {
        // Code in other types can store into a non-private field.
        if (field.DeclaredAccessibility != Accessibility.Private)
        {
            return ReachingTypeSet.Unknown;
        }

        var builder = new ReachingTypeSet.Builder();
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                var model = _finder.GetModel(initializer.SyntaxTree);
                if (model.GetOperation(initializer, cancellationToken) is IFieldInitializerOperation fieldInitializer)
                {
                    builder.Add(fieldInitializer.Value);
                }
            }
        }

        foreach (var (name, model) in _finder.FindNames(field, cancellationToken))
        {
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, field))
            {
                continue;
            }

            SyntaxNode node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            var reference = model.GetOperation(node, cancellationToken);

            if (reference is not null)
            {
                builder.AddWriteTo(reference);
            }
        }

        return builder.ToSet();
    }

    private static SyntaxNode? InvocationOf(SimpleNameSyntax name)
    {
        SyntaxNode expression = name.Parent is MemberAccessExpressionSyntax access && access.Name == name
            ? access
            : name.Parent is MemberBindingExpressionSyntax binding ? binding : name;
        return expression.Parent is InvocationExpressionSyntax invocation && invocation.Expression == expression ? invocation : null;
    }

    private static bool IsInsideNameOf(SyntaxNode node)
        => node.Ancestors().OfType<InvocationExpressionSyntax>().Any(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });

    private static bool ImplementsInterface(IMethodSymbol method)
        => method.ExplicitInterfaceImplementations.Length > 0
        || method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers(method.Name))
            .Any(m => SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(m), method));
}
