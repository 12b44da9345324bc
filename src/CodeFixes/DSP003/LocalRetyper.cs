namespace DispatchAnalyzers.CodeFixes;

/// <summary>Declares locals with a struct type instead of the interface they were declared with: <c>IShape s = dot;</c> becomes <c>Dot s = dot;</c>.</summary>
internal static class LocalRetyper
{
    /// <summary>The root with each declaration's type replaced by its struct type, written as it can be named at the declaration.</summary>
    public static SyntaxNode Retype(SyntaxNode root, SemanticModel model, IReadOnlyDictionary<VariableDeclarationSyntax, ITypeSymbol> declarations)
    {
        var types = declarations.ToDictionary(
            entry => entry.Key.Type,
            entry => SyntaxFactory.ParseTypeName(entry.Value.ToMinimalDisplayString(model, entry.Key.SpanStart)).WithTriviaFrom(entry.Key.Type));
        return root.ReplaceNodes(types.Keys, (original, _) => types[original]);
    }
}
