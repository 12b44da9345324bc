using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Finds the simple names spelled like a symbol across the compilation (or, for a private member or a local function,
/// inside its type's declarations), each with the semantic model of its tree (<see cref="GetModel"/>).
/// </summary>
/// <remarks>
/// The search is textual: an ordinal search for the name with identifier boundaries on both sides, then
/// <see cref="SyntaxNode.FindToken"/> to keep only identifier tokens (not comments, strings or longer names). It never
/// walks every token of every tree, and a whole-compilation search only looks into the trees whose
/// <see cref="WordIndex"/> may contain the name. A tree that may spell the name with a <c>\u</c> escape (a word written
/// with escapes hashes like the name) is scanned token by token instead.
/// </remarks>
internal sealed class SymbolReferenceFinder
{
    private readonly Compilation _compilation;
    private readonly WordIndex _words;
    private readonly NullableFreeModels _models;

    public SymbolReferenceFinder(Compilation compilation)
    {
        _compilation = compilation;
        _words = new WordIndex(compilation);
        _models = new NullableFreeModels(compilation);
    }

    /// <summary>
    /// The simple names spelled like <paramref name="symbol"/>, each with the semantic model of its tree; for a method,
    /// not the ones whose argument count no form of it takes, nor those where only a constant can stand (<see cref="CannotCall"/>).
    /// </summary>
    public IEnumerable<(SimpleNameSyntax Name, SemanticModel Model)> FindNames(ISymbol symbol, CancellationToken cancellationToken)
        => Scopes(symbol, cancellationToken).SelectMany(scope => FindNames(symbol, scope, cancellationToken));

    /// <summary>The names <see cref="FindNames(ISymbol, CancellationToken)"/> finds in one of the <see cref="Scopes"/> of <paramref name="symbol"/>.</summary>
    public IEnumerable<(SimpleNameSyntax Name, SemanticModel Model)> FindNames(ISymbol symbol, (SyntaxTree Tree, TextSpan Span) scope, CancellationToken cancellationToken)
    {
        var (tree, span) = scope;
        var name = symbol.Name;
        cancellationToken.ThrowIfCancellationRequested();
        var root = tree.GetRoot(cancellationToken);
        SemanticModel? model = null;
        var positions = WordIndex.MaySpellWithEscapes(tree, name, cancellationToken)
            ? TokenScan(root, span, name)
            : new TextWindow(tree.GetText(cancellationToken)).IndexesOfWord(name, span);
        foreach (var position in positions)
        {
            var token = root.FindToken(position);
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Span.Contains(position) && token.Parent is SimpleNameSyntax simpleName
                && !(symbol is IMethodSymbol method && CannotCall(simpleName, method)))
            {
                yield return (simpleName, model ??= GetModel(tree));
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/> is given a number of type arguments, or is called with a number of arguments, that
    /// no form of <paramref name="method"/> takes (normal, <c>params</c> expanded, optional ones left out, an extension
    /// called on its receiver), or stands where only a constant can: it names something else, and binding its member to
    /// find out would be wasted.
    /// </summary>
    private static bool CannotCall(SimpleNameSyntax name, IMethodSymbol method)
    {
        if (name is GenericNameSyntax generic && generic.TypeArgumentList.Arguments.Count != method.Arity)
        {
            return true;
        }

        SyntaxNode callee = name.Parent is MemberAccessExpressionSyntax access && access.Name == name
            ? access
            : name.Parent is MemberBindingExpressionSyntax binding ? binding : name;
        // A constant's place (`case Op.Add:`, a pattern, an attribute argument) or a type's (`x is Op.Add`, parsed as a
        // qualified name): no method can be named there, and binding the name would bind the whole switch around it.
        if (name.Parent is QualifiedNameSyntax || callee.Parent is CaseSwitchLabelSyntax or ConstantPatternSyntax or AttributeArgumentSyntax)
        {
            return true;
        }

        // Not a call (a method group, nameof): any method of that name may be meant.
        if (callee.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != callee)
        {
            return false;
        }

        var count = invocation.ArgumentList.Arguments.Count;
        var required = method.Parameters.Count(p => !p.IsOptional && !p.IsParams);
        var most = method.IsVararg || method.Parameters.Any(p => p.IsParams) ? int.MaxValue - 1 : method.Parameters.Length;
        var fits = count >= required && count <= most;
        var fitsOnReceiver = method.IsExtensionMethod && count + 1 >= required && count + 1 <= most;
        return !fits && !fitsOnReceiver;
    }

    /// <summary>
    /// The semantic model of <paramref name="tree"/> the searches bind names with: one per tree for the compilation,
    /// without nullable analysis, where the compiler offers it (<see cref="NullableFreeModels"/>); else the analyzer
    /// driver's own model (one per tree, dropped once the tree is analysed).
    /// </summary>
    public SemanticModel GetModel(SyntaxTree tree)
        => _models.For(tree);

    /// <summary>Binds the tree of <paramref name="model"/>, the analyzer driver's, with it while it lives, in a compilation made by an edit (<see cref="NullableFreeModels.Share"/>).</summary>
    public void ShareDriverModel(SemanticModel model, CancellationToken cancellationToken)
        => _models.Share(model, cancellationToken);

    /// <summary>
    /// Where names spelled like <paramref name="symbol"/> are looked for: its type's declarations for a private member or
    /// a local function, else every tree whose words may contain the name. None for an unnamed symbol.
    /// </summary>
    public IEnumerable<(SyntaxTree Tree, TextSpan Span)> Scopes(ISymbol symbol, CancellationToken cancellationToken)
    {
        // Nothing spelled like an unnamed symbol.
        if (symbol.Name.Length == 0)
        {
            return Enumerable.Empty<(SyntaxTree, TextSpan)>();
        }

        if (symbol.DeclaredAccessibility == Accessibility.Private || symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction })
        {
            return symbol.ContainingType?.DeclaringSyntaxReferences.Select(r => (r.SyntaxTree, r.GetSyntax(cancellationToken).FullSpan))
                ?? Enumerable.Empty<(SyntaxTree, TextSpan)>();
        }

        // Many symbols share a name (overloads, implementations, parameters of one method): the trees are looked up once per name.
        return _words.TreesThatMayContain(symbol.Name, cancellationToken).Select(t => (t, new TextSpan(0, t.Length)));
    }

    private static IEnumerable<int> TokenScan(SyntaxNode root, TextSpan span, string name)
        => root.DescendantTokens(span).Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name).Select(t => t.SpanStart);
}
