namespace DispatchAnalyzers.Model;

/// <summary>The storage a dispatched call reads its receiver from, when it is one the model can reason about.</summary>
internal readonly struct Receiver
{
    private Receiver(string kind, ISymbol? symbol, string name, IOperation operation)
    {
        Kind = kind;
        Symbol = symbol;
        Name = name;
        Operation = operation;
    }

    /// <summary>One of <see cref="ReceiverKinds"/>.</summary>
    public string Kind { get; }

    /// <summary>The local, parameter or field; null for <c>this</c>.</summary>
    public ISymbol? Symbol { get; }

    public string Name { get; }

    public IOperation Operation { get; }

    /// <summary>The static type of the receiver (what a cast back to the original dispatch names).</summary>
    public ITypeSymbol? Type => Operation.Type;

    /// <summary>The receiver as written; null for an implicit <c>this</c>.</summary>
    public ExpressionSyntax? Written => Operation.IsImplicit ? null : Operation.Syntax as ExpressionSyntax;

    /// <summary>Whether <paramref name="other"/> reads the same storage (the same local, parameter or field, or <c>this</c>).</summary>
    public bool SameAs(Receiver other)
        => Kind == other.Kind && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol);

    /// <summary>Recognises a local, a parameter, <c>this</c> (explicit or implicit) or a field of <c>this</c> / a static field.</summary>
    public static bool TryCreate(IOperation instance, out Receiver receiver)
    {
        var operation = OperationFacts.SkipImplicitConversions(instance);
        receiver = default;
        switch (operation)
        {
            case ILocalReferenceOperation local:
                receiver = new Receiver(ReceiverKinds.Local, local.Local, local.Local.Name, operation);
                return true;
            case IParameterReferenceOperation parameter:
                receiver = new Receiver(ReceiverKinds.Parameter, parameter.Parameter, parameter.Parameter.Name, operation);
                return true;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } when operation.Syntax is not BaseExpressionSyntax:
                receiver = new Receiver(ReceiverKinds.This, null, "this", operation);
                return true;
            case IFieldReferenceOperation field when field.Field.IsStatic || IsThis(field.Instance):
                var kind = field.Field.IsReadOnly ? ReceiverKinds.ReadOnlyField : ReceiverKinds.Field;
                receiver = new Receiver(kind, field.Field, field.Field.Name, operation);
                return true;
            default:
                // Property getters, calls, array elements: a new value each time, as far as the model knows.
                return false;
        }
    }

    private static bool IsThis(IOperation? instance)
        => instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
}
