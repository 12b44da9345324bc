namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// Where the compiler's sequence point for a piece of code starts: the statement that contains it, or the part of a
/// statement that gets a point of its own (a <c>for</c> loop's condition and incrementors, a <c>do</c> loop's
/// <c>while</c>, a later declarator, a lambda's or member's expression body, a <c>when</c> clause, a switch expression
/// arm, a constructor initializer). The order of these starts is the order docs/profile-format.md numbers calls by.
/// </summary>
internal static class SequencePoints
{
    /// <summary>The start (position in the tree) of the sequence point of <paramref name="operation"/>.</summary>
    public static int StartOf(IOperation operation)
    {
        // The calls a foreach or using makes are located at the statement.
        if (operation is IForEachLoopOperation or IUsingOperation or IUsingDeclarationOperation)
        {
            return operation.Syntax.SpanStart;
        }

        SyntaxNode child = operation.Syntax;
        for (var node = child.Parent; node is not null; child = node, node = node.Parent)
        {
            if (PointOf(node, child) is { } start)
            {
                return start;
            }
        }

        return operation.Syntax.SpanStart;
    }

    /// <summary>The start of the point <paramref name="node"/> gives its part <paramref name="child"/>, or null to look further out.</summary>
    private static int? PointOf(SyntaxNode node, SyntaxNode child)
    {
        switch (node)
        {
            case ForStatementSyntax loop when child != loop.Statement && child != loop.Declaration:
                return child.SpanStart;
            case DoStatementSyntax loop when child == loop.Condition:
                return loop.WhileKeyword.SpanStart;
            case CommonForEachStatementSyntax loop when child == loop.Expression:
                return child.SpanStart;
            case VariableDeclarationSyntax declaration when declaration.Parent is LocalDeclarationStatementSyntax or UsingStatementSyntax or ForStatementSyntax:
                return Declarator(declaration, child);
            case BlockSyntax or ElseClauseSyntax or SwitchSectionSyntax:
                return null;
            case StatementSyntax:
                return node.SpanStart;
            case AnonymousFunctionExpressionSyntax lambda when child == lambda.ExpressionBody:
            case ArrowExpressionClauseSyntax arrow when child == arrow.Expression:
            case SwitchExpressionArmSyntax arm when child == arm.Expression:
                return child.SpanStart;
            case WhenClauseSyntax or CatchFilterClauseSyntax or ConstructorInitializerSyntax:
                return node.SpanStart;
            default:
                return null;
        }
    }

    /// <summary>The first declarator's point covers the type (<c>int a = F()</c>); each later one starts at its name (<c>b = G()</c>).</summary>
    private static int Declarator(VariableDeclarationSyntax declaration, SyntaxNode child)
    {
        var declarator = child as VariableDeclaratorSyntax;
        return declarator is null || declaration.Variables.IndexOf(declarator) <= 0 ? declaration.SpanStart : declarator.SpanStart;
    }
}
