using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.Model;

/// <summary>
/// The cheap reference search the compilation-wide indexes share: simple names spelled like a symbol, each with the
/// semantic model of its tree, without binding anything else.
/// </summary>
/// <remarks>
/// A private member (or a local function) is looked for only in its type's declarations; anything else in every tree of
/// the compilation. Callers bind the names they get and keep those that resolve to their symbol.
/// </remarks>
internal sealed class SymbolReferenceFinder
{
    private readonly Compilation _compilation;

    public SymbolReferenceFinder(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The simple names spelled like <paramref name="symbol"/>, each with the semantic model of its tree.</summary>
    public IEnumerable<(SimpleNameSyntax Name, SemanticModel Model)> FindNames(ISymbol symbol, CancellationToken cancellationToken)
    {
        var roots = IsSearchedInOwnType(symbol)
            ? symbol.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken))
            : _compilation.SyntaxTrees.Select(t => t.GetRoot(cancellationToken));
        foreach (var root in roots)
        {
            SemanticModel? model = null;
            foreach (var token in root.DescendantTokens())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == symbol.Name && token.Parent is SimpleNameSyntax name)
                {
#pragma warning disable RS1030 // Binds only the names spelled like the symbol, in trees other than the one analysed; see the remarks.
                    model ??= _compilation.GetSemanticModel(root.SyntaxTree);
#pragma warning restore RS1030
                    yield return (name, model);
                }
            }
        }
    }

    private static bool IsSearchedInOwnType(ISymbol symbol)
        => symbol.ContainingType is not null
            && (symbol.DeclaredAccessibility == Accessibility.Private || symbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction });
}
