namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>How one implementation of a module's interface is declared.</summary>
internal enum ImplementationKind
{
    /// <summary><c>sealed class : IX</c>.</summary>
    SealedClass,

    /// <summary><c>readonly struct : IX</c>.</summary>
    ReadOnlyStruct,

    /// <summary><c>struct : IX</c> whose members mutate it.</summary>
    MutableStruct,

    /// <summary><c>class : XBase</c> with a plain override (a subclass could override again).</summary>
    DerivedClass,

    /// <summary><c>class : XBase</c> with a <c>sealed override</c>.</summary>
    SealedOverride,

    /// <summary><c>sealed class : XBase</c>.</summary>
    SealedDerived,
}

/// <summary>One implementation of a module's interface.</summary>
internal sealed record ImplementationSpec(string Name, ImplementationKind Kind, int Constant)
{
    public bool IsStruct => Kind is ImplementationKind.ReadOnlyStruct or ImplementationKind.MutableStruct;

    public bool DerivesFromBase => Kind is ImplementationKind.DerivedClass or ImplementationKind.SealedOverride or ImplementationKind.SealedDerived;
}
