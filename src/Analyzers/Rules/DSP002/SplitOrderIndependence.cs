namespace DispatchAnalyzers.Rules;

/// <summary>
/// Whether a <c>foreach</c> body computes the same result whatever order the elements are visited in, so that the
/// split (one loop per type) changes the order of visits and nothing else.
/// </summary>
/// <remarks>
/// The body may write only two kinds of variables:
/// <list type="bullet">
/// <item>locals it declares itself (fresh on every iteration), through any assignment, <c>out</c> or deconstruction;</item>
/// <item>accumulators: a non-<c>ref</c> local or by-value parameter declared outside the loop, written only by
/// statement-level compound assignments of one commutative family with the compiler's own, unchecked operator and no
/// conversion of the variable: <c>+=</c>, <c>-=</c>, <c>++</c>, <c>--</c> (integral types; and <c>float</c>/<c>double</c>,
/// whose sums come out equal up to rounding, as the split's docs promise), or only <c>*=</c> (integral), or only one of
/// <c>|=</c>, <c>&amp;=</c>, <c>^=</c> (integral, <c>bool</c>, enums). An accumulator is read nowhere in the body but as
/// that target, is written in no lambda or local function, and is captured by none in the function holding the loop (a
/// delegate could read a running value).</item>
/// </list>
/// Nothing else is written (fields, properties, array or span elements, pointers, events, <c>ref</c>/<c>out</c> arguments
/// into outer variables), no <c>ref</c> local is declared and no address taken (they alias storage that outlives an
/// iteration). The body uses the result of an instance member only when the receiver is the element, a local the body
/// declares, or a value obtained from those through members; a member of anything that outlives an iteration (an outer
/// variable, a field, <c>this</c>, a static property's value) may keep state between calls (<c>counter.Next()</c>), so
/// only calls made for their effect (the result discarded, like writing output, whose order the split changes) are allowed
/// on it. Static methods, constructors and members of the element are trusted to depend on their receiver and arguments.
/// </remarks>
internal static class SplitOrderIndependence
{
    private enum Family { Additive, Multiplicative, Or, And, Xor }

    public static bool IsOrderIndependent(IForEachLoopOperation loop, ILocalSymbol element)
    {
        var families = new Dictionary<ISymbol, Family>(SymbolEqualityComparer.Default);
        var accumulatorTargets = new HashSet<IOperation>();
        foreach (var operation in loop.Body.DescendantsAndSelf())
        {
            var accepted = operation switch
            {
                // A ref local or an address aliases storage that outlives the iteration.
                IVariableDeclaratorOperation { Symbol.IsRef: true } or IAddressOfOperation or IEventAssignmentOperation => false,
                ICompoundAssignmentOperation compound => IsBodyLocalWrite(compound.Target, loop)
                    || Accumulates(compound, compound.Target, FamilyOf(compound), loop, families, accumulatorTargets),
                IIncrementOrDecrementOperation increment => IsBodyLocalWrite(increment.Target, loop)
                    || Accumulates(increment, increment.Target, FamilyOf(increment), loop, families, accumulatorTargets),
                ISimpleAssignmentOperation assignment => IsBodyLocalWrite(assignment.Target, loop),
                ICoalesceAssignmentOperation coalesce => IsBodyLocalWrite(coalesce.Target, loop),
                IDeconstructionAssignmentOperation deconstruction => IsBodyLocalWrite(deconstruction.Target, loop),
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => IsBodyLocalWrite(argument.Value, loop),
                IInvocationOperation invocation => IsEffectOnly(invocation) || IsTrustedReceiver(ReceiverOf(invocation), element, loop),
                IPropertyReferenceOperation { Instance: { } instance } => IsTrustedReceiver(instance, element, loop),
                _ => true,
            };

            if (!accepted)
            {
                return false;
            }
        }

        // An accumulator read anywhere but as its own target (or by a delegate) would see a running, order-dependent value.
        return families.Count == 0
            || (!loop.Body.DescendantsAndSelf().Any(o => IsAccumulatorReference(o, families) && !accumulatorTargets.Contains(o))
                && !IsCapturedInMethod(loop, families));
    }

    private static bool Accumulates(IOperation write, IOperation target, Family? family, IForEachLoopOperation loop, Dictionary<ISymbol, Family> families, HashSet<IOperation> targets)
    {
        var symbol = target switch
        {
            ILocalReferenceOperation { Local: { IsRef: false } local } => local,
            IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } => (ISymbol)parameter,
            _ => null,
        };

        // Not an outer variable, not a statement of its own, not a commutative built-in operator, or inside a lambda.
        if (symbol is null || family is null || write.Parent is not IExpressionStatementOperation || OperationFacts.IsInsideNestedFunction(write, loop))
        {
            return false;
        }

        // Mixing families (x += a; x *= b) depends on the order again.
        if (families.TryGetValue(symbol, out var known) && known != family)
        {
            return false;
        }

        families[symbol] = family.Value;
        targets.Add(target);
        return true;
    }

    private static Family? FamilyOf(ICompoundAssignmentOperation compound)
    {
        if (compound.IsChecked || compound.OperatorMethod is not null || !IsIdentity(compound.InConversion) || !IsIdentity(compound.OutConversion))
        {
            // An overflow check, a user-defined operator or a narrowing per step depends on the order.
            return null;
        }

        var type = compound.Target.Type;
        return compound.OperatorKind switch
        {
            BinaryOperatorKind.Add or BinaryOperatorKind.Subtract when IsIntegral(type) || IsFloatingPoint(type) => Family.Additive,
            BinaryOperatorKind.Multiply when IsIntegral(type) => Family.Multiplicative,
            BinaryOperatorKind.Or when IsBitwise(type) => Family.Or,
            BinaryOperatorKind.And when IsBitwise(type) => Family.And,
            BinaryOperatorKind.ExclusiveOr when IsBitwise(type) => Family.Xor,
            _ => null,
        };
    }

    private static Family? FamilyOf(IIncrementOrDecrementOperation increment)
        => !increment.IsChecked && increment.OperatorMethod is null && (IsIntegral(increment.Target.Type) || IsFloatingPoint(increment.Target.Type))
            ? Family.Additive
            : null;

    private static bool IsIdentity(CommonConversion conversion) => !conversion.Exists || conversion.IsIdentity;

    private static bool IsIntegral(ITypeSymbol? type)
        => type?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    private static bool IsFloatingPoint(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Single or SpecialType.System_Double;

    private static bool IsBitwise(ITypeSymbol? type) => IsIntegral(type) || type?.SpecialType == SpecialType.System_Boolean || type?.TypeKind == TypeKind.Enum;

    /// <summary>A write the body keeps to itself: a discard, or locals it declares (fresh each iteration).</summary>
    private static bool IsBodyLocalWrite(IOperation target, IForEachLoopOperation loop)
        => target switch
        {
            IDiscardOperation => true,
            ILocalReferenceOperation { Local: var local } => IsBodyLocal(local, loop),
            IDeclarationExpressionOperation declaration => IsBodyLocalWrite(declaration.Expression, loop),
            ITupleOperation tuple => tuple.Elements.All(e => IsBodyLocalWrite(e, loop)),
            IConversionOperation { IsImplicit: true } conversion => IsBodyLocalWrite(conversion.Operand, loop),
            _ => false,
        };

    private static bool IsBodyLocal(ILocalSymbol local, IForEachLoopOperation loop)
        => local.DeclaringSyntaxReferences.Any(r => loop.Body.Syntax.Span.Contains(r.Span));

    /// <summary>A call made for its effect alone: its result, if any, is discarded.</summary>
    private static bool IsEffectOnly(IInvocationOperation invocation) => invocation.Parent is IExpressionStatementOperation;

    private static IOperation? ReceiverOf(IInvocationOperation invocation)
        => invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : invocation.Instance;

    /// <summary>No receiver (static, constructor), the element, a body local, or a value reached from those through members.</summary>
    private static bool IsTrustedReceiver(IOperation? receiver, ILocalSymbol element, IForEachLoopOperation loop)
        => receiver is null || OperationFacts.SkipConversions(receiver) switch
        {
            ILocalReferenceOperation { Local: var local } => SymbolEqualityComparer.Default.Equals(local, element) || IsBodyLocal(local, loop),
            IInvocationOperation invocation => IsTrustedReceiver(ReceiverOf(invocation), element, loop),
            IPropertyReferenceOperation property => IsTrustedReceiver(property.Instance, element, loop),
            IFieldReferenceOperation field => field.Instance is not null && IsTrustedReceiver(field.Instance, element, loop),
            IAwaitOperation awaited => IsTrustedReceiver(awaited.Operation, element, loop),
            IObjectCreationOperation or ILiteralOperation => true,
            _ => false,
        };

    private static bool IsAccumulatorReference(IOperation operation, Dictionary<ISymbol, Family> families)
        => operation is ILocalReferenceOperation or IParameterReferenceOperation
            && OperationFacts.ReferencedSymbol(operation) is { } symbol && families.ContainsKey(symbol);

    private static bool IsCapturedInMethod(IForEachLoopOperation loop, Dictionary<ISymbol, Family> families)
    {
        // The function the loop is in: its own body, or the lambda or local function around the loop.
        IOperation root = loop;
        while (root.Parent is not null && root is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
        {
            root = root.Parent;
        }

        return root.Descendants().Any(o => IsAccumulatorReference(o, families) && OperationFacts.IsInsideNestedFunction(o, root));
    }
}
