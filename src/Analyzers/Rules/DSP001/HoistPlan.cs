namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP001's hoist fix, decided: the loop to copy once per type, the receiver to test, the types in the order they are
/// tested, and every dispatched access on the receiver inside the loop that the copies call directly. The analyzer
/// offers the fix exactly when <see cref="Create"/> returns a plan; the fixer builds the same plan on the current
/// document and applies it without further checks.
/// </summary>
internal sealed class HoistPlan
{
    private readonly ILoopOperation _loopOperation;

    private HoistPlan(ILoopOperation loopOperation, StatementSyntax loop, Receiver receiver, ImmutableArray<INamedTypeSymbol> types, ImmutableArray<DispatchSite> targets)
    {
        _loopOperation = loopOperation;
        Loop = loop;
        Receiver = receiver;
        Types = types;
        Targets = targets;
    }

    /// <summary>The loop statement to hoist the type checks out of.</summary>
    public StatementSyntax Loop { get; }

    public Receiver Receiver { get; }

    /// <summary>The concrete types to test for, in order.</summary>
    public ImmutableArray<INamedTypeSymbol> Types { get; }

    /// <summary>The dispatched accesses on the receiver in the loop (outside lambdas and local functions).</summary>
    public ImmutableArray<DispatchSite> Targets { get; }

    /// <summary>
    /// The variables each typed copy works on through its own local (see <see cref="LoopLocalCopies"/>). Computed on
    /// demand: it never decides whether the fix is offered, so the analyzer does not pay for it.
    /// </summary>
    public LoopLocalCopies LocalCopies(CancellationToken cancellationToken) => LoopLocalCopies.For(_loopOperation, cancellationToken);

    /// <summary>
    /// The plan, or null when hoisting could change behaviour or break the build: the receiver must be a stable,
    /// loop-invariant local (not ref) or by-value parameter, a readonly field of this (or static), or <c>this</c>; each
    /// type <see cref="ImplementationIndex.IsHoistable"/> for the reported member and accessible here; the loop parses
    /// cleanly, carries no label and declares none, and contains no <c>goto</c> (copies would duplicate them).
    /// </summary>
    public static HoistPlan? Create(
        DispatchSite site, ILoopOperation loop, ImmutableArray<INamedTypeSymbol> types, FunctionFacts facts, ISymbol within, CancellationToken cancellationToken)
    {
        // Only a receiver the model can name, that holds one value for the whole loop, can be tested once before it.
        if (!Receiver.TryCreate(site.Instance, out var receiver) || !IsStable(receiver, facts, cancellationToken)
            || !LoopInvariance.IsInvariant(receiver, loop, facts) || receiver.Type is null)
        {
            return null;
        }

        var compilation = loop.SemanticModel!.Compilation;
        var containingType = within as INamedTypeSymbol ?? within.ContainingType;
        // Nothing to test for, or a type the copy could not name or call directly.
        if (types.IsDefaultOrEmpty || containingType is null
            || types.Any(t => !ImplementationIndex.IsHoistable(t, site.Member) || !compilation.IsSymbolAccessibleWithin(t, containingType)))
        {
            return null;
        }

        // Copies of a labelled loop, or of labels and gotos inside it, would not compile; nor is broken syntax copied.
        if (loop.Syntax is not StatementSyntax statement || statement.Parent is LabeledStatementSyntax
            || statement.DescendantNodes().Any(n => n is LabeledStatementSyntax or GotoStatementSyntax)
            || !SyntaxGuard.ParsesCleanly(statement))
        {
            return null;
        }

        var targets = FindTargets(loop, receiver);
        // The reported access must be among the accesses the copies call directly.
        return targets.Any(t => t.Operation == site.Operation) ? new HoistPlan(loop, statement, receiver, types, targets) : null;
    }

    private static bool IsStable(Receiver receiver, FunctionFacts facts, CancellationToken cancellationToken)
        => receiver.Kind switch
        {
            ReceiverKinds.This => true,
            ReceiverKinds.ReadOnlyField => true,
            ReceiverKinds.Local => receiver.Symbol is ILocalSymbol { IsRef: false } && facts.IsStable(receiver.Symbol, cancellationToken),
            ReceiverKinds.Parameter => receiver.Symbol is IParameterSymbol { RefKind: RefKind.None } && facts.IsStable(receiver.Symbol, cancellationToken),
            _ => false,
        };

    private static ImmutableArray<DispatchSite> FindTargets(ILoopOperation loop, Receiver receiver)
    {
        var builder = ImmutableArray.CreateBuilder<DispatchSite>();
        foreach (var operation in loop.DescendantsAndSelf())
        {
            if (operation.Kind is OperationKind.Invocation or OperationKind.PropertyReference
                && !OperationFacts.IsInsideNestedFunction(operation, loop) && !OperationFacts.IsInsideNameOf(operation)
                && DispatchSite.TryCreate(operation, out var target)
                && Receiver.TryCreate(target.Instance, out var other) && other.SameAs(receiver))
            {
                builder.Add(target);
            }
        }

        return builder.ToImmutable();
    }
}
