using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// The layout fix: a <c>List&lt;IShape&gt;</c> becomes one <c>List&lt;Circle&gt;</c>, one <c>List&lt;Square&gt;</c>...;
/// each <c>Add</c> goes to the list of its argument's type, and each <c>foreach</c> becomes one loop per list, in the
/// order the types were first stored. Elements of a type are then visited together: iteration order changes.
/// </summary>
/// <remarks>
/// Each loop copy declares the iteration variable with its concrete type (or keeps <c>var</c>), so calls on it are
/// direct; where the direct call would bind to another member, the copy calls through a cast to the element type
/// (<see cref="ReceiverBinding"/>). The analyzer allowed the split only when every use is one of these shapes.
/// </remarks>
internal static class CollectionSplitter
{
    public static async Task<Document?> SplitAsync(Document document, ForEachStatementSyntax reportedLoop, ImmutableArray<INamedTypeSymbol> types, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var uses = root is null || model is null ? null : SplitUses.Find(root, model, reportedLoop, types, cancellationToken);
        var listType = model?.Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        // The code no longer has the shape the analyzer approved.
        if (uses is null || listType is null)
        {
            return null;
        }

        var taken = NameGenerator.TakenNames(model!, uses.Declarator, uses.Declarator.SpanStart);
        if (uses.Declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } containingType)
        {
            NameGenerator.AddIdentifiers(containingType, taken);
        }

        var names = types.Select(type => SplitNames.For(uses.Storage, type, taken)).ToList();
        var loops = new List<(ForEachStatementSyntax Original, List<StatementSyntax> Copies)>();
        foreach (var loop in uses.Loops)
        {
            var copies = new List<StatementSyntax>();
            for (var i = 0; i < types.Length; i++)
            {
                // A call on the element no longer binds: leave the code as it is.
                if (LoopOver(loop, types[i], names[i], model!, cancellationToken) is not { } copy)
                {
                    return null;
                }

                var copyWithTrivia = WithTrivia(copy, loop, first: i == 0);
                // Block-bodied loops are separated by a blank line, as statements after a closing brace usually are.
                copies.Add(i > 0 && loop.Statement is BlockSyntax ? copyWithTrivia.WithLeadingTrivia(copyWithTrivia.GetLeadingTrivia().Insert(0, EndOfLine(loop))) : copyWithTrivia);
            }

            loops.Add((loop, copies));
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var declarations = types.Select((type, i) => WithTrivia(Declaration(uses, type, names[i], listType, model!, cancellationToken), uses.Declaration, first: i == 0)).ToList();
        editor.InsertAfter(uses.Declaration, declarations.Skip(1));
        editor.ReplaceNode(uses.Declaration, declarations[0]);
        foreach (var (name, type) in uses.Adds)
        {
            editor.ReplaceNode(name, SyntaxFactory.IdentifierName(NameGenerator.Identifier(names[types.IndexOf(type, SymbolEqualityComparer.Default)])).WithTriviaFrom(name));
        }

        foreach (var (loop, copies) in loops)
        {
            if (loop.Parent is BlockSyntax or SwitchSectionSyntax)
            {
                editor.InsertAfter(loop, copies.Skip(1));
                editor.ReplaceNode(loop, copies[0]);
            }
            else
            {
                // An embedded statement holds one statement: the copies go in a block.
                editor.ReplaceNode(loop, SyntaxFactory.Block(copies.Select(c => c.WithoutLeadingTrivia())).WithTriviaFrom(loop).WithAdditionalAnnotations(Formatter.Annotation));
            }
        }

        return editor.GetChangedDocument();
    }

    private static ForEachStatementSyntax? LoopOver(ForEachStatementSyntax loop, INamedTypeSymbol type, string listName, SemanticModel model, CancellationToken cancellationToken)
    {
        var variable = model.GetDeclaredSymbol(loop, cancellationToken);
        // A loop whose variable has no type cannot be retyped.
        if (variable is null || variable.Type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        var casts = new Dictionary<SyntaxNode, ExpressionSyntax>();
        foreach (var node in loop.Statement.DescendantNodesAndSelf())
        {
            var receiver = node switch
            {
                MemberAccessExpressionSyntax access => access.Expression,
                ElementAccessExpressionSyntax element => element.Expression,
                _ => null,
            };
            if (receiver is null || node is MemberAccessExpressionSyntax { RawKind: not (int)SyntaxKind.SimpleMemberAccessExpression }
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(ReceiverBinding.StripParentheses(receiver), cancellationToken).Symbol, variable))
            {
                continue;
            }

            if (model.GetSymbolInfo(node, cancellationToken).Symbol is not { } member)
            {
                // An access that does not bind cannot be checked against the concrete type.
                return null;
            }

            var whole = node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node ? invocation : (ExpressionSyntax)node;
            if (!ReceiverBinding.BindsToImplementation(node, whole, member, type, model, cancellationToken))
            {
                casts[node] = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(ReceiverBinding.TypeSyntaxFor(variable.Type), receiver.WithoutTrivia()));
            }
        }

        var statement = loop.Statement.ReplaceNodes(casts.Keys, (original, rewritten) => ReceiverBinding.WithReceiver(rewritten, casts[original]));
        var collection = loop.Expression is MemberAccessExpressionSyntax qualified
            ? qualified.WithName(SyntaxFactory.IdentifierName(NameGenerator.Identifier(listName)))
            : (ExpressionSyntax)SyntaxFactory.IdentifierName(NameGenerator.Identifier(listName));
        return loop
            .WithType(loop.Type.IsVar ? loop.Type : ReceiverBinding.TypeSyntaxFor(type).WithTriviaFrom(loop.Type))
            .WithExpression(collection.WithTriviaFrom(loop.Expression))
            .WithStatement(statement);
    }

    private static SyntaxNode Declaration(SplitUses uses, INamedTypeSymbol type, string name, INamedTypeSymbol listType, SemanticModel model, CancellationToken cancellationToken)
    {
        var declarator = uses.Declarator;
        var creation = (BaseObjectCreationExpressionSyntax)declarator.Initializer!.Value;
        var kept = creation.Initializer?.Expressions
            .Where(e => SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(e, cancellationToken).Type, type))
            .ToList() ?? new List<ExpressionSyntax>();
        BaseObjectCreationExpressionSyntax newCreation = kept.Count == 0
            ? creation.WithInitializer(null).WithArgumentList(creation.ArgumentList ?? SyntaxFactory.ArgumentList())
            : creation.WithInitializer(creation.Initializer!.WithExpressions(SyntaxFactory.SeparatedList(kept)));
        var concreteList = ReceiverBinding.TypeSyntaxFor(listType.Construct(type));
        if (newCreation is ObjectCreationExpressionSyntax explicitCreation)
        {
            newCreation = explicitCreation.WithType(concreteList.WithTriviaFrom(explicitCreation.Type));
        }

        var newDeclarator = declarator
            .WithIdentifier(NameGenerator.Identifier(name).WithTriviaFrom(declarator.Identifier))
            .WithInitializer(declarator.Initializer.WithValue(newCreation.WithoutTrailingTrivia().WithTrailingTrivia(creation.GetTrailingTrivia())));
        VariableDeclarationSyntax WithDeclarator(VariableDeclarationSyntax declaration)
            => declaration
                .WithType(declaration.Type.IsVar ? declaration.Type : concreteList.WithTriviaFrom(declaration.Type))
                .WithVariables(SyntaxFactory.SingletonSeparatedList(newDeclarator));
        return uses.Declaration switch
        {
            LocalDeclarationStatementSyntax local => local.WithDeclaration(WithDeclarator(local.Declaration)),
            FieldDeclarationSyntax field => field.WithDeclaration(WithDeclarator(field.Declaration)),
            _ => uses.Declaration,
        };
    }

    /// <summary>The line break the document uses after <paramref name="node"/>.</summary>
    private static SyntaxTrivia EndOfLine(SyntaxNode node)
        => node.GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } endOfLine
            ? endOfLine
            : SyntaxFactory.ElasticEndOfLine("\n");

    /// <summary>The first copy keeps the original's comments; the others only its indentation.</summary>
    private static TNode WithTrivia<TNode>(TNode copy, SyntaxNode original, bool first)
        where TNode : SyntaxNode
    {
        var leading = first
            ? original.GetLeadingTrivia()
            : SyntaxFactory.TriviaList(original.GetLeadingTrivia().Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
        return copy.WithLeadingTrivia(leading).WithTrailingTrivia(original.GetTrailingTrivia()).WithAdditionalAnnotations(Formatter.Annotation);
    }
}
