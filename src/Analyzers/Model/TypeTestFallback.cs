namespace DispatchAnalyzers.Model;

/// <summary>
/// Whether code is already the fallback of a type test on a value: the discard arm of a switch expression, the default
/// section of a switch statement, or the final <c>else</c> of an if-chain, whose other branches test the same value with
/// type patterns. That is the shape the hoist (DSP001) and type-switch (DSP002) fixes leave; the dispatch left there
/// serves the types nobody tested for.
/// </summary>
internal static class TypeTestFallback
{
    /// <summary>Whether some ancestor of <paramref name="node"/> below <paramref name="stopAt"/> makes it such a fallback.</summary>
    /// <param name="value">The tested local, parameter or field; null for <c>this</c>.</param>
    public static bool IsInsideFallback(SyntaxNode node, SyntaxNode stopAt, ISymbol? value, SemanticModel model)
    {
        for (var child = node; child.Parent is { } current && current != stopAt; child = current)
        {
            if (IsFallbackBranch(current, child, value, model))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="child"/> is the fallback branch of <paramref name="parent"/>.</summary>
    public static bool IsFallbackBranch(SyntaxNode parent, SyntaxNode child, ISymbol? value, SemanticModel model)
        => parent switch
        {
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm
                => arm.Expression == child && arm == switchExpression.Arms.Last() && arm.Pattern is DiscardPatternSyntax or VarPatternSyntax
                    && switchExpression.Arms.Any(a => IsTypePattern(a.Pattern))
                    && Tests(switchExpression.GoverningExpression, value, model),
            SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } section
                => section.Labels.Any(l => l is DefaultSwitchLabelSyntax)
                    && switchStatement.Sections.SelectMany(s => s.Labels).Any(l => l is CasePatternSwitchLabelSyntax label && IsTypePattern(label.Pattern))
                    && Tests(switchStatement.Expression, value, model),
            ElseClauseSyntax { Parent: IfStatementSyntax ifStatement } elseClause
                => elseClause.Statement == child && ChainTests(ifStatement, value, model),
            _ => false,
        };

    private static bool ChainTests(IfStatementSyntax ifStatement, ISymbol? value, SemanticModel model)
    {
        for (IfStatementSyntax? current = ifStatement; current is not null; current = (current.Parent as ElseClauseSyntax)?.Parent as IfStatementSyntax)
        {
            if (current.Condition is IsPatternExpressionSyntax { } test && IsTypePattern(test.Pattern) && Tests(test.Expression, value, model))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTypePattern(PatternSyntax pattern)
        => pattern is DeclarationPatternSyntax or RecursivePatternSyntax { Type: not null } or TypePatternSyntax;

    private static bool Tests(ExpressionSyntax expression, ISymbol? value, SemanticModel model)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return value is null
            ? expression is ThisExpressionSyntax
            : SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(expression).Symbol, value);
    }
}
