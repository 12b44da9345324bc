using Microsoft.CodeAnalysis.Formatting;

namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Hoists the type check of a loop-invariant receiver out of a loop: one typed copy of the loop per concrete type, in an
/// if/else-if chain, and the original loop unchanged in the final else (null and every other type behave as before).
/// </summary>
/// <remarks>
/// In each typed copy, every dispatched access on the receiver reads the pattern variable instead, directly when that binds
/// to the type's implementation of the same member, otherwise through a cast to the receiver's type. Other uses of the
/// receiver stay. A readonly field is first copied to a local so the whole chain tests one value.
/// Each typed copy also works on its own local copy of every variable the plan's <see cref="LoopLocalCopies"/> names
/// (<c>var total1 = total;</c> before the loop, <c>total = total1;</c> after it). One accumulator shared by all copies is
/// live across the fallback loop's interface call; on x64 System V no XMM register survives a call, so the JIT keeps a
/// floating-point accumulator on the stack, and the typed loops store and reload it on every iteration (twice as slow
/// as hand-written code). A fresh local per copy is never live across a call and stays in a register.
/// </remarks>
internal static class TypeCheckHoister
{
    /// <summary>The root with the plan's loop replaced by the chain of typed copies.</summary>
    public static SyntaxNode Apply(SyntaxNode root, SemanticModel model, HoistPlan plan, CancellationToken cancellationToken)
    {
        var loop = plan.Loop;
        var receiver = plan.Receiver;
        var targets = plan.Targets;
        var taken = NameGenerator.TakenNames(model, loop, loop.SpanStart);
        var statements = new List<StatementSyntax>();
        ExpressionSyntax tested;
        StatementSyntax elseLoop = loop.WithoutTrivia();
        if (receiver.Kind == ReceiverKinds.ReadOnlyField)
        {
            var local = NameGenerator.MakeUnique(NameGenerator.LocalNameForField(receiver.Symbol!.Name), taken);
            var fieldExpression = receiver.Written?.WithoutTrivia() ?? SyntaxFactory.IdentifierName(NameGenerator.Identifier(receiver.Symbol.Name));
            statements.Add(LocalDeclaration(local, fieldExpression));
            tested = SyntaxFactory.IdentifierName(NameGenerator.Identifier(local));
            var localReceiver = tested;
            elseLoop = ReplaceReceivers(loop, targets, _ => localReceiver, new Dictionary<SyntaxNode, string>());
        }
        else
        {
            tested = receiver.Kind == ReceiverKinds.This
                ? SyntaxFactory.ThisExpression()
                : SyntaxFactory.IdentifierName(NameGenerator.Identifier(receiver.Symbol!.Name));
        }

        var copies = plan.LocalCopies(cancellationToken);
        var copyNames = copies.Variables.ToDictionary(v => v, v => NameGenerator.MakeUnique(v.Name, taken), SymbolEqualityComparer.Default);
        var renamed = RenamedIdentifiers(loop, model, copyNames, cancellationToken);
        var branches = new List<(ExpressionSyntax Condition, BlockSyntax Body)>();
        foreach (var type in plan.Types)
        {
            var variable = NameGenerator.MakeUnique(NameGenerator.CamelCase(type.Name), taken);
            var direct = SyntaxFactory.IdentifierName(NameGenerator.Identifier(variable));
            var viaCast = SyntaxFactory.ParenthesizedExpression(
                SyntaxFactory.CastExpression(ReceiverBinding.TypeSyntaxFor(receiver.Type!), direct));
            var plain = targets.ToDictionary(target => target.MemberAccess, target => ReceiverBinding.BindsToImplementation(target, type, model, cancellationToken));
            var copy = ReplaceReceivers(loop, targets, target => plain[target.MemberAccess] ? direct : viaCast, renamed);
            var condition = SyntaxFactory.IsPatternExpression(
                tested,
                SyntaxFactory.DeclarationPattern(ReceiverBinding.TypeSyntaxFor(type), SyntaxFactory.SingleVariableDesignation(NameGenerator.Identifier(variable))));
            branches.Add((condition.NormalizeWhitespace(), WithLocalCopies(copy, copies, copyNames)));
        }

        StatementSyntax chain = SyntaxFactory.Block(elseLoop);
        for (var i = branches.Count - 1; i >= 0; i--)
        {
            var (condition, body) = branches[i];
            chain = SyntaxFactory.IfStatement(condition, body, SyntaxFactory.ElseClause(chain));
        }

        statements.Add((IfStatementSyntax)chain);
        return Replace(root, loop, statements);
    }

    /// <summary>The loop with each target read through <paramref name="receiverFor"/> and each renamed identifier renamed.</summary>
    private static StatementSyntax ReplaceReceivers(
        StatementSyntax loop,
        IReadOnlyList<DispatchSite> targets,
        System.Func<DispatchSite, ExpressionSyntax> receiverFor,
        IReadOnlyDictionary<SyntaxNode, string> renamed)
    {
        var byNode = targets.ToDictionary(target => target.MemberAccess);
        return loop
            .ReplaceNodes(
                byNode.Keys.Concat(renamed.Keys),
                (original, rewritten) => byNode.TryGetValue(original, out var target)
                    ? ReceiverBinding.WithReceiver(rewritten, receiverFor(target))
                    : ((IdentifierNameSyntax)rewritten).WithIdentifier(NameGenerator.Identifier(renamed[original]).WithTriviaFrom(((IdentifierNameSyntax)rewritten).Identifier)))
            .WithoutTrivia();
    }

    /// <summary>Every identifier in the loop that names a copied variable, with the copy's name.</summary>
    private static Dictionary<SyntaxNode, string> RenamedIdentifiers(
        StatementSyntax loop, SemanticModel model, Dictionary<ISymbol, string> copyNames, CancellationToken cancellationToken)
        => copyNames.Count == 0
            ? new Dictionary<SyntaxNode, string>()
            : loop.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(name => name.Parent is not NameColonSyntax)
                .Select(name => (Name: (SyntaxNode)name, Symbol: model.GetSymbolInfo(name, cancellationToken).Symbol))
                .Where(pair => pair.Symbol is not null && copyNames.ContainsKey(pair.Symbol))
                .ToDictionary(pair => pair.Name, pair => copyNames[pair.Symbol!]);

    /// <summary>The typed copy's block: the copies declared, the loop, the copies written back.</summary>
    private static BlockSyntax WithLocalCopies(StatementSyntax copy, LoopLocalCopies copies, Dictionary<ISymbol, string> copyNames)
    {
        var statements = copies.Variables
            .Select(v => (StatementSyntax)LocalDeclaration(copyNames[v], Name(v.Name)).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed))
            .ToList();
        statements.Add(copy);
        if (copies.WriteBack)
        {
            statements.AddRange(copies.Variables.Select((v, i) => WriteBack(v.Name, copyNames[v], blankLineBefore: i == 0)));
        }

        return SyntaxFactory.Block(statements);
    }

    private static StatementSyntax WriteBack(string variable, string copy, bool blankLineBefore)
    {
        var statement = SyntaxFactory.ExpressionStatement(
            SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, Name(variable), Name(copy)));
        return blankLineBefore ? statement.WithLeadingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed) : statement;
    }

    private static IdentifierNameSyntax Name(string name) => SyntaxFactory.IdentifierName(NameGenerator.Identifier(name));

    private static LocalDeclarationStatementSyntax LocalDeclaration(string name, ExpressionSyntax value)
        => SyntaxFactory.LocalDeclarationStatement(
            SyntaxFactory.VariableDeclaration(
                SyntaxFactory.IdentifierName("var"),
                SyntaxFactory.SingletonSeparatedList(
                    SyntaxFactory.VariableDeclarator(NameGenerator.Identifier(name))
                        .WithInitializer(SyntaxFactory.EqualsValueClause(value)))))
            .NormalizeWhitespace();

    private static SyntaxNode Replace(SyntaxNode root, StatementSyntax loop, List<StatementSyntax> statements)
    {
        statements[0] = statements[0].WithLeadingTrivia(loop.GetLeadingTrivia());
        statements[statements.Count - 1] = statements[statements.Count - 1].WithTrailingTrivia(loop.GetTrailingTrivia());
        var annotated = statements.Select(statement => statement.WithAdditionalAnnotations(Formatter.Annotation)).ToList();
        if (loop.Parent is BlockSyntax or SwitchSectionSyntax)
        {
            return root.ReplaceNode(loop, annotated);
        }

        if (loop.Parent is GlobalStatementSyntax && annotated.Count == 1)
        {
            return root.ReplaceNode(loop, annotated[0]);
        }

        // An embedded statement (if/else/loop body without braces) can hold only one statement.
        var inner = annotated.Select(statement => statement.WithTrailingTrivia(SyntaxFactory.ElasticMarker)).ToList();
        inner[0] = inner[0].WithLeadingTrivia(loop.GetLeadingTrivia());
        var block = SyntaxFactory.Block(inner)
            .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
            .WithTrailingTrivia(loop.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
        return root.ReplaceNode(loop, block);
    }
}
