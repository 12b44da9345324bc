namespace DispatchAnalyzers.Model;

/// <summary>
/// A member access that the runtime dispatches through an interface or a vtable slot: an invocation, property or
/// indexer access whose target is an interface member, or a virtual/abstract/override member that is not sealed, on a
/// receiver whose static type is neither sealed, a struct nor a type parameter.
/// </summary>
internal readonly struct DispatchSite
{
    private DispatchSite(IOperation operation, ISymbol member, IOperation instance, SyntaxNode memberAccess)
    {
        Operation = operation;
        Member = member;
        Instance = instance;
        MemberAccess = memberAccess;
    }

    /// <summary>The invocation or property reference.</summary>
    public IOperation Operation { get; }

    /// <summary>The expression that binds the member: the invocation for a call, otherwise <see cref="MemberAccess"/>.</summary>
    public ExpressionSyntax Whole => (ExpressionSyntax)Operation.Syntax;

    /// <summary>The receiver as written (<c>x</c> in <c>x.M()</c>); null for an implicit-this call.</summary>
    public ExpressionSyntax? WrittenReceiver => MemberAccess switch
    {
        MemberAccessExpressionSyntax access => access.Expression,
        ElementAccessExpressionSyntax element => element.Expression,
        _ => null,
    };

    /// <summary>The interface or virtual member called.</summary>
    public ISymbol Member { get; }

    /// <summary>The receiver operation.</summary>
    public IOperation Instance { get; }

    /// <summary><c>x.M</c>, <c>x[i]</c>, or the bare name of an implicit-this call: where a diagnostic goes.</summary>
    public SyntaxNode MemberAccess { get; }

    public static bool TryCreate(IOperation? operation, out DispatchSite site)
    {
        site = default;
        var (member, instance) = operation switch
        {
            IInvocationOperation invocation => ((ISymbol?)invocation.TargetMethod, invocation.Instance),
            IPropertyReferenceOperation property => (property.Property, property.Instance),
            _ => (null, null),
        };

        // Static members and extension calls have no receiver to dispatch on.
        if (member is null || instance is null || member.IsStatic)
        {
            return false;
        }

        // `base.M()` is a direct call.
        if (instance.Syntax is BaseExpressionSyntax)
        {
            return false;
        }

        if (!IsDispatched(member, instance.Type))
        {
            return false;
        }

        var memberAccess = operation!.Syntax switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access,
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name,
            MemberAccessExpressionSyntax access => access,
            ElementAccessExpressionSyntax element => element,
            SimpleNameSyntax name => (SyntaxNode)name,
            // `x?.M()` and other shapes the fixes do not rewrite.
            _ => null,
        };
        if (memberAccess is null)
        {
            return false;
        }

        site = new DispatchSite(operation, member, instance, memberAccess);
        return true;
    }

    /// <summary>Whether calling <paramref name="member"/> on a receiver of static type <paramref name="receiverType"/> dispatches.</summary>
    internal static bool IsDispatched(ISymbol member, ITypeSymbol? receiverType)
    {
        // Structs and type parameters get code of their own (constrained calls); sealed classes are devirtualized.
        if (receiverType is null || receiverType.IsValueType || receiverType.TypeKind is TypeKind.TypeParameter or TypeKind.Delegate or TypeKind.Error
            || (receiverType.TypeKind == TypeKind.Class && receiverType.IsSealed))
        {
            return false;
        }

        // Object's own virtuals (ToString, Equals, GetHashCode) cost more than their dispatch, and no fix here helps.
        if (member.ContainingType.SpecialType == SpecialType.System_Object)
        {
            return false;
        }

        if (member.ContainingType.TypeKind == TypeKind.Interface)
        {
            return member.IsAbstract || member.IsVirtual;
        }

        return (member.IsVirtual || member.IsAbstract || member.IsOverride) && !member.IsSealed;
    }
}
