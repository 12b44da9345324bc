using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// DSP002's type-switch fix, decided: the dispatched access, and the types that get an arm of their own, in order. The
/// analyzer offers the fix exactly when <see cref="Create"/> returns a plan that <see cref="Pays"/>; the fixer builds the
/// same plan on the current document and applies it without further checks.
/// </summary>
/// <remarks>
/// Safe when: the access is a call or a read whose value a switch can produce (a statement call becomes a switch
/// statement; a non-void, non-ref value a switch expression), the language has switch expressions, its receiver is
/// written out, the statement parses cleanly, and its arguments declare no variable (an <c>out var</c> or a pattern
/// variable would be declared once per arm, out of reach of the code after the switch). A type gets an arm when the arm
/// can call it directly (<see cref="ImplementationIndex.IsHoistable"/>) and it is accessible here. Arms keep the order
/// they are given in (the most often stored type first, <see cref="ReachingTypeSet.ByFrequency"/>), except that a
/// derived type goes before its base (the base arm would catch it). Other types, null, and every type nobody saw take
/// the last arm, which is the original dispatch.
/// </remarks>
internal sealed class TypeSwitchPlan
{
    private TypeSwitchPlan(DispatchSite site, ExpressionSyntax receiver, ITypeSymbol receiverType, ImmutableArray<INamedTypeSymbol> types)
    {
        Site = site;
        Receiver = receiver;
        ReceiverType = receiverType;
        Types = types;
    }

    public DispatchSite Site { get; }

    /// <summary>The element as written: the governing expression of the switch.</summary>
    public ExpressionSyntax Receiver { get; }

    public ITypeSymbol ReceiverType { get; }

    /// <summary>The types with an arm of their own, in arm order.</summary>
    public ImmutableArray<INamedTypeSymbol> Types { get; }

    /// <summary>The element is a local: the last arm calls it again; otherwise the last arm names the value the switch read.</summary>
    public bool ElementIsLocal => OperationFacts.SkipImplicitConversions(Site.Instance) is ILocalReferenceOperation;

    /// <summary>A call used as a statement: a switch statement replaces the statement.</summary>
    public bool AsStatement => Site.Whole.Parent is ExpressionStatementSyntax;

    public static TypeSwitchPlan? Create(DispatchSite site, ImmutableArray<INamedTypeSymbol> knownTypes, ISymbol within, Compilation compilation)
    {
        var syntax = site.Whole;
        if (syntax.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp8 } || !CanBeSwitched(site.Operation)
            || site.WrittenReceiver is not { } receiver || site.Instance.Type is not { } receiverType
            || !SyntaxGuard.ParsesCleanly(syntax.FirstAncestorOrSelf<StatementSyntax>()))
        {
            // No switch expressions, a use a switch cannot stand in for, or code that does not parse.
            return null;
        }

        // Each arm repeats the access: a variable its arguments declare would be declared per arm, out of scope after it
        // (variables of lambdas and of switch expression arms stay inside them).
        if (syntax.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or SwitchExpressionArmSyntax)).OfType<SingleVariableDesignationSyntax>().Any())
        {
            return null;
        }

        var containingType = within as INamedTypeSymbol ?? within.ContainingType;
        // Nowhere to check accessibility from.
        if (containingType is null || knownTypes.IsDefault)
        {
            return null;
        }

        var testable = knownTypes
            .Where(t => ImplementationIndex.IsHoistable(t, site.Member) && compilation.IsSymbolAccessibleWithin(t, containingType))
            .ToList();
        return testable.Count == 0 ? null : new TypeSwitchPlan(site, receiver, receiverType, DerivedFirst(testable));
    }

    /// <summary>
    /// Whether the switch pays where the analyzer would offer it (docs/rules/DSP002.md has the numbers): only where
    /// Dynamic PGO does not guard the dispatch (<paramref name="pgoGuards"/> false: NativeAOT, PGO or tiering off, an
    /// older runtime, an <c>AggressiveOptimization</c> method), since PGO's guarded devirtualization already tests the
    /// commonest type and inlines it; with at most <see cref="DispatchOptions.MaxSwitchArms"/> arms; and when every arm
    /// calls an implementation the JIT inlines (<see cref="IsInlinable"/>), since a direct call that is not inlined costs
    /// what the dispatch did.
    /// </summary>
    public bool Pays(DispatchOptions options, bool pgoGuards)
        => !pgoGuards && Types.Length <= options.MaxSwitchArms
            && Types.All(type => IsInlinable(ImplementationIndex.ImplementationOf(type, Site.Member)));

    /// <summary>
    /// An implementation in source whose body is one expression or at most one statement, with no loop, <c>try</c>, lambda or
    /// local function, and not marked <c>NoInlining</c>: what the JIT inlines into the arm.
    /// </summary>
    private static bool IsInlinable(ISymbol? implementation)
    {
        var method = implementation switch
        {
            IMethodSymbol m => m,
            IPropertySymbol p => p.GetMethod,
            _ => null,
        };
        // Not found, declared in metadata or in several parts, or kept out of line: no way to know it is small.
        if (method is null || method.DeclaringSyntaxReferences.Length != 1
            || (method.MethodImplementationFlags & System.Reflection.MethodImplAttributes.NoInlining) != 0)
        {
            return false;
        }

        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        var (expression, body) = declaration switch
        {
            BaseMethodDeclarationSyntax m => ((SyntaxNode?)m.ExpressionBody, m.Body),
            AccessorDeclarationSyntax a => (a.ExpressionBody, a.Body),
            PropertyDeclarationSyntax p => (p.ExpressionBody, null),
            IndexerDeclarationSyntax i => (i.ExpressionBody, null),
            ArrowExpressionClauseSyntax arrow => (arrow, null),
            _ => (null, (BlockSyntax?)null),
        };
        SyntaxNode? code = expression ?? (body is { Statements.Count: <= 1 } ? body : null);
        return code is not null && !code.DescendantNodes().Any(n => n is ForStatementSyntax or CommonForEachStatementSyntax
            or WhileStatementSyntax or DoStatementSyntax or TryStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
    }

    /// <summary>The given order, with each type moved before the first of its base types that precedes it.</summary>
    private static ImmutableArray<INamedTypeSymbol> DerivedFirst(List<INamedTypeSymbol> types)
    {
        var ordered = new List<INamedTypeSymbol>();
        foreach (var type in types)
        {
            var index = ordered.FindIndex(placed => InheritsFrom(type, placed));
            ordered.Insert(index < 0 ? ordered.Count : index, type);
        }

        return ordered.ToImmutableArray();
    }

    private static bool InheritsFrom(ITypeSymbol type, ITypeSymbol candidateBase)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, candidateBase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CanBeSwitched(IOperation access)
    {
        switch (access)
        {
            case IInvocationOperation invocation:
                // A statement call becomes a switch statement; a value becomes a switch expression.
                return access.Parent is IExpressionStatementOperation
                    || (!invocation.TargetMethod.ReturnsVoid && invocation.TargetMethod.RefKind == RefKind.None && !IsRefContext(access));
            case IPropertyReferenceOperation property:
                return property.Property.RefKind == RefKind.None && property.Property.GetMethod is not null && !IsWritten(access) && !IsRefContext(access);
            default:
                return false;
        }
    }

    private static bool IsWritten(IOperation access)
        => access.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == access,
            IIncrementOrDecrementOperation => true,
            ITupleOperation { Parent: IDeconstructionAssignmentOperation } => true,
            _ => false,
        };

    private static bool IsRefContext(IOperation access)
        => access.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None }
            || access.Syntax.Parent is RefExpressionSyntax;
}
