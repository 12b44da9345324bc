using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>One reference to a method: where it is, and the static type of the argument it passes for one parameter.</summary>
internal sealed class CallSite
{
    private CallSite(SyntaxNode name, ITypeSymbol? argumentType)
    {
        Name = name;
        ArgumentType = argumentType;
    }

    /// <summary>The name that refers to the method.</summary>
    public SyntaxNode Name { get; }

    /// <summary>Null when the reference is not a call whose argument type inference could use.</summary>
    public ITypeSymbol? ArgumentType { get; }

    /// <summary>Every name in the compilation that refers (or may refer) to <paramref name="method"/>, with what it passes for <paramref name="parameter"/>.</summary>
    public static List<CallSite> Find(IMethodSymbol method, IParameterSymbol parameter, SymbolReferenceFinder finder, CancellationToken cancellationToken)
    {
        var sites = new List<CallSite>();
        var definition = method.OriginalDefinition;
        foreach (var (name, model) in finder.FindNames(method, cancellationToken))
        {
            var info = model.GetSymbolInfo(name, cancellationToken);
            if (SymbolEqualityComparer.Default.Equals(Unreduced(info.Symbol)?.OriginalDefinition, definition))
            {
                sites.Add(new CallSite(name, ArgumentTypeAt(name, model, parameter, cancellationToken)));
            }
            else if (info.CandidateSymbols.Any(c => SymbolEqualityComparer.Default.Equals(Unreduced(c)?.OriginalDefinition, definition)))
            {
                // A reference the compiler could not resolve may be a call: nothing known of it.
                sites.Add(new CallSite(name, argumentType: null));
            }
        }

        return sites;
    }

    /// <summary>An extension method called as <c>x.M()</c> binds to its reduced form; the call site is the method's all the same.</summary>
    public static ISymbol? Unreduced(ISymbol? symbol)
        => symbol is IMethodSymbol { ReducedFrom: { } reducedFrom } ? reducedFrom : symbol;

    /// <summary>The natural type of the argument when <paramref name="name"/> names the method in a call without type arguments.</summary>
    private static ITypeSymbol? ArgumentTypeAt(SimpleNameSyntax name, SemanticModel model, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        // Explicit type arguments would need one more once the method gains a type parameter.
        if (name is not IdentifierNameSyntax)
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
