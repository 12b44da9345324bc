using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// The variables a typed copy of a hoisted loop works on through a fresh local: copied in before the copy and written back
/// after it. Locals and by-value parameters the loop writes, which nothing but the copy can read or write while it runs.
/// </summary>
/// <remarks>
/// Candidates are data flow's WrittenInside minus VariablesDeclared, definitely assigned on entry. Left out, because some
/// other path would see the stale original or the renaming would change meaning: captured variables (a lambda or local
/// function may run meanwhile); address taken; passed by ref/out/in or taken with <c>ref</c> outside the loop, or by
/// ref/in inside it (a ref struct may keep the reference past the loop); ref locals, ref/out/in parameters, <c>this</c>,
/// ref-like and inline-array types; names the loop uses in <c>nameof</c> or as inferred tuple or anonymous-type member
/// names; inside a try with catch or finally of the same function, variables read outside the loop (an exception or a
/// return leaves without the write-back). No copies at all when the loop holds a goto. No write-back when the loop's end
/// point is unreachable (it would be unreachable code).
/// </remarks>
internal sealed class LoopLocalCopies
{
    private LoopLocalCopies(ImmutableArray<ISymbol> variables, bool writeBack)
    {
        Variables = variables;
        WriteBack = writeBack;
    }

    public static LoopLocalCopies None { get; } = new(ImmutableArray<ISymbol>.Empty, writeBack: false);

    /// <summary>The locals and parameters to copy, in the order the loop writes them first.</summary>
    public ImmutableArray<ISymbol> Variables { get; }

    /// <summary>Whether the copies are written back after the loop (its end point is reachable).</summary>
    public bool WriteBack { get; }

    public static LoopLocalCopies For(ILoopOperation loop, CancellationToken cancellationToken)
    {
        var model = loop.SemanticModel!;
        // A goto may leave the loop past the write-back.
        if (loop.Syntax is not StatementSyntax statement || statement.DescendantNodes().Any(n => n is GotoStatementSyntax))
        {
            return None;
        }

        var flow = model.AnalyzeDataFlow(statement);
        var control = model.AnalyzeControlFlow(statement);
        // Without data and control flow nothing is known to be safe.
        if (flow is not { Succeeded: true } || control is not { Succeeded: true })
        {
            return None;
        }

        var skipReadOutside = InsideTryWithHandlers(statement);
        var candidates = new HashSet<ISymbol>(
            flow.WrittenInside.Where(variable => IsPlainVariable(variable)
                && !flow.VariablesDeclared.Contains(variable)
                && flow.DefinitelyAssignedOnEntry.Contains(variable)
                && !flow.Captured.Contains(variable)
                && !flow.UnsafeAddressTaken.Contains(variable)
                && !(skipReadOutside && flow.ReadOutside.Contains(variable))),
            SymbolEqualityComparer.Default);
        candidates.ExceptWith(TakenByReference(loop, statement.Span, candidates, cancellationToken).ToList());
        candidates.ExceptWith(NamedInLoop(statement, model, candidates, cancellationToken).ToList());
        var variables = flow.WrittenInside.Where(candidates.Contains).Distinct(SymbolEqualityComparer.Default).ToImmutableArray();
        return variables.IsEmpty ? None : new LoopLocalCopies(variables, control.EndPointIsReachable);
    }

    private static bool IsPlainVariable(ISymbol variable)
        => variable switch
        {
            ILocalSymbol local => !local.IsRef && !local.IsConst && IsCopyable(local.Type),
            IParameterSymbol parameter => parameter.RefKind == RefKind.None && !parameter.IsThis && IsCopyable(parameter.Type),
            _ => false,
        };

    private static bool IsCopyable(ITypeSymbol type)
        => !type.IsRefLikeType
            && !type.GetAttributes().Any(a => a.AttributeClass is { Name: "InlineArrayAttribute" });

    private static bool InsideTryWithHandlers(StatementSyntax statement)
    {
        foreach (var node in statement.Ancestors())
        {
            switch (node)
            {
                case TryStatementSyntax @try when @try.Catches.Count > 0 || @try.Finally is not null:
                    return true;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Candidates whose storage (or a part of it) is referenced: by ref/out/in or <c>ref</c> outside the loop, by ref/in or <c>ref</c> inside.</summary>
    private static IEnumerable<ISymbol> TakenByReference(ILoopOperation loop, TextSpan loopSpan, HashSet<ISymbol> candidates, CancellationToken cancellationToken)
    {
        var root = (IOperation)loop;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var symbol = operation switch
            {
                ILocalReferenceOperation local => (ISymbol)local.Local,
                IParameterReferenceOperation reference => reference.Parameter,
                _ => null,
            };
            if (symbol is null || !candidates.Contains(symbol))
            {
                continue;
            }

            var storage = StorageOf(operation);
            var kind = storage.Parent is IArgumentOperation { Parameter: { } parameter } ? parameter.RefKind : RefKind.None;
            if ((kind != RefKind.None && !(kind == RefKind.Out && loopSpan.Contains(operation.Syntax.Span)))
                || WithoutParentheses(storage.Syntax).Parent is RefExpressionSyntax or MakeRefExpressionSyntax)
            {
                yield return symbol;
            }
        }
    }

    /// <summary>The reference extended through its declaration, field accesses and by-ref returns on it: what a <c>ref</c> would point into.</summary>
    private static IOperation StorageOf(IOperation reference)
    {
        var current = reference;
        while (current.Parent switch
        {
            IDeclarationExpressionOperation => true,
            IFieldReferenceOperation field => field.Instance == current,
            IInvocationOperation call => call.Instance == current && (call.TargetMethod.ReturnsByRef || call.TargetMethod.ReturnsByRefReadonly),
            IPropertyReferenceOperation property => property.Instance == current && (property.Property.ReturnsByRef || property.Property.ReturnsByRefReadonly),
            _ => false,
        })
        {
            current = current.Parent!;
        }

        return current;
    }

    private static SyntaxNode WithoutParentheses(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            node = parenthesized;
        }

        return node;
    }

    /// <summary>Candidates the loop names where the name itself matters: in <c>nameof</c>, or as an inferred member name.</summary>
    private static IEnumerable<ISymbol> NamedInLoop(StatementSyntax loop, SemanticModel model, HashSet<ISymbol> candidates, CancellationToken cancellationToken)
        => loop.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(name => InsideNameOf(name) || InfersMemberName(name))
            .Select(name => model.GetSymbolInfo(name, cancellationToken).Symbol)
            .Where(symbol => symbol is not null && candidates.Contains(symbol))!;

    private static bool InsideNameOf(SyntaxNode name)
        => name.Ancestors().OfType<InvocationExpressionSyntax>()
            .Any(call => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "nameof" });

    private static bool InfersMemberName(IdentifierNameSyntax name)
    {
        var node = WithoutParentheses(name);
        if (node.Parent is AnonymousObjectMemberDeclaratorSyntax { NameEquals: null })
        {
            return true;
        }

        // A tuple element without a name takes the variable's, unless the tuple is a deconstruction's target.
        if (node.Parent is not ArgumentSyntax { NameColon: null, Parent: TupleExpressionSyntax tuple })
        {
            return false;
        }

        while (tuple.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax outer })
        {
            tuple = outer;
        }

        return !(tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple);
    }
}
