using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DispatchAnalyzers.Model;

/// <summary>
/// What a hot loop is: the one place every rule asks whether an operation runs in hot code, and in which loop.
/// </summary>
/// <remarks>
/// Walks from the operation up to its function boundary (method body, lambda, local function, anonymous method).
/// On the way it returns "cold" at a catch clause, a finally block or a throw; it collects the loops whose repeated
/// part (body, condition, increment; not a for-initializer nor a foreach collection) contains the operation, skipping
/// loops with a constant trip count of <see cref="MaxColdTripCount"/> or less (they neither make code hot nor count as
/// nesting). Static constructors are cold. Then <see cref="HotLoopScope"/> decides: <c>all</c> needs one loop,
/// <c>nested</c> two loops or a hot function, <c>marked</c> a hot function and one loop.
/// </remarks>
internal sealed class HotLoopModel
{
    /// <summary>A loop that runs at most this many times (known at compile time) is not hot.</summary>
    public const int MaxColdTripCount = 8;

    /// <summary>MethodImplOptions.AggressiveOptimization: the method skips tiering, so no Dynamic PGO either.</summary>
    private const int AggressiveOptimization = 512;

    private readonly INamedTypeSymbol? _methodImplAttribute;

    public HotLoopModel(Compilation compilation)
    {
        _methodImplAttribute = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.MethodImplAttribute");
    }

    /// <summary>Finds the innermost hot loop that repeats <paramref name="operation"/>, or null when it is not in hot code.</summary>
    /// <param name="containingSymbol">The symbol owning the operation block (used when no lambda or local function intervenes).</param>
    public ILoopOperation? FindHotLoop(IOperation operation, ISymbol containingSymbol, DispatchOptions options)
    {
        ILoopOperation? innermost = null;
        var loopCount = 0;
        var function = containingSymbol;
        var child = operation;
        for (var current = operation.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    function = lambda.Symbol;
                    goto Boundary;
                case ILocalFunctionOperation localFunction:
                    function = localFunction.Symbol;
                    goto Boundary;
                case ICatchClauseOperation:
                    // Exception handlers run on the error path.
                    return null;
                case ITryOperation tryOperation when tryOperation.Finally == child:
                    // Finally blocks run once per try, and often on the error path.
                    return null;
                case IThrowOperation:
                    // Whatever builds an exception is on the error path.
                    return null;
                case ILoopOperation loop when RepeatsChild(loop, child) && !HasSmallConstantTripCount(loop):
                    innermost ??= loop;
                    loopCount++;
                    break;
            }
        }

    Boundary:
        // Nothing outside a loop is hot, whatever the method's attributes.
        if (innermost is null)
        {
            return null;
        }

        // A static constructor runs once per type.
        if (function is IMethodSymbol { MethodKind: MethodKind.StaticConstructor })
        {
            return null;
        }

        var hot = options.HotLoopScope switch
        {
            HotLoopScope.All => true,
            HotLoopScope.Nested => loopCount >= 2 || IsHotFunction(function, options),
            _ => IsHotFunction(function, options),
        };
        return hot ? innermost : null;
    }

    /// <summary>
    /// The operations whose nearest enclosing loop, within their own function, is <paramref name="loop"/>: its
    /// descendants, without those of nested loops (each has its own) nor of lambdas and local functions (not part of
    /// the loop). A rule that registers for <see cref="OperationKind.Loop"/> visits every operation in a loop once, and
    /// never looks at code outside loops, which is never hot.
    /// </summary>
    public static IEnumerable<IOperation> OperationsDirectlyInside(ILoopOperation loop)
    {
        var pending = new Stack<IOperation>();
        Push(loop);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            yield return operation;
            if (operation is not (ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation))
            {
                Push(operation);
            }
        }

        void Push(IOperation parent)
        {
            foreach (var child in parent.ChildOperations)
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>Whether the function carries a hot-path attribute or <c>[MethodImpl(MethodImplOptions.AggressiveOptimization)]</c>.</summary>
    public bool IsHotFunction(ISymbol function, DispatchOptions options)
    {
        foreach (var attribute in function.GetAttributes())
        {
            var attributeClass = attribute.AttributeClass;
            if (attributeClass is null)
            {
                continue;
            }

            if (_methodImplAttribute is not null
                && SymbolEqualityComparer.Default.Equals(attributeClass, _methodImplAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is int or short
                && (Convert.ToInt32(attribute.ConstructorArguments[0].Value) & AggressiveOptimization) != 0)
            {
                return true;
            }

            var name = attributeClass.Name;
            if (name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            if (options.HotPathAttributes.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="child"/> (a direct child of the loop) runs on every iteration.</summary>
    private static bool RepeatsChild(ILoopOperation loop, IOperation child)
        => loop switch
        {
            IForLoopOperation forLoop => !forLoop.Before.Contains(child),
            IForEachLoopOperation forEach => forEach.Collection != child,
            IForToLoopOperation forTo => forTo.InitialValue != child && forTo.LimitValue != child && forTo.StepValue != child,
            _ => true,
        };

    /// <summary>Loops over a constant range or a literal list of at most <see cref="MaxColdTripCount"/> elements.</summary>
    internal static bool HasSmallConstantTripCount(ILoopOperation loop)
        => loop switch
        {
            IForLoopOperation forLoop => ConstantTripCount.OfFor(forLoop) is { } count && count <= MaxColdTripCount,
            IForEachLoopOperation forEach => ConstantTripCount.OfCollection(forEach.Collection) is { } count && count <= MaxColdTripCount,
            _ => false,
        };
}
