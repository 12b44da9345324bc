namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>
/// Builds the forwarding form: the original method keeps its signature and forwards with explicit type arguments
/// (<c>=> Sum&lt;IShape&gt;(shape, n)</c>); a generic overload right after it carries the original body.
/// </summary>
internal static class ForwardingOverloadBuilder
{
    private static readonly SyntaxKind[] DroppedFromOverload =
    {
        SyntaxKind.NewKeyword, SyntaxKind.OverrideKeyword, SyntaxKind.VirtualKeyword, SyntaxKind.SealedKeyword, SyntaxKind.AbstractKeyword,
    };

    private static readonly SyntaxKind[] AccessibilityKinds =
    {
        SyntaxKind.PublicKeyword, SyntaxKind.ProtectedKeyword, SyntaxKind.InternalKeyword, SyntaxKind.PrivateKeyword,
    };

    /// <param name="privateOverload">Make the overload private (an overridable method must not lose callers to a non-virtual overload).</param>
    public static (MethodDeclarationSyntax Forwarder, MethodDeclarationSyntax Overload) Build(
        MethodDeclarationSyntax method, int ordinal, string typeParameterName, bool privateOverload)
    {
        var newLine = method.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (newLine == default)
        {
            newLine = SyntaxFactory.EndOfLine("\n");
        }

        return (BuildForwarder(method, ordinal), BuildOverload(method, ordinal, typeParameterName, privateOverload, newLine));
    }

    private static MethodDeclarationSyntax BuildForwarder(MethodDeclarationSyntax method, int ordinal)
    {
        var typeArguments = (method.TypeParameterList?.Parameters.Select(p => (TypeSyntax)SyntaxFactory.IdentifierName(p.Identifier.WithoutTrivia()))
                ?? Enumerable.Empty<TypeSyntax>())
            .Append(method.ParameterList.Parameters[ordinal].Type!.WithoutTrivia());
        var arguments = method.ParameterList.Parameters.Select(p =>
        {
            var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(p.Identifier.WithoutTrivia()));
            var refKind = p.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword));
            return refKind == default ? argument : argument.WithRefKindKeyword(SyntaxFactory.Token(refKind.Kind()));
        });
        ExpressionSyntax call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.GenericName(method.Identifier.WithoutTrivia(), SyntaxFactory.TypeArgumentList(SyntaxFactory.SeparatedList(typeArguments))),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)));
        if (method.ReturnType is RefTypeSyntax)
        {
            call = SyntaxFactory.RefExpression(call);
        }

        var trailing = method.Body?.GetTrailingTrivia() ?? method.SemicolonToken.TrailingTrivia;
        var asyncModifier = method.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.AsyncKeyword));
        var forwarder = MethodHeaderEditor.WithoutHeaderTrailingTrivia(method);
        if (asyncModifier != default)
        {
            forwarder = RemoveModifier(forwarder, SyntaxKind.AsyncKeyword);
        }

        return forwarder
            .WithBody(null)
            .WithExpressionBody(SyntaxFactory.ArrowExpressionClause(call).NormalizeWhitespace().WithLeadingTrivia(SyntaxFactory.Space))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(trailing));
    }

    private static MethodDeclarationSyntax BuildOverload(MethodDeclarationSyntax method, int ordinal, string name, bool privateOverload, SyntaxTrivia newLine)
    {
        var leading = method.GetLeadingTrivia();
        var indentation = leading.Reverse().TakeWhile(t => !t.IsKind(SyntaxKind.EndOfLineTrivia) && t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse().ToList();
        var hasDocumentation = leading.Any(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia));

        var overload = MethodHeaderEditor.MakeGeneric(method, ordinal, name, addStructConstraint: false);
        var attributeLists = KeepMethodImplAttributes(overload.AttributeLists);
        var modifiers = overload.Modifiers.Where(m => !DroppedFromOverload.Contains(m.Kind()));
        if (privateOverload)
        {
            modifiers = new[] { SyntaxFactory.Token(SyntaxKind.PrivateKeyword) }.Concat(modifiers.Where(m => !AccessibilityKinds.Contains(m.Kind())));
        }

        var modifierList = SyntaxFactory.TokenList(modifiers.Select(m => m.WithLeadingTrivia().WithTrailingTrivia(SyntaxFactory.Space)));
        if (attributeLists.Count > 0 && modifierList.Count > 0)
        {
            modifierList = modifierList.Replace(modifierList[0], modifierList[0].WithLeadingTrivia(indentation));
        }

        overload = overload.WithAttributeLists(attributeLists).WithModifiers(modifierList);
        if (attributeLists.Count > 0 || modifierList.Count > 0)
        {
            // The return type followed the modifiers (or attributes): it keeps no line break of its own.
            overload = overload.WithReturnType(attributeLists.Count > 0 && modifierList.Count == 0
                ? overload.ReturnType.WithLeadingTrivia(indentation)
                : overload.ReturnType.WithLeadingTrivia());
        }

        var newLeading = new List<SyntaxTrivia> { newLine };
        newLeading.AddRange(indentation);
        if (hasDocumentation)
        {
            var text = "/// <inheritdoc cref=\"" + CrefFor(method) + "\"/>" + newLine.ToFullString()
                + string.Concat(indentation.Select(t => t.ToFullString()));
            newLeading.AddRange(SyntaxFactory.ParseLeadingTrivia(text));
        }

        return overload.WithLeadingTrivia(newLeading);
    }

    private static SyntaxList<AttributeListSyntax> KeepMethodImplAttributes(SyntaxList<AttributeListSyntax> lists)
    {
        var kept = new List<AttributeListSyntax>();
        foreach (var list in lists.Where(l => l.Target is null || l.Target.Identifier.IsKind(SyntaxKind.MethodKeyword)))
        {
            var attributes = list.Attributes.Where(a => IsMethodImpl(a.Name)).ToList();
            if (attributes.Count > 0)
            {
                kept.Add(list.WithAttributes(SyntaxFactory.SeparatedList(attributes)));
            }
        }

        return SyntaxFactory.List(kept);
    }

    private static bool IsMethodImpl(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => string.Empty,
        };
        return simple is "MethodImpl" or "MethodImplAttribute";
    }

    /// <summary><c>Sum(IShape, int)</c>, <c>Sum{T}(T, ref int)</c>: how a cref names the original overload.</summary>
    private static string CrefFor(MethodDeclarationSyntax method)
    {
        var typeParameters = method.TypeParameterList is { } list
            ? "{" + string.Join(", ", list.Parameters.Select(p => p.Identifier.ValueText)) + "}"
            : string.Empty;
        var parameters = method.ParameterList.Parameters.Select(p =>
        {
            var refKind = p.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword));
            var type = p.Type!.WithoutTrivia().ToString().Replace('<', '{').Replace('>', '}');
            return refKind == default ? type : refKind.Text + " " + type;
        });
        return method.Identifier.ValueText + typeParameters + "(" + string.Join(", ", parameters) + ")";
    }

    private static MethodDeclarationSyntax RemoveModifier(MethodDeclarationSyntax method, SyntaxKind kind)
    {
        var index = method.Modifiers.IndexOf(kind);
        var removed = method.Modifiers[index];
        var modifiers = method.Modifiers.RemoveAt(index);
        if (index < modifiers.Count)
        {
            modifiers = modifiers.Replace(modifiers[index], modifiers[index].WithLeadingTrivia(removed.LeadingTrivia.AddRange(modifiers[index].LeadingTrivia)));
            return method.WithModifiers(modifiers);
        }

        return method.WithModifiers(modifiers).WithReturnType(method.ReturnType.WithLeadingTrivia(removed.LeadingTrivia.AddRange(method.ReturnType.GetLeadingTrivia())));
    }
}
