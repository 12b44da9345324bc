using Microsoft.CodeAnalysis.Simplification;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>
/// Decides whether a dispatched access can name a concrete type's member directly (<c>circle.Area()</c>) or must keep
/// the original member through a cast (<c>((IShape)circle).Area()</c>): explicit implementations, better overloads,
/// <c>new</c> hiding, extension methods and covariant returns all make the direct form bind differently.
/// </summary>
internal static class ReceiverBinding
{
    /// <summary>A fully qualified type name the simplifier reduces to what is in scope.</summary>
    public static TypeSyntax TypeSyntaxFor(ITypeSymbol type)
        => SyntaxFactory.ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary><paramref name="node"/> (member access, element access or implicit-this name) read through <paramref name="receiver"/>.</summary>
    public static ExpressionSyntax WithReceiver(SyntaxNode node, ExpressionSyntax receiver) => node switch
    {
        MemberAccessExpressionSyntax access => access.WithExpression(receiver.WithTriviaFrom(access.Expression)),
        ElementAccessExpressionSyntax element => element.WithExpression(receiver.WithTriviaFrom(element.Expression)),
        SimpleNameSyntax name => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, name.WithoutTrivia())
            .WithTriviaFrom(name),
        _ => (ExpressionSyntax)node,
    };

    /// <summary>True when <c>((T)receiver).Member</c> binds, at the original position, to the member's implementation on <paramref name="type"/>.</summary>
    public static bool BindsToImplementation(DispatchSite site, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
        => BindsToImplementation(site.MemberAccess, site.Whole, site.Member, type, model, cancellationToken);

    /// <summary>
    /// True when <c>((T)receiver).Member</c> binds, at the original position, to the member's implementation on
    /// <paramref name="type"/>; <paramref name="node"/> is the access and <paramref name="whole"/> the expression binding it.
    /// </summary>
    public static bool BindsToImplementation(SyntaxNode node, ExpressionSyntax whole, ISymbol member, INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        var implementation = ImplementationOn(type, member);
        // No implementation found: only the cast keeps the original binding for sure.
        if (implementation is null)
        {
            return false;
        }

        var original = node switch
        {
            MemberAccessExpressionSyntax access => access.Expression,
            ElementAccessExpressionSyntax element => element.Expression,
            _ => SyntaxFactory.ThisExpression(),
        };
        var cast = SyntaxFactory.ParenthesizedExpression(SyntaxFactory.CastExpression(TypeSyntaxFor(type), original.WithoutTrivia()));
        var rewritten = WithReceiver(node, cast);
        var speculative = whole == node ? rewritten : whole.ReplaceNode(node, rewritten);
        var info = model.GetSpeculativeSymbolInfo(whole.SpanStart, speculative, SpeculativeBindingOption.BindAsExpression);
        var bound = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
        return bound is not null
            && SameSignatureType(bound, member)
            && (Same(bound, implementation) || Overrides(implementation, bound));
    }

    private static ISymbol? ImplementationOn(INamedTypeSymbol type, ISymbol member)
    {
        member = Definition(member);
        if (member.ContainingType.TypeKind == TypeKind.Interface)
        {
            return type.FindImplementationForInterfaceMember(member);
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var candidate in current.GetMembers(member.Name))
            {
                if (Same(candidate, member) || Overrides(candidate, member))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool Overrides(ISymbol member, ISymbol overridden)
    {
        for (var current = OverriddenOf(member); current is not null; current = OverriddenOf(current))
        {
            if (Same(current, overridden))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? OverriddenOf(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        IEventSymbol @event => @event.OverriddenEvent,
        _ => null,
    };

    private static bool Same(ISymbol left, ISymbol right)
        => SymbolEqualityComparer.Default.Equals(Definition(left).OriginalDefinition, Definition(right).OriginalDefinition);

    private static ISymbol Definition(ISymbol member) => member is IMethodSymbol method ? method.ConstructedFrom : member;

    private static bool SameSignatureType(ISymbol bound, ISymbol original) => (bound, original) switch
    {
        (IMethodSymbol left, IMethodSymbol right) => left.RefKind == right.RefKind && SymbolEqualityComparer.Default.Equals(left.ReturnType, right.ReturnType),
        (IPropertySymbol left, IPropertySymbol right) => left.RefKind == right.RefKind && SymbolEqualityComparer.Default.Equals(left.Type, right.Type),
        (IEventSymbol left, IEventSymbol right) => SymbolEqualityComparer.Default.Equals(left.Type, right.Type),
        _ => false,
    };

    /// <summary>The expression without the parentheses and null-forgiving operators around it (they do not change the value).</summary>
    public static ExpressionSyntax StripParentheses(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    expression = suppressed.Operand;
                    break;
                default:
                    return expression;
            }
        }
    }
}
