namespace DispatchAnalyzers.Rules;

/// <summary>Whether a receiver holds the same object on every iteration of a loop.</summary>
/// <remarks>
/// Invariant: a local declared outside the loop or a by-value parameter that the loop never writes (nor passes by
/// ref/out/in, nor aliases); <c>this</c>; a readonly field; a field of <c>this</c> or a static field that the loop does
/// not assign. The last is a heuristic (a call in the loop could store into the field), good enough to report and
/// never used to rewrite code.
/// </remarks>
internal static class LoopInvariance
{
    public static bool IsInvariant(Receiver receiver, ILoopOperation loop, FunctionFacts facts)
    {
        switch (receiver.Symbol)
        {
            case null:
                return receiver.Kind == ReceiverKinds.This;
            case ILocalSymbol local:
                // A local declared in the loop (the foreach variable too) is a new value each iteration.
                return !local.DeclaringSyntaxReferences.Any(r => loop.Syntax.Span.Contains(r.Span)) && !facts.IsWrittenIn(loop, local);
            case IParameterSymbol parameter:
                return parameter.RefKind == RefKind.None && !facts.IsWrittenIn(loop, parameter);
            case IFieldSymbol field:
                return field.IsReadOnly || !facts.IsWrittenIn(loop, field);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the loop is the fallback branch of a type test on the receiver (<c>if (x is A a) … else loop</c>): the
    /// shape the hoisting fix leaves, where the remaining dispatch serves only the other types.
    /// </summary>
    public static bool IsFallbackOfHoistedTypeCheck(ILoopOperation loop, Receiver receiver, SemanticModel model)
    {
        var node = loop.Syntax.Parent is BlockSyntax block ? block : loop.Syntax;
        return node.Parent is { } parent && TypeTestFallback.IsFallbackBranch(parent, node, receiver.Symbol, model);
    }
}
