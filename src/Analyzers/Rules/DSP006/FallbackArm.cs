namespace DispatchAnalyzers.Rules;

/// <summary>
/// Whether a dispatch is the last arm of a type switch on its own receiver: the shape DSP006's (and DSP002's) fix
/// leaves, <c>var shape =&gt; shape.Area()</c>, <c>_ =&gt; shape.Area()</c>, or a switch statement's last section. The
/// profile taken before the fix still files that call under the member's old key; it serves the types nobody tested for
/// and is not reported again.
/// </summary>
internal static class FallbackArm
{
    public static bool Contains(DispatchSite site, SemanticModel model)
    {
        if (site.WrittenReceiver is not { } written)
        {
            return false;
        }

        var receiver = Unparenthesized(written);
        for (SyntaxNode child = site.Whole; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } arm when arm.Expression == child:
                    return arm == switchExpression.Arms.Last()
                        && switchExpression.Arms.Take(switchExpression.Arms.Count - 1).All(a => IsTypePattern(a.Pattern))
                        && Names(receiver, arm.Pattern, switchExpression.GoverningExpression, model);
                case SwitchSectionSyntax { Parent: SwitchStatementSyntax switchStatement } section:
                    var labels = switchStatement.Sections.Take(switchStatement.Sections.Count - 1).SelectMany(s => s.Labels);
                    return section == switchStatement.Sections.Last() && section.Labels.Count == 1
                        && labels.All(l => l is CasePatternSwitchLabelSyntax { WhenClause: null } label && IsTypePattern(label.Pattern))
                        && section.Labels[0] switch
                        {
                            DefaultSwitchLabelSyntax => Names(receiver, null, switchStatement.Expression, model),
                            CasePatternSwitchLabelSyntax { WhenClause: null } last => Names(receiver, last.Pattern, switchStatement.Expression, model),
                            _ => false,
                        };
                case StatementSyntax statement when statement.Parent is not SwitchSectionSyntax:
                case AnonymousFunctionExpressionSyntax or MemberDeclarationSyntax:
                    // The search stays inside the statement (and never leaves a lambda).
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="receiver"/> is the switched value: the arm's <c>var</c> variable, or the governing expression's own symbol.</summary>
    private static bool Names(ExpressionSyntax receiver, PatternSyntax? pattern, ExpressionSyntax governing, SemanticModel model)
    {
        var symbol = model.GetSymbolInfo(receiver).Symbol;
        return pattern switch
        {
            VarPatternSyntax { Designation: SingleVariableDesignationSyntax designation }
                => symbol is ILocalSymbol && SymbolEqualityComparer.Default.Equals(symbol, model.GetDeclaredSymbol(designation)),
            DiscardPatternSyntax or null => symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol
                && SymbolEqualityComparer.Default.Equals(symbol, model.GetSymbolInfo(Unparenthesized(governing)).Symbol),
            _ => false,
        };
    }

    private static bool IsTypePattern(PatternSyntax pattern)
        => pattern is DeclarationPatternSyntax or RecursivePatternSyntax { Type: not null } or TypePatternSyntax;

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
