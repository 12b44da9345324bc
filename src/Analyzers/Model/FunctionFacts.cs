using System.Collections.Concurrent;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Facts about one operation block (a method, accessor, constructor, lambda-free initializer), computed on first use
/// and shared by every operation of the block: which symbols each loop writes, which symbols are written from nested
/// functions or aliased by <c>ref</c>, and every value stored into each local.
/// </summary>
internal sealed class FunctionFacts
{
    private readonly ImmutableArray<IOperation> _blocks;
    private readonly ConcurrentDictionary<ILoopOperation, HashSet<ISymbol>> _writtenInLoop = new();
    private readonly ConcurrentDictionary<ISymbol, ReceiverUses> _receiverUses = new(SymbolEqualityComparer.Default);
    private Summary? _summary;

    public FunctionFacts(ImmutableArray<IOperation> blocks)
    {
        _blocks = blocks;
    }

    /// <summary>Fresh facts of the operation block <paramref name="operation"/> belongs to (a fix's view of one document version).</summary>
    public static FunctionFacts ForBlockOf(IOperation operation)
    {
        var root = operation;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return new FunctionFacts(ImmutableArray.Create(root));
    }

    /// <summary>Whether the loop (any of its parts, nested functions included) assigns or takes a reference to the symbol.</summary>
    public bool IsWrittenIn(ILoopOperation loop, ISymbol symbol)
        => _writtenInLoop.GetOrAdd(loop, static l =>
        {
            var written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            Walk(l, (s, _, _) => written.Add(s), valueSink: null);
            return written;
        }).Contains(symbol);

    /// <summary>
    /// Whether a local or parameter holds one value for the whole loop in a way a rewrite can rely on: never written from
    /// a lambda or local function (which could run inside the loop) and never aliased by ref, out, a ref local or address-of.
    /// </summary>
    public bool IsStable(ISymbol symbol, CancellationToken cancellationToken)
        => !GetSummary(cancellationToken).Unstable.Contains(symbol);

    /// <summary>Every value assigned to the local in this block (initializer included); null when one of them is a deconstruction or a ref.</summary>
    public ImmutableArray<IOperation>? ValuesStoredInto(ILocalSymbol local, CancellationToken cancellationToken)
    {
        var summary = GetSummary(cancellationToken);
        if (summary.Unstable.Contains(local) || summary.OpaqueWrites.Contains(local))
        {
            return null;
        }

        return summary.Values.TryGetValue(local, out var values) ? values.ToImmutableArray() : ImmutableArray<IOperation>.Empty;
    }

    /// <summary>How the local or parameter is used in this block (nested functions included); computed once per symbol.</summary>
    public ReceiverUses ReceiverUsesOf(ISymbol symbol)
        => _receiverUses.GetOrAdd(symbol, s => ReceiverUses.Collect(s, AllOperations()));

    /// <summary>All operations of the block, in tree order.</summary>
    public IEnumerable<IOperation> AllOperations()
    {
        foreach (var block in _blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                yield return operation;
            }
        }
    }

    private Summary GetSummary(CancellationToken cancellationToken)
    {
        if (_summary is { } summary)
        {
            return summary;
        }

        summary = new Summary();
        foreach (var block in _blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Walk(
                block,
                (symbol, inNestedFunction, kind) =>
                {
                    if (inNestedFunction || kind == WriteKind.Alias)
                    {
                        summary.Unstable.Add(symbol);
                    }
                    else if (kind == WriteKind.Opaque)
                    {
                        summary.OpaqueWrites.Add(symbol);
                    }
                },
                (local, value) =>
                {
                    if (!summary.Values.TryGetValue(local, out var list))
                    {
                        summary.Values[local] = list = new List<IOperation>();
                    }

                    list.Add(value);
                });
        }

        return Interlocked.CompareExchange(ref _summary, summary, null) ?? summary;
    }

    private enum WriteKind
    {
        /// <summary>A plain store whose value is known.</summary>
        Assign,

        /// <summary>A store whose value the model does not see (compound, deconstruction, out argument).</summary>
        Opaque,

        /// <summary>A reference to the storage escapes: ref/out argument, ref local, address-of.</summary>
        Alias,
    }

    private static void Walk(IOperation root, System.Action<ISymbol, bool, WriteKind> onWrite, System.Action<ILocalSymbol, IOperation>? valueSink)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                    Report(assignment.Target, assignment.IsRef ? WriteKind.Opaque : WriteKind.Assign);
                    if (assignment.IsRef)
                    {
                        Report(assignment.Value, WriteKind.Alias);
                    }
                    else if (valueSink is not null && OperationFacts.ReferencedSymbol(assignment.Target) is ILocalSymbol target)
                    {
                        valueSink(target, assignment.Value);
                    }

                    break;
                case ICoalesceAssignmentOperation coalesce:
                    Report(coalesce.Target, WriteKind.Assign);
                    if (valueSink is not null && OperationFacts.ReferencedSymbol(coalesce.Target) is ILocalSymbol coalesced)
                    {
                        valueSink(coalesced, coalesce.Value);
                    }

                    break;
                case ICompoundAssignmentOperation compound:
                    Report(compound.Target, WriteKind.Opaque);
                    break;
                case IIncrementOrDecrementOperation increment:
                    Report(increment.Target, WriteKind.Opaque);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    ReportTuple(deconstruction.Target);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                    Report(argument.Value, WriteKind.Alias);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.In } argument:
                    Report(argument.Value, WriteKind.Alias);
                    break;
                case IAddressOfOperation addressOf:
                    Report(addressOf.Reference, WriteKind.Alias);
                    break;
                case IVariableDeclaratorOperation declarator when declarator.Symbol.IsRef:
                    Report(declarator.GetVariableInitializer()?.Value, WriteKind.Alias);
                    break;
                case IVariableDeclaratorOperation declarator when valueSink is not null && declarator.GetVariableInitializer() is { } initializer:
                    valueSink(declarator.Symbol, initializer.Value);
                    break;
                case IReturnOperation { ReturnedValue: { } returned } when returned.Syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.RefExpressionSyntax:
                    Report(returned, WriteKind.Alias);
                    break;
            }

            void Report(IOperation? target, WriteKind kind)
            {
                if (OperationFacts.ReferencedSymbol(target) is { } symbol)
                {
                    onWrite(symbol, OperationFacts.IsInsideNestedFunction(operation, root), kind);
                }
            }

            void ReportTuple(IOperation target)
            {
                if (target is ITupleOperation tuple)
                {
                    foreach (var element in tuple.Elements)
                    {
                        ReportTuple(element);
                    }
                }
                else if (target is IDeclarationExpressionOperation)
                {
                    // `var (a, b) = ...` declares new locals; nothing existing is written.
                }
                else
                {
                    Report(target, WriteKind.Opaque);
                }
            }
        }
    }

    private sealed class Summary
    {
        public HashSet<ISymbol> Unstable { get; } = new(SymbolEqualityComparer.Default);

        public HashSet<ISymbol> OpaqueWrites { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ILocalSymbol, List<IOperation>> Values { get; } = new(SymbolEqualityComparer.Default);
    }
}
