using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Whether a dispatched call's own work clearly dominates the dispatch, so that removing the dispatch would not show:
/// the receiver is an I/O, parsing or serialization boundary, or every implementation the call can land in loops or recurses.
/// </summary>
/// <remarks>
/// Boundaries are well-known types (and every type deriving from or implementing one): streams, readers and writers
/// of text, binary, XML and JSON, ADO.NET readers, commands and connections, HTTP handlers and contents, and anything in
/// <c>System.Net</c>. An implementation loops when its declaration in source contains a <c>for</c>, <c>foreach</c>,
/// <c>while</c> or <c>do</c> loop that does not run a constant small number of times
/// (<see cref="HotLoopModel.MaxColdTripCount"/>). It recurses when its body calls itself directly, or passes
/// <c>this</c> to a virtual, abstract or interface call (double dispatch, <c>node.Accept(this)</c>): it walks a
/// structure; an override calling <c>base.M()</c> works when the base implementation does. A forward to another implementation of the same member (a decorator) is not recursion. The answer is cached per implementation.
/// Implementations outside source, abstract or unknown, count as doing no work.
/// </remarks>
internal sealed class CalleeWork
{
    private static readonly WellKnownType.Set Boundaries = new(
        "System.IO.Stream", "System.IO.TextReader", "System.IO.TextWriter", "System.IO.BinaryReader", "System.IO.BinaryWriter",
        "System.IO.Pipelines.PipeReader", "System.IO.Pipelines.PipeWriter",
        "System.Data.IDataRecord", "System.Data.IDbCommand", "System.Data.IDbConnection",
        "System.Data.Common.DbDataReader", "System.Data.Common.DbCommand", "System.Data.Common.DbConnection",
        "System.Xml.XmlReader", "System.Xml.XmlWriter", "System.Runtime.Serialization.XmlObjectSerializer",
        "System.Text.Json.Serialization.JsonConverter",
        "Newtonsoft.Json.JsonReader", "Newtonsoft.Json.JsonWriter", "Newtonsoft.Json.JsonConverter");

    private readonly SymbolReferenceFinder _finder;
    private readonly Compilation _compilation;
    private readonly SymbolCache<ISymbol, bool> _works = new();

    public CalleeWork(Compilation compilation, SymbolReferenceFinder finder)
    {
        _compilation = compilation;
        _finder = finder;
    }

    /// <summary>Whether <paramref name="type"/> is, derives from or implements a boundary type, or belongs to <c>System.Net</c>.</summary>
    public bool IsBoundary(ITypeSymbol type)
    {
        foreach (var candidate in ImplementationIndex.SelfBasesAndInterfaces(type))
        {
            if (Boundaries.Contains(candidate) || IsInSystemNet(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every implementation of <paramref name="member"/> a call can land in loops or recurses: those of <paramref name="reaching"/>,
    /// or, when none is known, those of every implementation in source of <paramref name="receiverType"/>.
    /// </summary>
    public bool AllImplementationsWork(ISymbol member, ITypeSymbol receiverType, ImmutableArray<INamedTypeSymbol> reaching, ImplementationIndex implementations, CancellationToken cancellationToken)
    {
        var types = reaching.IsEmpty ? implementations.ConcreteImplementationsOf(receiverType, cancellationToken) : reaching;
        // Nothing known: no evidence of work.
        if (types.IsEmpty)
        {
            return false;
        }

        foreach (var type in types)
        {
            if (ImplementationIndex.ImplementationOf(type, member) is not { } implementation || !Works(implementation, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private bool Works(ISymbol implementation, CancellationToken cancellationToken)
        => _works.GetOrCompute(implementation.OriginalDefinition, this, static (symbol, self, token) => self.ComputeWorks(symbol, token), cancellationToken);

    private bool ComputeWorks(ISymbol implementation, CancellationToken cancellationToken)
    {
        foreach (var reference in implementation.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            // Declared in another compilation's source (a project reference's metadata has none; this guards generated trees).
            if (!_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                continue;
            }

            foreach (var node in declaration.DescendantNodes())
            {
                if (node is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    && _finder.GetModel(node.SyntaxTree).GetOperation(node, cancellationToken) is ILoopOperation loop
                    && !HotLoopModel.HasSmallConstantTripCount(loop))
                {
                    return true;
                }

                if (node is InvocationExpressionSyntax invocation && MayRecurse(invocation, implementation.Name)
                    && _finder.GetModel(node.SyntaxTree).GetOperation(node, cancellationToken) is IInvocationOperation call
                    && Recurses(implementation, call, cancellationToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a call can be one <see cref="Recurses"/> counts, from its syntax alone: it names the implementation's member
    /// (a self-call, <c>base.M()</c>) or passes <c>this</c>. The others are not bound (binding one binds its whole member).
    /// </summary>
    private static bool MayRecurse(InvocationExpressionSyntax invocation, string name)
    {
        var invoked = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            // A delegate or an expression called: not told apart without binding.
            _ => null,
        };
        return invoked is null || invoked == name || invocation.ArgumentList.Arguments.Any(argument => IsThisSyntax(argument.Expression));
    }

    /// <summary><c>this</c>, maybe cast, parenthesized or with <c>!</c>: the shapes <see cref="IsThis"/> sees through.</summary>
    private static bool IsThisSyntax(ExpressionSyntax expression)
        => expression switch
        {
            ThisExpressionSyntax => true,
            ParenthesizedExpressionSyntax parenthesized => IsThisSyntax(parenthesized.Expression),
            CastExpressionSyntax cast => IsThisSyntax(cast.Expression),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AsExpression } asCast => IsThisSyntax(asCast.Left),
            PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed => IsThisSyntax(suppressed.Operand),
            _ => false,
        };

    /// <summary>Whether <paramref name="call"/>, made inside <paramref name="implementation"/>, calls it back or double-dispatches on <c>this</c>.</summary>
    private bool Recurses(ISymbol implementation, IInvocationOperation call, CancellationToken cancellationToken)
    {
        var target = call.TargetMethod.OriginalDefinition;
        if (SymbolEqualityComparer.Default.Equals(target, implementation.OriginalDefinition))
        {
            return true;
        }

        // `base.M()` from the override of M runs the base implementation: it works when that one does.
        if (!call.IsVirtual && call.Instance is IInstanceReferenceOperation
            && SymbolEqualityComparer.Default.Equals(target, (implementation as IMethodSymbol)?.OverriddenMethod?.OriginalDefinition))
        {
            return Works(target, cancellationToken);
        }

        // A wrapper forwarding to another implementation of the member (a decorator) is not a self-call: it does not count.
        var dispatched = call.Instance is not null && (target.IsVirtual || target.IsAbstract || target.IsOverride || target.ContainingType.TypeKind == TypeKind.Interface);
        return dispatched && call.Arguments.Any(argument => IsThis(argument.Value));
    }

    private static bool IsThis(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };
    }

    private static bool IsInSystemNet(ITypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name == "Net" && ns.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace.IsGlobalNamespace)
            {
                return true;
            }
        }

        return false;
    }
}
