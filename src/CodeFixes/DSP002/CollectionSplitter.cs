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
/// (<see cref="ReceiverBinding"/>). Every piece of syntax it edits comes from the <see cref="SplitPlan"/>, the code the
/// analyzer ran: the split always applies.
/// </remarks>
internal static class CollectionSplitter
{
    public static async Task<Document> SplitAsync(Document document, SemanticModel model, SplitPlan plan, CancellationToken cancellationToken)
    {
        var types = plan.Types;
        var taken = NameGenerator.TakenNames(model, plan.Declarator, plan.Declarator.SpanStart);
        if (plan.Declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } containingType)
        {
            NameGenerator.AddIdentifiers(containingType, taken);
        }

        var names = types.Select(type => SplitNames.For(plan.Storage, type, taken)).ToList();
        var loops = new List<(ForEachStatementSyntax Original, List<StatementSyntax> Copies)>();
        foreach (var loop in plan.Loops)
        {
            var copies = new List<StatementSyntax>();
            for (var i = 0; i < types.Length; i++)
            {
                var copy = LoopOver(loop, types[i], names[i], plan.ElementType, model, cancellationToken);
                var copyWithTrivia = WithTrivia(copy, loop, first: i == 0);
                // Block-bodied loops are separated by a blank line, as statements after a closing brace usually are.
                copies.Add(i > 0 && loop.Statement is BlockSyntax ? copyWithTrivia.WithLeadingTrivia(copyWithTrivia.GetLeadingTrivia().Insert(0, EndOfLine(loop))) : copyWithTrivia);
            }

            loops.Add((loop, copies));
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var declarations = types.Select((type, i) => WithTrivia(Declaration(plan, type, names[i], model, cancellationToken), plan.Declaration, first: i == 0)).ToList();
        editor.InsertAfter(plan.Declaration, declarations.Skip(1));
        editor.ReplaceNode(plan.Declaration, declarations[0]);
        foreach (var (name, type) in plan.Adds)
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

    private static ForEachStatementSyntax LoopOver(ForEachStatementSyntax loop, INamedTypeSymbol type, string listName, ITypeSymbol elementType, SemanticModel model, CancellationToken cancellationToken)
    {
        var variable = model.GetDeclaredSymbol(loop, cancellationToken);

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
                || variable is null || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(ReceiverBinding.StripParentheses(receiver), cancellationToken).Symbol, variable))
            {
                continue;
            }

            // Where the direct call could bind to another member (or the access binds to none), call through the element type as before.
            var whole = node.Parent is InvocationExpressionSyntax invocation && invocation.Expression == node ? invocation : (ExpressionSyntax)node;
            if (model.GetSymbolInfo(node, cancellationToken).Symbol is not { } member
                || !ReceiverBinding.BindsToImplementation(node, whole, member, type, model, cancellationToken))
            {
                casts[node] = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(ReceiverBinding.TypeSyntaxFor(elementType), receiver.WithoutTrivia()));
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

    private static SyntaxNode Declaration(SplitPlan plan, INamedTypeSymbol type, string name, SemanticModel model, CancellationToken cancellationToken)
    {
        var declarator = plan.Declarator;
        var creation = (BaseObjectCreationExpressionSyntax)declarator.Initializer!.Value;
        var kept = creation.Initializer?.Expressions
            .Where(e => SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(e, cancellationToken).Type, type))
            .ToList() ?? new List<ExpressionSyntax>();
        BaseObjectCreationExpressionSyntax newCreation = kept.Count == 0
            ? creation.WithInitializer(null).WithArgumentList(creation.ArgumentList ?? SyntaxFactory.ArgumentList())
            : creation.WithInitializer(creation.Initializer!.WithExpressions(SyntaxFactory.SeparatedList(kept)));
        var concreteList = ReceiverBinding.TypeSyntaxFor(plan.ListType.Construct(type));
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
        return plan.Declaration switch
        {
            LocalDeclarationStatementSyntax local => local.WithDeclaration(WithDeclarator(local.Declaration)),
            FieldDeclarationSyntax field => field.WithDeclaration(WithDeclarator(field.Declaration)),
            _ => plan.Declaration,
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
