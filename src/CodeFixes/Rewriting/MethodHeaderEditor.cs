namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>Edits a method header in place, keeping the author's layout: type parameters, a parameter's type, constraint clauses.</summary>
internal static class MethodHeaderEditor
{
    /// <summary>
    /// The method with a new last type parameter <paramref name="name"/>, the parameter at <paramref name="ordinal"/> typed
    /// as it (its default, if any, becomes <c>default</c>), and <c>where name : [struct, ]constraint</c> appended last.
    /// </summary>
    public static MethodDeclarationSyntax MakeGeneric(MethodDeclarationSyntax method, int ordinal, string name, bool addStructConstraint)
    {
        var parameter = method.ParameterList.Parameters[ordinal];
        var constraintType = parameter.Type!.WithoutTrivia();
        // `struct, IShape?` says nothing more than `struct, IShape`: a struct is never null.
        if (addStructConstraint && constraintType is NullableTypeSyntax nullable)
        {
            constraintType = nullable.ElementType;
        }

        var newParameter = parameter.WithType(SyntaxFactory.IdentifierName(name).WithTriviaFrom(parameter.Type!));
        if (newParameter.Default is { } defaultValue)
        {
            newParameter = newParameter.WithDefault(defaultValue.WithValue(
                SyntaxFactory.LiteralExpression(SyntaxKind.DefaultLiteralExpression).WithTriviaFrom(defaultValue.Value)));
        }

        var edited = method.ReplaceNode(parameter, newParameter);
        edited = AppendTypeParameter(edited, name);

        var constraints = addStructConstraint
            ? new TypeParameterConstraintSyntax[] { SyntaxFactory.ClassOrStructConstraint(SyntaxKind.StructConstraint), SyntaxFactory.TypeConstraint(constraintType) }
            : new TypeParameterConstraintSyntax[] { SyntaxFactory.TypeConstraint(constraintType) };
        var clause = SyntaxFactory.TypeParameterConstraintClause(SyntaxFactory.IdentifierName(name))
            .WithConstraints(SyntaxFactory.SeparatedList(constraints))
            .NormalizeWhitespace();
        return AppendConstraintClause(edited, clause);
    }

    private static MethodDeclarationSyntax AppendTypeParameter(MethodDeclarationSyntax method, string name)
    {
        var parameter = SyntaxFactory.TypeParameter(NameGenerator.Identifier(name));
        if (method.TypeParameterList is not { } list)
        {
            return method.WithTypeParameterList(SyntaxFactory.TypeParameterList(SyntaxFactory.SingletonSeparatedList(parameter)));
        }

        var separators = list.Parameters.GetSeparators().ToList();
        separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        var parameters = SyntaxFactory.SeparatedList(list.Parameters.Add(parameter), separators);
        return method.WithTypeParameterList(list.WithParameters(parameters));
    }

    private static MethodDeclarationSyntax AppendConstraintClause(MethodDeclarationSyntax method, TypeParameterConstraintClauseSyntax clause)
    {
        var clauses = method.ConstraintClauses;
        if (clauses.Count > 0 && method.ParameterList.CloseParenToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
        {
            // Clauses on their own lines: the new one goes on a new line with the same indentation.
            var last = clauses.Last();
            var newLine = method.ParameterList.CloseParenToken.TrailingTrivia.Last(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var placed = clause.WithLeadingTrivia(last.GetLeadingTrivia()).WithTrailingTrivia(last.GetTrailingTrivia());
            return method.WithConstraintClauses(clauses.Replace(last, last.WithTrailingTrivia(newLine)).Add(placed));
        }

        var trailing = clauses.Count > 0 ? clauses.Last().GetTrailingTrivia() : method.ParameterList.GetTrailingTrivia();
        var sameLine = clause.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(trailing);
        if (clauses.Count > 0)
        {
            return method.WithConstraintClauses(clauses.Replace(clauses.Last(), clauses.Last().WithoutTrailingTrivia()).Add(sameLine));
        }

        return method
            .WithParameterList(method.ParameterList.WithoutTrailingTrivia())
            .WithConstraintClauses(SyntaxFactory.SingletonList(sameLine));
    }

    /// <summary>The trivia after the header (parameter list or last constraint clause) moved away, for a body that follows on the same line.</summary>
    public static MethodDeclarationSyntax WithoutHeaderTrailingTrivia(MethodDeclarationSyntax method)
        => method.ConstraintClauses.Count > 0
            ? method.WithConstraintClauses(method.ConstraintClauses.Replace(method.ConstraintClauses.Last(), method.ConstraintClauses.Last().WithoutTrailingTrivia()))
            : method.WithParameterList(method.ParameterList.WithoutTrailingTrivia());
}
