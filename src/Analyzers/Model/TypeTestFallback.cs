using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Whether a dispatch on an element is already the fallback of a type test on that element: the discard arm of a switch
/// expression, the default section of a switch statement, or the final <c>else</c> of an if-chain, whose other branches
/// test the same local with type patterns. That is the shape the DSP002 type-switch fix leaves; the dispatch left there
/// serves the types nobody tested for.
/// </summary>
internal static class TypeTestFallback
{
    public static bool IsFallback(SyntaxNode dispatch, ILocalSymbol element, SyntaxNode loop, SemanticModel model)
    {
        for (var child = dispatch; child.Parent is { } current && current != loop; child = current)
        {
            var fallback = current switch
            {
                SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm
                    => arm.Expression == child && arm == switchExpression.Arms.Last() && arm.Pattern is DiscardPatternSyntax or VarPatternSyntax
                        && switchExpression.Arms.Any(a => IsTypePattern(a.Pattern))
                        && Tests(switchExpression.GoverningExpression, element, model),
                SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } section
                    => section.Labels.Any(l => l is DefaultSwitchLabelSyntax)
                        && switchStatement.Sections.SelectMany(s => s.Labels).Any(l => l is CasePatternSwitchLabelSyntax label && IsTypePattern(label.Pattern))
                        && Tests(switchStatement.Expression, element, model),
                ElseClauseSyntax { Parent: IfStatementSyntax ifStatement } elseClause
                    => elseClause.Statement == child && ChainTests(ifStatement, element, model),
                _ => false,
            };
            if (fallback)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ChainTests(IfStatementSyntax ifStatement, ILocalSymbol element, SemanticModel model)
    {
        for (IfStatementSyntax? current = ifStatement; current is not null; current = (current.Parent as ElseClauseSyntax)?.Parent as IfStatementSyntax)
        {
            if (current.Condition is IsPatternExpressionSyntax { } test && IsTypePattern(test.Pattern) && Tests(test.Expression, element, model))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTypePattern(PatternSyntax pattern)
        => pattern is DeclarationPatternSyntax or RecursivePatternSyntax { Type: not null } or TypePatternSyntax;

    private static bool Tests(ExpressionSyntax expression, ILocalSymbol element, SemanticModel model)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(expression).Symbol, element);
    }
}
