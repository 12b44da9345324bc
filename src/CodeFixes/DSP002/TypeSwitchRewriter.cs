using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Replaces one dispatched access on a collection element by a switch on the element's type: one arm per known sealed
/// type calls it directly, and the last arm is the original dispatch, so null and every other type behave as before.
/// </summary>
/// <remarks>
/// A value becomes a switch expression (<c>shape switch { Circle circle =&gt; circle.Area(), _ =&gt; shape.Area() }</c>); a call
/// used as a statement becomes a switch statement. The element is evaluated once, as before: a local is switched on
/// directly; an element read (<c>shapes[i]</c>) is switched on and its last arm names it with a <c>var</c> pattern.
/// Each arm calls the concrete member directly when that binds to the implementation of the dispatched member, otherwise
/// through a cast to the element's type (<see cref="ReceiverBinding"/>).
/// </remarks>
internal static class TypeSwitchRewriter
{
    /// <summary>The root with the plan's access replaced by the switch.</summary>
    public static SyntaxNode Apply(SyntaxNode root, SemanticModel model, TypeSwitchPlan plan, CancellationToken cancellationToken)
    {
        var target = plan.Site;
        var whole = target.Whole;
        var receiverType = plan.ReceiverType;
        var taken = NameGenerator.TakenNames(model, whole, whole.SpanStart);
        var elementIsLocal = plan.ElementIsLocal;
        var governing = plan.Receiver.WithoutTrivia();
        var types = plan.Types;

        var arms = new List<(PatternSyntax Pattern, ExpressionSyntax Value)>();
        foreach (var type in types)
        {
            var name = NameGenerator.MakeUnique(NameGenerator.CamelCase(type.Name), taken);
            ExpressionSyntax direct = SyntaxFactory.IdentifierName(NameGenerator.Identifier(name));
            var armReceiver = ReceiverBinding.BindsToImplementation(target, type, model, cancellationToken)
                ? direct
                : SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(ReceiverBinding.TypeSyntaxFor(receiverType), direct));
            var pattern = SyntaxFactory.DeclarationPattern(ReceiverBinding.TypeSyntaxFor(type), SyntaxFactory.SingleVariableDesignation(NameGenerator.Identifier(name)));
            arms.Add((pattern, WithReceiver(target, armReceiver)));
        }

        if (elementIsLocal)
        {
            arms.Add((SyntaxFactory.DiscardPattern(), whole.WithoutTrivia()));
        }
        else
        {
            // An element read is evaluated once, by the switch; its last arm names the value.
            var name = NameGenerator.MakeUnique(ElementName(receiverType), taken);
            var pattern = SyntaxFactory.VarPattern(SyntaxFactory.SingleVariableDesignation(NameGenerator.Identifier(name)));
            arms.Add((pattern, WithReceiver(target, SyntaxFactory.IdentifierName(NameGenerator.Identifier(name)))));
        }

        if (whole.Parent is ExpressionStatementSyntax statement)
        {
            var switchStatement = SwitchStatement(governing, arms)
                .WithTriviaFrom(statement)
                .WithAdditionalAnnotations(Formatter.Annotation);
            return root.ReplaceNode(statement, switchStatement);
        }

        var switchExpression = SyntaxFactory.ParenthesizedExpression(SwitchExpression(governing, arms, EndOfLine(root)))
            .WithTriviaFrom(whole)
            .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
        return root.ReplaceNode(whole, switchExpression);
    }

    /// <summary><c>IShape</c> names its elements <c>shape</c>; <c>Node</c> names them <c>node</c>.</summary>
    private static string ElementName(ITypeSymbol type)
        => NameGenerator.CamelCase(type.TypeKind == TypeKind.Interface ? NameGenerator.TypeParameterNameFor(type.Name).Substring(1) : type.Name);

    private static ExpressionSyntax WithReceiver(DispatchSite target, ExpressionSyntax receiver)
    {
        var rewritten = ReceiverBinding.WithReceiver(target.MemberAccess, receiver);
        return (target.Whole == target.MemberAccess ? rewritten : target.Whole.ReplaceNode(target.MemberAccess, rewritten)).WithoutTrivia();
    }

    /// <summary>A line break like the document's own, which the formatter may still move.</summary>
    private static SyntaxTrivia EndOfLine(SyntaxNode root)
    {
        var existing = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return SyntaxFactory.ElasticEndOfLine(existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing.ToString() : "\n");
    }

    private static SwitchExpressionSyntax SwitchExpression(ExpressionSyntax governing, List<(PatternSyntax Pattern, ExpressionSyntax Value)> arms, SyntaxTrivia endOfLine)
    {
        var nodes = new List<SyntaxNodeOrToken>();
        foreach (var (pattern, value) in arms)
        {
            nodes.Add(SyntaxFactory.SwitchExpressionArm(pattern, value));
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(endOfLine));
        }

        return SyntaxFactory.SwitchExpression(governing, SyntaxFactory.SeparatedList<SwitchExpressionArmSyntax>(nodes))
            .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken)
                .WithLeadingTrivia(endOfLine)
                .WithTrailingTrivia(endOfLine));
    }

    private static SwitchStatementSyntax SwitchStatement(ExpressionSyntax governing, List<(PatternSyntax Pattern, ExpressionSyntax Value)> arms)
    {
        var sections = arms.Select(arm =>
        {
            SwitchLabelSyntax label = arm.Pattern is DiscardPatternSyntax
                ? SyntaxFactory.DefaultSwitchLabel()
                : SyntaxFactory.CasePatternSwitchLabel(arm.Pattern, SyntaxFactory.Token(SyntaxKind.ColonToken));
            return SyntaxFactory.SwitchSection(
                SyntaxFactory.SingletonList(label),
                SyntaxFactory.List(new StatementSyntax[] { SyntaxFactory.ExpressionStatement(arm.Value), SyntaxFactory.BreakStatement() }));
        });
        return SyntaxFactory.SwitchStatement(governing, SyntaxFactory.List(sections));
    }
}
