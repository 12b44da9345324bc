namespace DispatchAnalyzers.Rules;

/// <summary>
/// For an interface-typed parameter of a method in source: does the method dispatch on it (and in a hot loop), and is
/// the value used for nothing else? Answers the question a call site asks before boxing a struct into that parameter.
/// Each answer is computed once per compilation, on first demand, and cached.
/// </summary>
/// <remarks>
/// Only methods whose call goes to the body we read qualify: ordinary, non-virtual, non-abstract, non-override methods
/// of a class or struct, declared once in this compilation with a body. The body is bound once (its operation tree)
/// and walked with the same <see cref="FunctionFacts"/>, <see cref="DispatchSite"/> and <see cref="HotLoopModel"/> the
/// rules use on the code they analyse, under the options of the callee's own file.
/// </remarks>
internal sealed class ParameterDispatchIndex
{
    private readonly Compilation _compilation;
    private readonly DispatchModel _model;
    private readonly SymbolCache<IParameterSymbol, ParameterDispatch> _cache = new();

    public ParameterDispatchIndex(Compilation compilation, DispatchModel model)
    {
        _compilation = compilation;
        _model = model;
    }

    public ParameterDispatch For(IParameterSymbol parameter, CancellationToken cancellationToken)
        => _cache.GetOrCompute(parameter.OriginalDefinition, this, static (definition, self, token) => self.Compute(definition, token), cancellationToken);

    private ParameterDispatch Compute(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        // A ref, out, in or params parameter is not a boxed copy of the argument.
        if (parameter.RefKind != RefKind.None || parameter.IsParams || parameter.Type.TypeKind != TypeKind.Interface)
        {
            return ParameterDispatch.None;
        }

        // The call must run the body we can read: no override can replace it.
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || method.IsVirtual || method.IsAbstract || method.IsOverride || method.IsExtern
            || method.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct }
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return ParameterDispatch.None;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        // Declared elsewhere, or without a body.
        if (syntax is not MethodDeclarationSyntax declaration || (declaration.Body is null && declaration.ExpressionBody is null)
            || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
        {
            return ParameterDispatch.None;
        }

        var semanticModel = _model.References.GetModel(declaration.SyntaxTree);
        // Half-typed code may have no operation tree.
        if (semanticModel.GetOperation(declaration, cancellationToken) is not { } body)
        {
            return ParameterDispatch.None;
        }

        var facts = new FunctionFacts(ImmutableArray.Create(body));
        var uses = facts.ReceiverUsesOf(parameter);
        // Stored, passed on, compared: the box is the value the method works with.
        if (uses.Escapes)
        {
            return ParameterDispatch.None;
        }

        var options = _model.GetOptions(declaration.SyntaxTree);
        var dispatched = false;
        var inHotLoop = false;
        foreach (var access in uses.MemberAccesses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DispatchSite.TryCreate(access, out var site) && !_model.IsAsynchronous(site.Member))
            {
                dispatched = true;
                if (_model.HotLoops.FindHotLoop(access, method, options) is not null)
                {
                    inHotLoop = true;
                    break;
                }
            }
        }

        return dispatched
            ? new ParameterDispatch(dispatched: true, inHotLoop)
            : ParameterDispatch.None;
    }
}
