using System.Collections.Generic;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>
/// The loop-heavy members of a kernel class: the shapes the DSP rules report (interface or virtual dispatch on an
/// invariant receiver in nested or hot loops, mixed collections, boxed structs) beside the shapes they must not report
/// (constant trip counts, catch blocks, generics, lambdas, varying receivers, already hoisted type checks).
/// </summary>
internal static partial class KernelPatterns
{
    public static readonly IReadOnlyList<KernelPattern> All = new KernelPattern[]
    {
        GridParameter, HotPathWhile, ReadonlyFieldDoWhile, LocalFromSwitch, ConstantTripCount, StaticReadonlyField,
        MutableField, RefParameter, MixedList, MixedArray, FieldPool, SpanOfItems, LinqFiltered, BoxEach, BoxedLocal,
        Delegates, LambdaInLoop, LocalFunction, CatchIsCold, InnerInvariant, GenericAlreadyFine, AsyncAndAggressive,
        AlreadyHoisted, BaseParameter,
    };
}
