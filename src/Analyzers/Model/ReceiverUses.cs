namespace DispatchAnalyzers.Model;

/// <summary>
/// How one local or parameter is used in a function: as the receiver of member accesses only, or in a way that lets its
/// value escape (passed on, stored, compared, converted, aliased). A value used only as a receiver cannot tell a boxed
/// copy of a struct from the struct itself, which is what the boxing rewrites rely on.
/// </summary>
internal sealed class ReceiverUses
{
    private ReceiverUses(bool escapes, ImmutableArray<IOperation> memberAccesses)
    {
        Escapes = escapes;
        MemberAccesses = memberAccesses;
    }

    /// <summary>Some reference is neither the receiver of an instance member access, nor in <c>nameof</c>, nor (for a local) the target of a plain store.</summary>
    public bool Escapes { get; }

    /// <summary>The invocations, property (indexer) and event references whose receiver is the symbol.</summary>
    public ImmutableArray<IOperation> MemberAccesses { get; }

    /// <summary>Classifies every reference to <paramref name="symbol"/> (a local or parameter) among <paramref name="operations"/>.</summary>
    public static ReceiverUses Collect(ISymbol symbol, IEnumerable<IOperation> operations)
    {
        var escapes = false;
        var accesses = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var operation in operations)
        {
            // Not a reference, or only the symbol's name (nameof).
            if (!IsReferenceTo(operation, symbol) || OperationFacts.IsInsideNameOf(operation))
            {
                continue;
            }

            var user = operation;
            // A reference conversion (to a base interface) keeps the same object.
            while (user.Parent is IConversionOperation { IsImplicit: true, Type.IsReferenceType: true } conversion)
            {
                user = conversion;
            }

            switch (user.Parent)
            {
                case IInvocationOperation invocation when invocation.Instance == user:
                case IPropertyReferenceOperation property when property.Instance == user:
                case IEventReferenceOperation @event when @event.Instance == user:
                    accesses.Add(user.Parent);
                    break;
                case ISimpleAssignmentOperation { IsRef: false } assignment when assignment.Target == user && symbol is ILocalSymbol:
                    // A plain store; the rule looks at the stored values itself.
                    break;
                default:
                    escapes = true;
                    break;
            }
        }

        return new ReceiverUses(escapes, accesses.ToImmutable());
    }

    private static bool IsReferenceTo(IOperation operation, ISymbol symbol)
        => operation switch
        {
            ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, symbol),
            IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, symbol),
            _ => false,
        };
}
