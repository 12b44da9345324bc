using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>What one hoist needs, read from a DSP001 diagnostic and re-resolved against the current semantic model.</summary>
internal sealed class HoistRequest
{
    private HoistRequest(StatementSyntax loop, HoistReceiver receiver, ImmutableArray<INamedTypeSymbol> types)
    {
        Loop = loop;
        Receiver = receiver;
        Types = types;
    }

    /// <summary>The loop statement to hoist the type checks out of.</summary>
    public StatementSyntax Loop { get; }

    public HoistReceiver Receiver { get; }

    /// <summary>The concrete types to test for, in order.</summary>
    public ImmutableArray<INamedTypeSymbol> Types { get; }

    public static bool IsLoop(SyntaxNode node)
        => node is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;

    /// <summary>The loop statement of <c>AdditionalLocations[0]</c>, or null when the syntax there is no longer a loop.</summary>
    public static StatementSyntax? FindLoop(SyntaxNode root, Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count == 0)
        {
            return null;
        }

        var span = diagnostic.AdditionalLocations[0].SourceSpan;
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        return root.FindNode(span, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .OfType<StatementSyntax>()
            .FirstOrDefault(statement => statement.Span == span && IsLoop(statement));
    }

    public static HoistRequest? Create(
        SemanticModel model,
        StatementSyntax loop,
        SyntaxNode dispatchNode,
        ImmutableDictionary<string, string?> properties,
        CancellationToken cancellationToken)
    {
        // The analyzer omits HoistTypes when hoisting is not safe.
        if (!properties.TryGetValue(DiagnosticProperties.HoistTypes, out var hoistTypes) || string.IsNullOrEmpty(hoistTypes))
        {
            return null;
        }

        // A stale diagnostic: the call is no longer inside the loop.
        if (!loop.Span.Contains(dispatchNode.Span))
        {
            return null;
        }

        properties.TryGetValue(DiagnosticProperties.ReceiverKind, out var kind);
        var receiver = HoistReceiver.Resolve(model, dispatchNode, kind, cancellationToken);
        if (receiver is null || IsDeclaredInside(receiver.Symbol, loop))
        {
            return null;
        }

        var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var id in hoistTypes!.Split(new[] { ';' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            var type = ResolveType(id.Trim(), model.Compilation);
            // A type that no longer exists (or is not a concrete type) makes the whole hoist unsafe to compute.
            if (type is null || type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsAbstract)
            {
                return null;
            }

            types.Add(type);
        }

        return types.Count == 0 ? null : new HoistRequest(loop, receiver, types.ToImmutable());
    }

    private static INamedTypeSymbol? ResolveType(string id, Compilation compilation)
        => (DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation)
            ?? DocumentationCommentId.GetFirstSymbolForReferenceId(id, compilation)) as INamedTypeSymbol;

    private static bool IsDeclaredInside(ISymbol? symbol, SyntaxNode loop)
        => symbol is ILocalSymbol local
            && local.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == loop.SyntaxTree && loop.Span.Contains(reference.Span));
}
