using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP006's fix decision ("Test the measured types first"), the one home for it: the analyzer calls <see cref="Create"/>
/// to decide whether the fix is offered and writes the plan's types into the diagnostic (<see cref="Dsp006Properties"/>);
/// the fixer calls it again on the current document with those types and writes exactly this plan.
/// </summary>
/// <remarks>
/// Guarded devirtualization in source: the access becomes DSP002's type switch (<see cref="TypeSwitchPlan"/>, which
/// decides the switch itself: receiver written out and evaluated once, arguments declaring no variable, a use a switch
/// can produce, types that devirtualize and are accessible), over the measured types in descending share. On top of it
/// a measured type must still convert to the receiver's type (a stale profile can name anything), the call must not
/// lean on an optional parameter's default (the concrete member may declare another default), and the site must not be
/// inside an expression tree or a query (a switch expression cannot be quoted). At most
/// <see cref="DispatchOptions.MaxGuessedTypes"/> types get an arm; the rest take the original dispatch.
/// </remarks>
internal static class MeasuredTypesPlan
{
    public static TypeSwitchPlan? Create(DispatchSite site, ImmutableArray<INamedTypeSymbol> measured, ISymbol within, int maxTypes, Compilation compilation)
    {
        // Nothing resolved, or the user turned the fix off.
        if (measured.IsDefaultOrEmpty || maxTypes <= 0 || site.Instance.Type is not { } receiverType)
        {
            return null;
        }

        // An omitted optional argument would take the concrete member's default, which may differ.
        if (site.Operation is IInvocationOperation invocation && invocation.Arguments.Any(a => a.ArgumentKind == ArgumentKind.DefaultValue))
        {
            return null;
        }

        if (site.Operation is IPropertyReferenceOperation property && property.Arguments.Any(a => a.ArgumentKind == ArgumentKind.DefaultValue))
        {
            return null;
        }

        // A quoted lambda or a query clause cannot hold a switch expression.
        if (IsQuoted(site.Whole, site.Operation.SemanticModel))
        {
            return null;
        }

        var related = measured.Where(t => IsValueOf(t, receiverType, compilation)).ToImmutableArray();
        var plan = TypeSwitchPlan.Create(site, related, within, compilation);
        // More testable types than allowed: test only the most frequent ones.
        return plan is not null && plan.Types.Length > maxTypes
            ? TypeSwitchPlan.Create(site, related.Where(t => plan.Types.Contains(t, SymbolEqualityComparer.Default)).Take(maxTypes).ToImmutableArray(), within, compilation)
            : plan;
    }

    /// <summary>Whether an object of <paramref name="type"/> can be the receiver's value (identity, reference or boxing).</summary>
    private static bool IsValueOf(INamedTypeSymbol type, ITypeSymbol receiverType, Compilation compilation)
    {
        var conversion = ((CSharpCompilation)compilation).ClassifyConversion(type, receiverType);
        return conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference || conversion.IsBoxing);
    }

    private static bool IsQuoted(SyntaxNode node, SemanticModel? model)
        => node.Ancestors().Any(a => a is QueryExpressionSyntax
            || (a is AnonymousFunctionExpressionSyntax lambda && model?.GetTypeInfo(lambda).ConvertedType is INamedTypeSymbol { Name: "Expression" } converted
                && converted.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions"));
}
