namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>
/// Applies a <see cref="GenericParameterPlan"/> (shared by every rule whose fix is "make it generic"): in place, the
/// header gains the type parameter (<see cref="MethodHeaderEditor"/>); otherwise the original forwards to a generic
/// overload that carries the body (<see cref="ForwardingOverloadBuilder"/>). Only the method's own document changes.
/// </summary>
internal static class GenericParameterRewriter
{
    /// <summary>The root of the plan's method's tree, with the method rewritten.</summary>
    public static SyntaxNode Apply(SyntaxNode root, GenericParameterPlan plan)
    {
        var method = plan.Method;
        if (plan.InPlace)
        {
            return root.ReplaceNode(method, MethodHeaderEditor.MakeGeneric(method, plan.Ordinal, plan.TypeParameterName, plan.AddStructConstraint));
        }

        var (forwarder, overload) = ForwardingOverloadBuilder.Build(method, plan.Ordinal, plan.TypeParameterName, plan.PrivateOverload);
        return root.ReplaceNode(method, new SyntaxNode[] { forwarder, overload });
    }
}
