using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <content>Where a box goes, and whether it is dispatched there: an argument of a method in source, or a local.</content>
public sealed partial class BoxedValueTypeDispatchAnalyzer
{
    /// <summary>Where the box is dispatched, for the message; null when the argument's box is not this rule's case.</summary>
    private static string? DescribeArgument(
        IConversionOperation conversion,
        IParameterSymbol parameter,
        BlockContext context,
        DispatchModel model,
        DispatchOptions options,
        out bool makeGeneric)
    {
        makeGeneric = false;
        // A generic parameter gets the struct itself unless the caller names the interface as type argument.
        if (parameter.OriginalDefinition.Type.TypeKind == TypeKind.TypeParameter)
        {
            return null;
        }

        var dispatch = model.ParameterDispatch.For(parameter, context.CancellationToken);
        var inHotLoop = model.HotLoops.FindHotLoop(conversion, context.ContainingSymbol, options) is not null;
        // The callee never dispatches on the box, needs the box itself, or dispatches on it outside hot loops only.
        if (!dispatch.Dispatched || !(inHotLoop || dispatch.DispatchedInHotLoop))
        {
            return null;
        }

        var callee = MethodDisplay(parameter.ContainingSymbol);
        var where = inHotLoop
            ? $"in every iteration of a hot loop, then dispatched on in '{callee}'"
            : $"and dispatched on in a hot loop of '{callee}'";
        makeGeneric = model.CanMakeGeneric(parameter, context.CancellationToken);
        return where;
    }

    /// <summary>Where the box is dispatched, for the message; null when the local's box is not this rule's case.</summary>
    private static string? DescribeLocal(
        ILocalSymbol local,
        BlockContext context,
        DispatchModel model,
        FunctionFacts facts,
        DispatchOptions options,
        out RetypeLocalPlan? retypeLocal,
        out MeasuredVerdict measured)
    {
        retypeLocal = null;
        measured = default;
        var cancellationToken = context.CancellationToken;
        var values = facts.ValuesStoredInto(local, cancellationToken);
        var uses = facts.ReceiverUsesOf(local);
        // Some store is opaque or not a boxed value type (null, a class), or the box escapes: not this rule's case.
        if (values is not { } stored || uses.Escapes
            || !stored.All(v => v is IConversionOperation { IsImplicit: true } c && OperationFacts.IsBoxingToInterface(c, out _)))
        {
            return null;
        }

        // Its interface members must be called in a hot loop (one the profile does not measure cold).
        var hot = uses.MemberAccesses
            .Where(access => DispatchSite.TryCreate(access, out var site) && !model.IsAsynchronous(site.Member)
                && model.HotLoops.FindHotLoop(access, context.ContainingSymbol, options) is not null)
            .Select(access => MeasuredVerdict.For(model, access, context.ContainingSymbol, options, cancellationToken))
            .Where(verdict => !verdict.IsQuietWhateverTheTypes)
            .OrderBy(verdict => verdict.Site is null)
            .ToList();
        if (hot.Count == 0)
        {
            return null;
        }

        measured = hot[0];
        var where = measured.Site is null
            ? $"and dispatched on through local '{NameDisplay(local)}' in a hot loop"
            : $"and dispatched on through local '{NameDisplay(local)}' in a hot loop ({measured.Describe(string.Empty)})";
        retypeLocal = RetypeLocalPlan.Create(local, stored, uses, cancellationToken);
        return where;
    }

    private static string MethodDisplay(ISymbol method)
        => method.ContainingType is { } type ? type.Name + "." + method.Name : method.Name;
}
