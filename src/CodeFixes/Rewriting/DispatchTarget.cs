using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>A dispatched member access on the receiver: the node whose receiver the hoist replaces.</summary>
internal sealed class DispatchTarget
{
    public DispatchTarget(SyntaxNode node, ExpressionSyntax whole, ISymbol member)
    {
        Node = node;
        Whole = whole;
        Member = member;
    }

    /// <summary>A member access, an element access, or an implicit-this simple name.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The expression that binds the member (the invocation for a call, otherwise <see cref="Node"/>).</summary>
    public ExpressionSyntax Whole { get; }

    /// <summary>The dispatched interface or virtual member.</summary>
    public ISymbol Member { get; }
}
