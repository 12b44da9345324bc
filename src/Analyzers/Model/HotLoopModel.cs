namespace DispatchAnalyzers.Model;

/// <summary>
/// What a hot loop is: the one place every rule asks whether an operation runs in hot code, and in which loop.
/// </summary>
/// <remarks>
/// Walks from the operation up to its function boundary (method body, lambda, local function, anonymous method).
/// On the way it returns "cold" at a catch clause, a finally block or a throw; it collects the loops whose repeated
/// part (body, condition, increment; not a for-initializer nor a foreach collection) contains the operation, skipping
/// loops with a constant trip count of <see cref="MaxColdTripCount"/> or less (they neither make code hot nor count as
/// nesting). Static constructors and <c>[Conditional]</c> (debug-only) methods are cold. Then <see cref="HotLoopScope"/> decides: <c>all</c> needs one loop,
/// <c>nested</c> two loops or a hot function, <c>marked</c> a hot function and one loop.
/// </remarks>
internal sealed class HotLoopModel
{
    /// <summary>A loop that runs at most this many times (known at compile time) is not hot.</summary>
    public const int MaxColdTripCount = 8;

    /// <summary>MethodImplOptions.AggressiveOptimization: the method skips tiering, so no Dynamic PGO either.</summary>
    private const int AggressiveOptimization = 512;

    /// <summary>A method marked <c>[Conditional(...)]</c> (debug-only checks): it runs only in builds that define the symbol.</summary>
    private static bool IsConditional(ISymbol function)
        => function is IMethodSymbol
            && function.GetAttributes().Any(a => WellKnownType.Is(a.AttributeClass, "System.Diagnostics.ConditionalAttribute"));

    /// <summary>Finds the innermost hot loop that repeats <paramref name="operation"/>, or null when it is not in hot code.</summary>
    /// <param name="containingSymbol">The symbol owning the operation block (used when no lambda or local function intervenes).</param>
    public ILoopOperation? FindHotLoop(IOperation operation, ISymbol containingSymbol, DispatchOptions options)
        => Find(operation, containingSymbol, options).Loop;

    /// <summary>
    /// The innermost hot loop repeating <paramref name="operation"/> and, when only nesting makes it hot (scope
    /// <c>nested</c>, no hot attribute), the enclosing loop whose repetition the caller must also see: a receiver that
    /// changes with that outer loop is re-tested on every outer iteration, so only the inner trip count is saved.
    /// </summary>
    public HotLoop Find(IOperation operation, ISymbol containingSymbol, DispatchOptions options)
    {
        // Exception handlers, finally blocks and throws run on the error path.
        if (!WalkToFunction(operation, containingSymbol, out var walk))
        {
            return default;
        }

        // Nothing outside a loop is hot, whatever the method's attributes.
        if (walk.Innermost is null)
        {
            return default;
        }

        // A static constructor (or static initializer) runs once per type.
        if (RunsOncePerType(walk.Function))
        {
            return default;
        }

        // `[Conditional("DEBUG")]`: calls to it are left out of the builds that are measured.
        if (IsConditional(walk.Function))
        {
            return default;
        }

        var hotFunction = options.HotLoopScope is not (HotLoopScope.All or HotLoopScope.Profile) && IsHotFunction(walk.Function, options);
        return options.HotLoopScope switch
        {
            HotLoopScope.All or HotLoopScope.Profile => new HotLoop(walk.Innermost, null),
            HotLoopScope.Nested when hotFunction => new HotLoop(walk.Innermost, null),
            HotLoopScope.Nested when walk.LoopCount >= 2 => new HotLoop(walk.Innermost, walk.Outer),
            HotLoopScope.Marked when hotFunction => new HotLoop(walk.Innermost, null),
            _ => default,
        };
    }

    /// <summary>
    /// Whether <paramref name="operation"/> is in code that is never hot, loops or not: a catch clause, a finally block,
    /// a throw, a static constructor or static field or property initializer (looking up to the nearest function boundary).
    /// </summary>
    public static bool IsInColdCode(IOperation operation, ISymbol containingSymbol)
        => !WalkToFunction(operation, containingSymbol, out var walk) || RunsOncePerType(walk.Function);

    /// <summary>
    /// Walks from the operation up to its function boundary, collecting the loops that repeat it; false when it meets
    /// a catch clause, a finally block or a throw on the way. An operation inside a return (<c>return x.M();</c>), or a
    /// return, throw, <c>yield break</c>, break or <c>goto</c> right after the operation's statement (in a block or a
    /// switch section), runs once on the way out: the loops it leaves do not repeat it.
    /// </summary>
    private static bool WalkToFunction(IOperation operation, ISymbol containingSymbol, out LoopWalk walk)
    {
        walk = new LoopWalk { Function = containingSymbol };
        ILabelSymbol? exitedLoop = null;
        ILabelSymbol? gotoTarget = null;
        var leftEveryLoop = false;
        var child = operation;
        for (var current = operation.Parent; current is not null; child = current, current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    walk.Function = lambda.Symbol;
                    return true;
                case ILocalFunctionOperation localFunction:
                    walk.Function = localFunction.Symbol;
                    return true;
                case ICatchClauseOperation:
                    // Exception handlers run on the error path.
                    return false;
                case ITryOperation tryOperation when tryOperation.Finally == child:
                    // Finally blocks run once per try, and often on the error path.
                    return false;
                case IThrowOperation:
                    // Whatever builds an exception is on the error path.
                    return false;
                case IReturnOperation { Kind: OperationKind.Return }:
                    // `return x.M();` runs once, on the way out of every loop.
                    leftEveryLoop = true;
                    break;
                case IBlockOperation block when !leftEveryLoop && exitedLoop is null && gotoTarget is null && LeavesAfter(block.Operations, child, out var exit):
                    Leave(exit, ref leftEveryLoop, ref exitedLoop, ref gotoTarget);
                    break;
                case ISwitchCaseOperation section when !leftEveryLoop && exitedLoop is null && gotoTarget is null && LeavesAfter(section.Body, child, out var exit):
                    Leave(exit, ref leftEveryLoop, ref exitedLoop, ref gotoTarget);
                    break;
                case ISwitchOperation switchOperation when SymbolEqualityComparer.Default.Equals(switchOperation.ExitLabel, exitedLoop):
                    // That break only left a switch.
                    exitedLoop = null;
                    break;
                case ILoopOperation target when gotoTarget is not null && Declares(target, gotoTarget):
                    // The goto jumps to a label inside this loop: it repeats the operation (handled as any loop below).
                    gotoTarget = null;
                    goto default;
                case ILoopOperation when gotoTarget is not null:
                    // The goto leaves this loop.
                    break;
                default:
                    if (current is ILoopOperation loop && RepeatsChild(loop, child) && !HasSmallConstantTripCount(loop) && !leftEveryLoop)
                    {
                        if (exitedLoop is not null)
                        {
                            // Loops up to the one the break leaves do not repeat the operation.
                            if (SymbolEqualityComparer.Default.Equals(loop.ExitLabel, exitedLoop))
                            {
                                exitedLoop = null;
                            }

                            break;
                        }

                        if (walk.Innermost is null)
                        {
                            walk.Innermost = loop;
                        }
                        else
                        {
                            walk.Outer ??= loop;
                        }

                        walk.LoopCount++;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>Records an exit found after the operation's statement.</summary>
    private static void Leave(IBranchOperation? exit, ref bool leftEveryLoop, ref ILabelSymbol? exitedLoop, ref ILabelSymbol? gotoTarget)
    {
        switch (exit?.BranchKind)
        {
            case null:
                // `x.M(); return;` runs once on the way out: no loop above repeats it (loops below still do).
                leftEveryLoop = true;
                break;
            case BranchKind.Break:
                // `x.M(); break;` runs once on the way out of the loop (or switch) the break leaves.
                exitedLoop = exit.Target;
                break;
            default:
                // `x.M(); goto done;` leaves the loops that do not declare the label.
                gotoTarget = exit.Target;
                break;
        }
    }

    /// <summary>Whether the label is declared inside the loop.</summary>
    private static bool Declares(ILoopOperation loop, ILabelSymbol label)
        => label.Locations.Length > 0 && label.Locations[0].SourceTree == loop.Syntax.SyntaxTree && loop.Syntax.Span.Contains(label.Locations[0].SourceSpan);

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

    /// <summary>
    /// Whether an unconditional exit follows <paramref name="child"/> among <paramref name="operations"/> (a block's, or a
    /// switch section's): a return, <c>yield break</c> or throw (<paramref name="exit"/> null), or a break or goto (the branch).
    /// </summary>
    private static bool LeavesAfter(ImmutableArray<IOperation> operations, IOperation child, out IBranchOperation? exit)
    {
        exit = null;
        var index = operations.IndexOf(child);
        for (var i = index + 1; index >= 0 && i < operations.Length; i++)
        {
            switch (operations[i])
            {
                case IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak }:
                case IExpressionStatementOperation { Operation: IThrowOperation }:
                case IThrowOperation:
                    return true;
                case IBranchOperation { BranchKind: BranchKind.Break or BranchKind.GoTo } branch:
                    exit = branch;
                    return true;
            }
        }

        return false;
    }

    /// <summary>A static constructor, or the initializer of a static field or property (part of it).</summary>
    private static bool RunsOncePerType(ISymbol function)
        => function is IMethodSymbol { MethodKind: MethodKind.StaticConstructor } or IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true };

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

            if (IsAggressiveOptimization(attribute))
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

    /// <summary>Whether the function is <c>[MethodImpl(MethodImplOptions.AggressiveOptimization)]</c>: compiled optimized at once, without Dynamic PGO.</summary>
    public bool SkipsTiering(ISymbol function) => function.GetAttributes().Any(IsAggressiveOptimization);

    private static bool IsAggressiveOptimization(AttributeData attribute)
        => WellKnownType.Is(attribute.AttributeClass, "System.Runtime.CompilerServices.MethodImplAttribute")
            && attribute.ConstructorArguments.Length == 1
            && attribute.ConstructorArguments[0].Value is int or short
            && (Convert.ToInt32(attribute.ConstructorArguments[0].Value) & AggressiveOptimization) != 0;

    /// <summary>Whether <paramref name="child"/> (a direct child of the loop) runs on every iteration.</summary>
    private static bool RepeatsChild(ILoopOperation loop, IOperation child)
        => loop switch
        {
            IForLoopOperation forLoop => !forLoop.Before.Contains(child),
            IForEachLoopOperation forEach => forEach.Collection != child,
            IForToLoopOperation forTo => forTo.InitialValue != child && forTo.LimitValue != child && forTo.StepValue != child,
            _ => true,
        };

    /// <summary>What <see cref="WalkToFunction"/> found between an operation and its function boundary.</summary>
    private struct LoopWalk
    {
        public ILoopOperation? Innermost;
        public ILoopOperation? Outer;
        public int LoopCount;
        public ISymbol Function;
    }

    /// <summary>Loops over a constant range or a literal list of at most <see cref="MaxColdTripCount"/> elements.</summary>
    internal static bool HasSmallConstantTripCount(ILoopOperation loop)
        => loop switch
        {
            IForLoopOperation forLoop => ConstantTripCount.OfFor(forLoop) is { } count && count <= MaxColdTripCount,
            IForEachLoopOperation forEach => ConstantTripCount.OfCollection(forEach.Collection) is { } count && count <= MaxColdTripCount,
            _ => false,
        };
}
