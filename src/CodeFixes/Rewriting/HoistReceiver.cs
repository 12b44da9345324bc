using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DispatchAnalyzers.CodeFixes.Rewriting;

/// <summary>
/// The loop-invariant receiver of a dispatched call, re-resolved from the current semantic model:
/// a local, a parameter, a readonly field of <c>this</c> (or of the containing type when static), or <c>this</c>.
/// </summary>
internal sealed class HoistReceiver
{
    private HoistReceiver(string kind, ISymbol? symbol, ITypeSymbol type, ExpressionSyntax? written)
    {
        Kind = kind;
        Symbol = symbol;
        Type = type;
        Written = written;
    }

    /// <summary>One of the <see cref="ReceiverKinds"/> values.</summary>
    public string Kind { get; }

    /// <summary>The local, parameter or field; null for <c>this</c>.</summary>
    public ISymbol? Symbol { get; }

    /// <summary>The static type of the receiver expression (what a cast form casts back to).</summary>
    public ITypeSymbol Type { get; }

    /// <summary>The receiver as written at the reported call (null for an implicit <c>this</c>).</summary>
    public ExpressionSyntax? Written { get; }

    /// <summary>Resolves the receiver of <paramref name="dispatchNode"/> (member access, element access or implicit-this name).</summary>
    public static HoistReceiver? Resolve(SemanticModel model, SyntaxNode dispatchNode, string? expectedKind, CancellationToken cancellationToken)
    {
        var written = DispatchTargetFinder.ReceiverExpressionOf(dispatchNode);
        if (written is null)
        {
            // Implicit this: the type of the instance is the containing type.
            var containing = model.GetEnclosingSymbol(dispatchNode.SpanStart, cancellationToken)?.ContainingType;
            return expectedKind == ReceiverKinds.This && containing is not null
                ? new HoistReceiver(ReceiverKinds.This, null, containing, null)
                : null;
        }

        var type = model.GetTypeInfo(written, cancellationToken).Type;
        // A receiver without a type cannot be tested against anything.
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        var stripped = StripParentheses(written);
        if (stripped is ThisExpressionSyntax)
        {
            return expectedKind == ReceiverKinds.This ? new HoistReceiver(ReceiverKinds.This, null, type, written) : null;
        }

        var symbol = model.GetSymbolInfo(stripped, cancellationToken).Symbol;
        var kind = symbol switch
        {
            ILocalSymbol { IsRef: false } => ReceiverKinds.Local,
            IParameterSymbol { RefKind: RefKind.None } => ReceiverKinds.Parameter,
            IFieldSymbol { IsReadOnly: true } field when IsOwnField(stripped, field, model, cancellationToken) => ReceiverKinds.ReadOnlyField,
            _ => null,
        };

        // The syntax no longer matches what the analyzer reported.
        return kind is not null && kind == expectedKind ? new HoistReceiver(kind, symbol, type, written) : null;
    }

    /// <summary>True when <paramref name="expression"/> is this receiver (same symbol, read through the same instance).</summary>
    public bool Matches(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var stripped = StripParentheses(expression);
        if (Kind == ReceiverKinds.This)
        {
            return stripped is ThisExpressionSyntax;
        }

        if (stripped is not IdentifierNameSyntax && stripped is not MemberAccessExpressionSyntax)
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(stripped, cancellationToken).Symbol;
        if (!SymbolEqualityComparer.Default.Equals(symbol, Symbol))
        {
            return false;
        }

        return Kind != ReceiverKinds.ReadOnlyField || IsOwnField(stripped, (IFieldSymbol)symbol!, model, cancellationToken);
    }

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

    private static bool IsOwnField(ExpressionSyntax expression, IFieldSymbol field, SemanticModel model, CancellationToken cancellationToken)
    {
        if (expression is IdentifierNameSyntax)
        {
            return true;
        }

        if (expression is not MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access)
        {
            return false;
        }

        if (!field.IsStatic)
        {
            return access.Expression is ThisExpressionSyntax;
        }

        // A static field is read through its own type only.
        return SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression, cancellationToken).Symbol, field.ContainingType);
    }
}
