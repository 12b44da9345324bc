using Microsoft.CodeAnalysis.Formatting;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Writes a <see cref="ConcreteEnumerationPlan"/>: one copy of the loop per concrete type, enumerating the pattern
/// variable, in an if/else-if chain whose final <c>else</c> keeps the original loop (null and every other type behave
/// as before). A collection that is not a local or parameter is first read into a local.
/// </summary>
internal static class ConcreteEnumerationRewriter
{
    public static SyntaxNode Rewrite(SyntaxNode root, SemanticModel model, ConcreteEnumerationPlan plan)
    {
        var loop = plan.Loop;
        var taken = NameGenerator.TakenNames(model, loop, loop.SpanStart);
        var statements = new List<StatementSyntax>();
        var tested = plan.Collection.WithoutTrivia();
        var fallback = loop.WithoutTrivia();
        if (plan.HoistCollection)
        {
            var local = NameGenerator.MakeUnique(NameGenerator.LocalNameForField(LastName(plan.Collection)), taken);
            statements.Add(SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                SyntaxFactory.IdentifierName("var"),
                SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(NameGenerator.Identifier(local))
                    .WithInitializer(SyntaxFactory.EqualsValueClause(tested))))));
            tested = SyntaxFactory.IdentifierName(NameGenerator.Identifier(local));
            fallback = fallback.WithExpression(tested);
        }

        StatementSyntax chain = SyntaxFactory.Block(fallback);
        foreach (var arm in plan.Arms.Reverse())
        {
            var variable = NameGenerator.MakeUnique(arm.Type is IArrayTypeSymbol ? "array" : NameGenerator.CamelCase(arm.Type.Name), taken);
            var copy = loop.WithoutTrivia().WithExpression(SyntaxFactory.IdentifierName(NameGenerator.Identifier(variable)));
            if (arm.ExplicitIterationType is { } iterationType && copy is ForEachStatementSyntax single)
            {
                copy = single.WithType(ReceiverBinding.TypeSyntaxFor(iterationType).WithTriviaFrom(single.Type));
            }

            chain = SyntaxFactory.IfStatement(Test(tested, arm, variable), SyntaxFactory.Block(copy), SyntaxFactory.ElseClause(chain));
        }

        statements.Add(chain);
        return Replace(root, loop, statements);
    }

    /// <summary><c>items is List&lt;T&gt; list</c>, or <c>items is ImmutableArray&lt;T&gt; { IsDefault: false } array</c>.</summary>
    private static ExpressionSyntax Test(ExpressionSyntax tested, ConcreteEnumerationArm arm, string variable)
    {
        var type = ReceiverBinding.TypeSyntaxFor(arm.Type);
        var designation = SyntaxFactory.SingleVariableDesignation(NameGenerator.Identifier(variable));
        PatternSyntax pattern = arm.ExcludeDefault
            ? SyntaxFactory.RecursivePattern(
                type,
                positionalPatternClause: null,
                SyntaxFactory.PropertyPatternClause(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Subpattern(
                    SyntaxFactory.NameColon("IsDefault"),
                    SyntaxFactory.ConstantPattern(SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression))))),
                designation)
            : SyntaxFactory.DeclarationPattern(type, designation);
        return SyntaxFactory.IsPatternExpression(tested, pattern).NormalizeWhitespace();
    }

    private static string LastName(ExpressionSyntax collection)
        => collection switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => "items",
        };

    private static SyntaxNode Replace(SyntaxNode root, StatementSyntax loop, List<StatementSyntax> statements)
    {
        statements[0] = statements[0].WithLeadingTrivia(loop.GetLeadingTrivia());
        statements[statements.Count - 1] = statements[statements.Count - 1].WithTrailingTrivia(loop.GetTrailingTrivia());
        var annotated = statements.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)).ToList();
        if (loop.Parent is BlockSyntax or SwitchSectionSyntax)
        {
            return root.ReplaceNode(loop, annotated);
        }

        if (loop.Parent is GlobalStatementSyntax)
        {
            return root.ReplaceNode(loop, annotated.Single());
        }

        // An embedded statement (a body without braces) holds one statement: wrap the chain in a block.
        var block = SyntaxFactory.Block(annotated.Select(s => s.WithoutTrivia()))
            .WithTriviaFrom(loop)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return root.ReplaceNode(loop, block);
    }
}
