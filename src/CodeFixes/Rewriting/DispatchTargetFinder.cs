using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>Finds the dispatched member accesses on one receiver inside a loop (not inside lambdas or local functions).</summary>
internal static class DispatchTargetFinder
{
    /// <summary>The explicit receiver of a member or element access; null for an implicit-this name.</summary>
    public static ExpressionSyntax? ReceiverExpressionOf(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax access => access.Expression,
        ElementAccessExpressionSyntax element => element.Expression,
        _ => null,
    };

    /// <summary>The reported node at <paramref name="span"/>, or null when the syntax there is no longer a dispatch.</summary>
    public static SyntaxNode? FindDispatchNode(SyntaxNode root, TextSpan span)
    {
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        return root.FindNode(span, getInnermostNodeForTie: true)
            .AncestorsAndSelf()
            .TakeWhile(node => node.Span == span)
            .FirstOrDefault(node => node is MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }
                or ElementAccessExpressionSyntax
                or IdentifierNameSyntax
                or GenericNameSyntax);
    }

    public static ImmutableArray<DispatchTarget> Find(SyntaxNode loop, HoistReceiver receiver, SemanticModel model, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<DispatchTarget>();
        var nodes = loop.DescendantNodesAndSelf(node => node is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax);
        foreach (var node in nodes)
        {
            var target = node switch
            {
                MemberAccessExpressionSyntax access => FromMemberAccess(access, receiver, model, cancellationToken),
                ElementAccessExpressionSyntax element => FromElementAccess(element, receiver, model, cancellationToken),
                SimpleNameSyntax name when receiver.Kind == ReceiverKinds.This => FromImplicitThis(name, receiver, model, cancellationToken),
                _ => null,
            };
            if (target is not null && !IsInNameof(node))
            {
                builder.Add(target);
            }
        }

        return builder.ToImmutable();
    }

    private static DispatchTarget? FromMemberAccess(MemberAccessExpressionSyntax access, HoistReceiver receiver, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
        {
            return null;
        }

        var member = model.GetSymbolInfo(access, cancellationToken).Symbol;
        var invocation = access.Parent as InvocationExpressionSyntax;
        var isCall = invocation is not null && invocation.Expression == access;
        // Method groups (delegate creation) are not calls: their target object must stay the same.
        if (member is IMethodSymbol && !isCall)
        {
            return null;
        }

        if (!IsDispatched(member, receiver) || !receiver.Matches(access.Expression, model, cancellationToken))
        {
            return null;
        }

        return new DispatchTarget(access, isCall ? invocation! : access, member!);
    }

    private static DispatchTarget? FromElementAccess(ElementAccessExpressionSyntax element, HoistReceiver receiver, SemanticModel model, CancellationToken cancellationToken)
    {
        var member = model.GetSymbolInfo(element, cancellationToken).Symbol;
        return member is IPropertySymbol { IsIndexer: true } && IsDispatched(member, receiver) && receiver.Matches(element.Expression, model, cancellationToken)
            ? new DispatchTarget(element, element, member)
            : null;
    }

    private static DispatchTarget? FromImplicitThis(SimpleNameSyntax name, HoistReceiver receiver, SemanticModel model, CancellationToken cancellationToken)
    {
        // Only a bare name can have an implicit receiver.
        if (name.Parent is MemberAccessExpressionSyntax access && access.Name == name
            || name.Parent is QualifiedNameSyntax or MemberBindingExpressionSyntax or AliasQualifiedNameSyntax)
        {
            return null;
        }

        var invocation = name.Parent as InvocationExpressionSyntax;
        var isCall = invocation is not null && invocation.Expression == name;
        var operation = model.GetOperation(isCall ? invocation! : name, cancellationToken);
        var (instance, member) = operation switch
        {
            IInvocationOperation call when isCall => (call.Instance, (ISymbol)call.TargetMethod),
            IPropertyReferenceOperation property when !isCall => (property.Instance, property.Property),
            IEventReferenceOperation @event when !isCall => (@event.Instance, @event.Event),
            _ => (null, null),
        };

        return instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, IsImplicit: true }
            && IsDispatched(member, receiver)
            ? new DispatchTarget(name, isCall ? invocation! : name, member!)
            : null;
    }

    /// <summary>The model's definition of a dispatch (<see cref="DispatchSite"/>), so the fix rewrites what the analyzer reports.</summary>
    private static bool IsDispatched(ISymbol? member, HoistReceiver receiver)
        => member is IMethodSymbol or IPropertySymbol or IEventSymbol && DispatchSite.IsDispatched(member, receiver.Type);

    private static bool IsInNameof(SyntaxNode node)
        => node.Ancestors().OfType<InvocationExpressionSyntax>().Any(
            invocation => invocation.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });
}
