using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>Finds every reference to a method in the solution and what it passes for one parameter.</summary>
internal static class CallSiteScanner
{
    public static async Task<IReadOnlyList<CallSite>> ScanAsync(Solution solution, IMethodSymbol method, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        var sites = new List<CallSite>();
        var references = await SymbolFinder.FindReferencesAsync(method, solution, cancellationToken).ConfigureAwait(false);
        foreach (var referenced in references.Where(r => SymbolEqualityComparer.Default.Equals(r.Definition.OriginalDefinition, method.OriginalDefinition)))
        {
            foreach (var location in referenced.Locations)
            {
                ITypeSymbol? type = null;
                if (!location.IsImplicit && !location.IsCandidateLocation && location.Location.SourceTree is { } tree)
                {
                    var model = await location.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                    var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
                    type = model is null ? null : ArgumentTypeAt(root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true), model, parameter, cancellationToken);
                }

                sites.Add(new CallSite(location.Location, type));
            }
        }

        return sites;
    }

    /// <summary>The natural type of the argument when <paramref name="node"/> names the method in a call without type arguments.</summary>
    private static ITypeSymbol? ArgumentTypeAt(SyntaxNode node, SemanticModel model, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        // Explicit type arguments would need one more once the method gains a type parameter.
        if (node is not IdentifierNameSyntax name)
        {
            return null;
        }

        ExpressionSyntax callee = name.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == name => access,
            MemberBindingExpressionSyntax binding => binding,
            _ => name,
        };

        // Method groups, nameof, crefs: not a call.
        if (callee.Parent is not InvocationExpressionSyntax invocation || invocation.Expression != callee
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation)
        {
            return null;
        }

        var argument = operation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == parameter.Ordinal);
        var expression = argument?.Value.Syntax as ExpressionSyntax;
        // A default argument passes null; an omitted or target-typed argument gives inference nothing to work with.
        if (argument is null || argument.ArgumentKind != ArgumentKind.Explicit || expression is null
            || expression.IsKind(SyntaxKind.NullLiteralExpression) || expression.IsKind(SyntaxKind.DefaultLiteralExpression)
            || expression is ImplicitObjectCreationExpressionSyntax)
        {
            return null;
        }

        var type = model.GetTypeInfo(expression, cancellationToken).Type;
        // Nullable<T> boxes to the interface but does not satisfy it as a type argument.
        return type is null or { TypeKind: TypeKind.Error or TypeKind.Dynamic or TypeKind.Pointer }
            || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
            ? null
            : type;
    }
}
