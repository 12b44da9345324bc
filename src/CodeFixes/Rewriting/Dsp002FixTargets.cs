using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>Reads what each DSP002 fix needs from a diagnostic, against the current syntax and semantic model.</summary>
internal static class Dsp002FixTargets
{
    /// <summary>The dispatched access and the types to switch on, or null when the type switch is not offered or the syntax moved.</summary>
    public static (SyntaxNode Dispatch, ImmutableArray<INamedTypeSymbol> Types)? TypeSwitch(SyntaxNode root, SemanticModel model, Diagnostic diagnostic)
    {
        var dispatch = DispatchTargetFinder.FindDispatchNode(root, diagnostic.Location.SourceSpan);
        var types = Types(diagnostic, DiagnosticProperties.HoistTypes, model.Compilation);
        // The analyzer omits the types when a switch could change behaviour; a statement with syntax errors is not rewritten.
        return dispatch is null || types.IsDefaultOrEmpty || !SyntaxGuard.ParsesCleanly(dispatch.FirstAncestorOrSelf<StatementSyntax>())
            ? null
            : (dispatch, types);
    }

    /// <summary>The reported <c>foreach</c> and the types to split into, or null when the split is not offered or the syntax moved.</summary>
    public static (ForEachStatementSyntax Loop, ImmutableArray<INamedTypeSymbol> Types)? Split(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var types = Types(diagnostic, DiagnosticProperties.SplitTypes, model.Compilation);
        // The analyzer omits the types when the split is not provably safe.
        if (types.IsDefaultOrEmpty || HoistRequest.FindLoop(root, diagnostic) is not ForEachStatementSyntax loop
            || !SyntaxGuard.ParsesCleanly(loop.FirstAncestorOrSelf<MemberDeclarationSyntax>())
            || SplitUses.Find(root, model, loop, types, cancellationToken) is null)
        {
            return null;
        }

        return (loop, types);
    }

    /// <summary>The concrete types listed under <paramref name="key"/>, or default when absent or one no longer resolves.</summary>
    public static ImmutableArray<INamedTypeSymbol> Types(Diagnostic diagnostic, string key, Compilation compilation)
    {
        if (!diagnostic.Properties.TryGetValue(key, out var ids) || string.IsNullOrEmpty(ids))
        {
            return default;
        }

        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var id in ids!.Split(new[] { ';' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            // A type that no longer exists makes the whole rewrite unsafe to compute.
            if (HoistRequest.ResolveType(id.Trim(), compilation) is not { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } type)
            {
                return default;
            }

            builder.Add(type);
        }

        return builder.ToImmutable();
    }
}
