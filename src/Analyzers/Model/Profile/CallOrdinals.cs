using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// The calls of one member (its body with its lambdas and local functions: one operation tree), numbered per callee as
/// docs/profile-format.md numbers them: by the start of the statement's sequence point (<see cref="SequencePoints"/>),
/// then in evaluation order. Made once per member by one walk of its operation tree and shared by every lookup.
/// </summary>
/// <remarks>
/// A call is what the compiler emits as <c>call</c>/<c>callvirt</c>: invocations (delegate <c>Invoke</c> included),
/// property and indexer accessors (the getter, the setter, or both for a compound assignment), event accessors, the
/// <c>GetEnumerator</c>, <c>MoveNext</c>, <c>get_Current</c> and <c>Dispose</c> of a <c>foreach</c> (none over arrays,
/// strings and spans, which compile to index loops), and the <c>Dispose</c> of a <c>using</c>. User-defined operators and
/// conversions, awaits and deconstructions are not numbered: they are static or never a dispatch site, and only calls to
/// one callee are ever compared.
/// </remarks>
internal sealed class CallOrdinals
{
    private readonly Dictionary<IMethodSymbol, List<(SyntaxNode Syntax, int Start, int Order)>> _calls = new(SymbolEqualityComparer.Default);

    private CallOrdinals(IOperation root, SemanticModel? semanticModel, CancellationToken cancellationToken)
    {
        var order = 0;
        foreach (var operation in PostOrder(root))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var callee in Callees(operation, semanticModel))
            {
                Add(callee, operation.Syntax, SequencePoints.StartOf(operation), order++);
            }
        }

        foreach (var list in _calls.Values)
        {
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        }
    }

    /// <summary>The numbering of the member <paramref name="operation"/> belongs to (the root of its operation tree).</summary>
    public static CallOrdinals For(IOperation root, CancellationToken cancellationToken)
        => new(root, root.SemanticModel, cancellationToken);

    /// <summary>
    /// The 0-based position of the call of <paramref name="callee"/> that <paramref name="syntax"/> makes among the
    /// member's calls of it; -1 when the member makes no such call there.
    /// </summary>
    public int OrdinalOf(SyntaxNode syntax, IMethodSymbol callee)
    {
        if (!_calls.TryGetValue(callee.OriginalDefinition, out var list))
        {
            return -1;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Syntax == syntax)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every numbered call: the callee's definition, its ordinal, and the syntax that makes it.</summary>
    public IEnumerable<(IMethodSymbol Callee, int Ordinal, SyntaxNode Syntax)> All
        => _calls.SelectMany(pair => pair.Value.Select((call, i) => (pair.Key, i, call.Syntax)));

    /// <summary>The methods the compiler calls for <paramref name="site"/> (an invocation, property reference or foreach), the one a profile measures first.</summary>
    public static IMethodSymbol? CalleeOf(IOperation site, SemanticModel? semanticModel)
        => site is IForEachLoopOperation { Syntax: CommonForEachStatementSyntax syntax } loop
            ? (ForEachCallees(loop, semanticModel).Any() ? semanticModel!.GetForEachStatementInfo(syntax).MoveNextMethod : null)
            : Callees(site, semanticModel).FirstOrDefault();

    private void Add(IMethodSymbol callee, SyntaxNode syntax, int start, int order)
    {
        var key = callee.OriginalDefinition;
        if (!_calls.TryGetValue(key, out var list))
        {
            _calls[key] = list = new List<(SyntaxNode, int, int)>();
        }

        list.Add((syntax, start, order));
    }

    private static IEnumerable<IMethodSymbol> Callees(IOperation operation, SemanticModel? semanticModel)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                return new[] { Emitted(invocation.TargetMethod, invocation.Instance) };
            case IPropertyReferenceOperation property when !IsInNameOf(property):
                return Accessors(property).Select(accessor => Emitted(accessor, property.Instance));
            case IEventAssignmentOperation { EventReference: IEventReferenceOperation reference } assignment:
                return Single(assignment.Adds ? reference.Event.AddMethod : reference.Event.RemoveMethod);
            case IForEachLoopOperation loop:
                return ForEachCallees(loop, semanticModel);
            case IUsingOperation or IUsingDeclarationOperation:
                return UsingCallees(operation, semanticModel);
            default:
                return Array.Empty<IMethodSymbol>();
        }
    }

    /// <summary>
    /// The method the call instruction names: for an override called through the vtable, the method it overrides at
    /// the root (the compiler emits <c>callvirt Node::Visit</c> for <c>leaf.Visit()</c>); a <c>base.</c> call names the
    /// method itself.
    /// </summary>
    private static IMethodSymbol Emitted(IMethodSymbol method, IOperation? instance)
    {
        if (instance?.Syntax is BaseExpressionSyntax)
        {
            return method;
        }

        while (method.OverriddenMethod is { } overridden)
        {
            method = overridden;
        }

        return method;
    }

    /// <summary>The getter, the setter, or the getter then the setter (compound assignment, increment).</summary>
    private static IEnumerable<IMethodSymbol> Accessors(IPropertyReferenceOperation property)
    {
        var written = property.Parent switch
        {
            ISimpleAssignmentOperation assignment when assignment.Target == property => (Read: false, Write: true),
            ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IIncrementOrDecrementOperation => (Read: true, Write: true),
            _ => (Read: true, Write: false),
        };

        // A ref-returning property is only ever read: its getter returns the storage.
        if (property.Property.ReturnsByRef)
        {
            written = (true, false);
        }

        if (written.Read && property.Property.GetMethod is { } getter)
        {
            yield return getter;
        }

        if (written.Write && property.Property.SetMethod is { } setter)
        {
            yield return setter;
        }
    }

    private static IEnumerable<IMethodSymbol> ForEachCallees(IForEachLoopOperation loop, SemanticModel? semanticModel)
    {
        // Arrays, strings and spans compile to index loops; a foreach without syntax of its own calls nothing we can name.
        if (semanticModel is null || loop.Syntax is not CommonForEachStatementSyntax syntax || IsIndexLoop(semanticModel.GetTypeInfo(syntax.Expression).Type))
        {
            return Array.Empty<IMethodSymbol>();
        }

        var info = semanticModel.GetForEachStatementInfo(syntax);
        return Single(info.GetEnumeratorMethod).Concat(Single(info.MoveNextMethod)).Concat(Single(info.CurrentProperty?.GetMethod)).Concat(Single(info.DisposeMethod));
    }

    private static IEnumerable<IMethodSymbol> UsingCallees(IOperation operation, SemanticModel? semanticModel)
    {
        var isAsync = operation is IUsingOperation { IsAsynchronous: true } or IUsingDeclarationOperation { IsAsynchronous: true };
        var disposable = semanticModel?.Compilation.GetSpecialType(SpecialType.System_IDisposable);
        var dispose = isAsync
            ? semanticModel?.Compilation.GetTypeByMetadataName("System.IAsyncDisposable")?.GetMembers("DisposeAsync").OfType<IMethodSymbol>().FirstOrDefault()
            : disposable?.GetMembers("Dispose").OfType<IMethodSymbol>().FirstOrDefault();
        var resources = operation switch
        {
            IUsingOperation { Resources: IVariableDeclarationGroupOperation group } => group.Declarations.Sum(d => d.Declarators.Length),
            IUsingOperation => 1,
            IUsingDeclarationOperation declaration => declaration.DeclarationGroup.Declarations.Sum(d => d.Declarators.Length),
            _ => 0,
        };
        return dispose is null ? Array.Empty<IMethodSymbol>() : Enumerable.Repeat(dispose, resources);
    }

    private static bool IsIndexLoop(ITypeSymbol? collection)
        => collection is IArrayTypeSymbol or { SpecialType: SpecialType.System_String }
            || collection is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    private static IEnumerable<IMethodSymbol> Single(IMethodSymbol? method)
        => method is null ? Array.Empty<IMethodSymbol>() : new[] { method };

    private static bool IsInNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Children before parents, left to right: the order the compiler emits the calls of one statement in.</summary>
    private static IEnumerable<IOperation> PostOrder(IOperation root)
    {
        var stack = new Stack<(IOperation Operation, bool Expanded)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (operation, expanded) = stack.Pop();
            if (expanded)
            {
                yield return operation;
                continue;
            }

            stack.Push((operation, true));
            var children = operation.ChildOperations.ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }
    }
}
