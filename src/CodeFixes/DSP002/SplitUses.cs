namespace DispatchAnalyzers.CodeFixes;

/// <summary>
/// Every use of a collection the layout fix splits, found again in the current document: its declaration, its
/// <c>Add</c> statements (with the concrete type each adds) and its <c>foreach</c> loops. Null when any use has another
/// shape: the analyzer allowed only these, so anything else means the code changed since.
/// </summary>
internal sealed class SplitUses
{
    private SplitUses(ISymbol storage, SyntaxNode declaration, VariableDeclaratorSyntax declarator, List<(SimpleNameSyntax Name, INamedTypeSymbol Type)> adds, List<ForEachStatementSyntax> loops)
    {
        Storage = storage;
        Declaration = declaration;
        Declarator = declarator;
        Adds = adds;
        Loops = loops;
    }

    /// <summary>The local or field.</summary>
    public ISymbol Storage { get; }

    /// <summary>The <see cref="LocalDeclarationStatementSyntax"/> or <see cref="FieldDeclarationSyntax"/>.</summary>
    public SyntaxNode Declaration { get; }

    public VariableDeclaratorSyntax Declarator { get; }

    /// <summary>The storage's name in each <c>Add</c> statement, with the concrete type of the added value.</summary>
    public List<(SimpleNameSyntax Name, INamedTypeSymbol Type)> Adds { get; }

    public List<ForEachStatementSyntax> Loops { get; }

    public static SplitUses? Find(SyntaxNode root, SemanticModel model, ForEachStatementSyntax reportedLoop, ImmutableArray<INamedTypeSymbol> types, CancellationToken cancellationToken)
    {
        var storage = model.GetSymbolInfo(ReceiverBinding.StripParentheses(reportedLoop.Expression), cancellationToken).Symbol;
        if (storage is not (ILocalSymbol or IFieldSymbol) || storage.DeclaringSyntaxReferences.Length != 1
            || storage.DeclaringSyntaxReferences[0].SyntaxTree != root.SyntaxTree
            || root.FindNode(storage.DeclaringSyntaxReferences[0].Span) is not VariableDeclaratorSyntax declarator
            || declarator.Parent?.Parent is not (LocalDeclarationStatementSyntax or FieldDeclarationSyntax))
        {
            // Not a local or field declared in this document.
            return null;
        }

        // A local is used only in its own member; a private field only in the file that declares it (the analyzer checked).
        SyntaxNode scope = storage is ILocalSymbol
            ? declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>(member => member is not GlobalStatementSyntax) ?? root
            : root;
        var adds = new List<(SimpleNameSyntax, INamedTypeSymbol)>();
        var loops = new List<ForEachStatementSyntax>();
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == storage.Name))
        {
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, storage))
            {
                continue;
            }

            var use = name.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } qualified && qualified.Name == name ? qualified : (ExpressionSyntax)name;
            if (use.Parent is ForEachStatementSyntax loop && loop.Expression == use)
            {
                loops.Add(loop);
            }
            else if (use.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" } add && add.Expression == use
                && add.Parent is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1, Parent: ExpressionStatementSyntax } invocation
                && model.GetTypeInfo(invocation.ArgumentList.Arguments[0].Expression, cancellationToken).Type is INamedTypeSymbol type
                && types.Contains(type, SymbolEqualityComparer.Default))
            {
                adds.Add((name, type));
            }
            else
            {
                // A use the analyzer would not have allowed: the code changed.
                return null;
            }
        }

        return loops.Count == 0 ? null : new SplitUses(storage, declarator.Parent.Parent, declarator, adds, loops);
    }
}
