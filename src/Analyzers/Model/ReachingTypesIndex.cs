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
/// contribute to a parameter's set is kept with the tree (<see cref="UnchangedTreeCache{TValue}"/>) by a compilation
/// made by an edit (in the IDE), so the next edit, which only changes bodies elsewhere, binds the edited trees and takes
/// the others' from there. A compilation that is not an edit of an earlier one (a build) keeps nothing.
/// </remarks>
internal sealed class ReachingTypesIndex
{
    private static readonly UnchangedTreeCache<RecordedValues> CallSitesByTree = new();
    private readonly Compilation _compilation;
    private readonly SymbolReferenceFinder _finder;
    private readonly AssemblyVisibility _visibility;
    private readonly SymbolCache<ISymbol, ReachingTypeSet> _cache = new();
    private readonly TypeIds _typeIds;
    private int _treesBound;

    public ReachingTypesIndex(Compilation compilation, SymbolReferenceFinder finder, AssemblyVisibility visibility)
    {
        _compilation = compilation;
        _finder = finder;
        _visibility = visibility;
        _typeIds = new TypeIds(compilation);
    }

    /// <summary>How many trees the parameter searches have bound call sites in (the others' came from the cache).</summary>
    internal int TreesBound => Volatile.Read(ref _treesBound);

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

        // A local function has no ID to key its call sites by; it is searched for in its own type only.
        var key = method.MethodKind == MethodKind.Ordinary ? DocumentationCommentId.CreateDeclarationId(method.OriginalDefinition) + "#" + parameter.Ordinal : null;
        var stamp = key is not null && DeclarationStamp.For(_compilation, cancellationToken) is (var found, IsEdit: true) ? found : null;
        foreach (var scope in _finder.Scopes(method, cancellationToken))
        {
            // A private method's scopes are its type's declarations: several may share a tree.
            var scopeKey = stamp is null ? null : key + "@" + scope.Span.Start;
            if (scopeKey is not null && CallSitesByTree.Get(scope.Tree, scopeKey, stamp!) is { } recorded && recorded.TryAddTo(builder, _typeIds))
            {
                continue;
            }

            Interlocked.Increment(ref _treesBound);
            if (scopeKey is null)
            {
                AddCallSites(builder, method, parameter, scope, cancellationToken);
                continue;
            }

            builder.StartRecording();
            AddCallSites(builder, method, parameter, scope, cancellationToken);
            if (builder.StopRecording() is { } values && RecordedValues.From(values, _typeIds) is { } portable)
            {
                CallSitesByTree.Set(scope.Tree, scopeKey, stamp!, portable);
            }
        }

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
