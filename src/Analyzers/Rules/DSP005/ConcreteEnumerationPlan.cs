using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP005's fix decision, the one home for it: the analyzer calls <see cref="Create"/> to decide whether the fix is
/// offered, and the fixer calls it again on the current document and writes exactly this plan.
/// </summary>
/// <remarks>
/// The fix turns <c>foreach (var x in items) body</c> into <c>if (items is List&lt;T&gt; list) { foreach (var x in list)
/// body } else if … else { original loop }</c>. It is planned only when every copy of the body means what the original
/// meant: no label or local function in the loop (duplicates would clash or change what a <c>goto</c> reaches), no
/// directive but whole <c>#if</c> and <c>#region</c> blocks, no compiler warning inside it (each copy would repeat it),
/// a body of at most <see cref="DispatchOptions.MaxBodyStatements"/>
/// statements, and per type an iteration variable converted the same way (identity, reference, boxing or unboxing; the
/// declared type is written out when <c>var</c> would change it). A collection that is not a local or parameter is read
/// into a local first, so it is still evaluated once.
/// </remarks>
internal sealed class ConcreteEnumerationPlan
{
    private ConcreteEnumerationPlan(CommonForEachStatementSyntax loop, ExpressionSyntax collection, bool hoist, ImmutableArray<ConcreteEnumerationArm> arms)
    {
        Loop = loop;
        Collection = collection;
        HoistCollection = hoist;
        Arms = arms;
    }

    public CommonForEachStatementSyntax Loop { get; }

    /// <summary>The collection expression as written, parentheses removed.</summary>
    public ExpressionSyntax Collection { get; }

    /// <summary>The collection is not a local or parameter: the fix reads it into a new local before the type tests.</summary>
    public bool HoistCollection { get; }

    public ImmutableArray<ConcreteEnumerationArm> Arms { get; }

    public static ConcreteEnumerationPlan? Create(
        CommonForEachStatementSyntax loop,
        SemanticModel model,
        ImmutableArray<ITypeSymbol> types,
        DispatchOptions options,
        CancellationToken cancellationToken = default)
    {
        // Nothing to test for, or the user asked for no arms.
        if (types.IsEmpty || options.MaxCollectionTypes == 0 || loop.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
        {
            return null;
        }

        // Broken code, directives other than whole #if and #region blocks, labels and local functions do not survive duplication.
        if (loop.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) || !HasOnlyWholeDirectiveBlocks(loop)
            || loop.Parent is LabeledStatementSyntax
            || loop.DescendantNodes().Any(n => n is LabeledStatementSyntax or LocalFunctionStatementSyntax))
        {
            return null;
        }

        // Each copy would repeat a warning the compiler gives inside the loop.
        if (model.GetDiagnostics(loop.Span, cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Warning && !d.IsSuppressed))
        {
            return null;
        }

        // Too large a body to copy once per type.
        if (loop.Statement.DescendantNodesAndSelf().Count(n => n is StatementSyntax and not BlockSyntax) > options.MaxBodyStatements)
        {
            return null;
        }

        var collection = Unparenthesized(loop.Expression);
        var hoist = model.GetSymbolInfo(collection).Symbol is not (ILocalSymbol or IParameterSymbol);
        // Top-level statements cannot take the hoisted local and the type tests as one statement.
        if (hoist && loop.Parent is GlobalStatementSyntax)
        {
            return null;
        }

        var iterationType = loop is ForEachStatementSyntax single ? (model.GetDeclaredSymbol(single) as ILocalSymbol)?.Type : model.GetForEachStatementInfo(loop).ElementType;
        var languageVersion = ((CSharpParseOptions)loop.SyntaxTree.Options).LanguageVersion;
        var enclosing = model.GetEnclosingSymbol(loop.SpanStart);
        ISymbol? within = enclosing as INamedTypeSymbol ?? enclosing?.ContainingType ?? (ISymbol?)model.Compilation.Assembly;
        var arms = ImmutableArray.CreateBuilder<ConcreteEnumerationArm>();
        foreach (var type in types.Take(options.MaxCollectionTypes))
        {
            var element = CheaperCollectionTypes.ElementTypeOf(type);
            var excludeDefault = CheaperCollectionTypes.IsImmutableArray(type);
            // The type test must be writable here; a default ImmutableArray needs a property pattern (C# 8).
            if (iterationType is null || element is null || !IsWritable(type, within, model.Compilation)
                || (excludeDefault && languageVersion < LanguageVersion.CSharp8))
            {
                return null;
            }

            if (!TryIterationType(loop, element, iterationType, within, model.Compilation, out var explicitType))
            {
                return null;
            }

            arms.Add(new ConcreteEnumerationArm(type, explicitType, excludeDefault));
        }

        return new ConcreteEnumerationPlan(loop, collection, hoist, arms.ToImmutable());
    }

    /// <summary>
    /// Whether every directive inside the loop (its leading trivia, which the rewrite keeps once, aside) belongs to an
    /// <c>#if</c> … <c>#endif</c> or <c>#region</c> … <c>#endregion</c> block that opens and closes inside it: each copy
    /// then carries whole blocks. Any other directive (<c>#line</c>, <c>#nullable</c>, <c>#pragma</c>) would also act
    /// on the copies after it.
    /// </summary>
    private static bool HasOnlyWholeDirectiveBlocks(CommonForEachStatementSyntax loop)
    {
        if (!loop.ContainsDirectives)
        {
            return true;
        }

        int conditions = 0, regions = 0;
        foreach (var trivia in loop.DescendantTrivia(loop.Span, descendIntoTrivia: false))
        {
            if (!trivia.IsDirective || !loop.Span.Contains(trivia.Span))
            {
                continue;
            }

            switch (trivia.Kind())
            {
                case SyntaxKind.IfDirectiveTrivia:
                    conditions++;
                    break;
                case SyntaxKind.ElifDirectiveTrivia or SyntaxKind.ElseDirectiveTrivia when conditions > 0:
                    break;
                case SyntaxKind.EndIfDirectiveTrivia when conditions > 0:
                    conditions--;
                    break;
                case SyntaxKind.RegionDirectiveTrivia:
                    regions++;
                    break;
                case SyntaxKind.EndRegionDirectiveTrivia when regions > 0:
                    regions--;
                    break;
                default:
                    // Another directive, or one closing a block opened outside the loop.
                    return false;
            }
        }

        return conditions == 0 && regions == 0;
    }

    /// <summary>
    /// Whether the arm's iteration variable gets the original's value the same way; <paramref name="explicitType"/> is
    /// the type to write instead of <c>var</c> when the concrete element type differs.
    /// </summary>
    private static bool TryIterationType(CommonForEachStatementSyntax loop, ITypeSymbol element, ITypeSymbol iterationType, ISymbol? within, Compilation compilation, out ITypeSymbol? explicitType)
    {
        explicitType = null;
        var conversion = compilation.ClassifyConversion(element, iterationType);
        if (conversion.IsIdentity)
        {
            return true;
        }

        // A deconstruction, or a conversion that could behave differently (numeric, nullable, user-defined).
        if (loop is not ForEachStatementSyntax single || conversion.IsUserDefined || !(conversion.IsReference || conversion.IsBoxing || conversion.IsUnboxing))
        {
            return false;
        }

        if (single.Type.IsVar)
        {
            explicitType = iterationType;
            return IsWritable(iterationType, within, compilation);
        }

        return true;
    }

    /// <summary>Whether the type can be named at this point: no anonymous or error type in it, everything accessible.</summary>
    private static bool IsWritable(ITypeSymbol type, ISymbol? within, Compilation compilation)
        => type switch
        {
            IArrayTypeSymbol array => IsWritable(array.ElementType, within, compilation),
            INamedTypeSymbol { IsAnonymousType: true } or IErrorTypeSymbol => false,
            INamedTypeSymbol named => (within is null || compilation.IsSymbolAccessibleWithin(named, within))
                && named.TypeArguments.All(t => IsWritable(t, within, compilation))
                && (named.ContainingType is null || IsWritable(named.ContainingType, within, compilation)),
            ITypeParameterSymbol => true,
            _ => type.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Dynamic),
        };

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}

/// <summary>One type test of the plan: the concrete type, the iteration type to write for <c>var</c> (null: keep the declaration), and whether a default <c>ImmutableArray</c> must be left to the original loop.</summary>
internal sealed class ConcreteEnumerationArm
{
    public ConcreteEnumerationArm(ITypeSymbol type, ITypeSymbol? explicitIterationType, bool excludeDefault)
    {
        Type = type;
        ExplicitIterationType = explicitIterationType;
        ExcludeDefault = excludeDefault;
    }

    public ITypeSymbol Type { get; }

    public ITypeSymbol? ExplicitIterationType { get; }

    public bool ExcludeDefault { get; }
}
