using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Rules;

/// <summary>
/// Whether DSP001 or DSP002 reports a dispatch site, decided by their own code: their analysis of the site runs with a
/// context that only records whether it reported. DSP006 leaves such a site to them (their fixes know more than the
/// measured types). DSP003 reports boxing conversions, DSP005 <c>foreach</c> loops: never a call site DSP006 reports.
/// </summary>
internal static class OtherRulesAtSite
{
    private static readonly (string Id, Action<OperationAnalysisContext, DispatchSite, DispatchModel> Analyze)[] SiteRules =
    {
        (DiagnosticIds.DispatchOnLoopInvariantReceiver, DispatchOnLoopInvariantReceiverAnalyzer.Analyze),
        (DiagnosticIds.DispatchOnMixedCollectionElement, DispatchOnMixedCollectionElementAnalyzer.Analyze),
    };

    public static bool Report(OperationAnalysisContext context, DispatchSite site, DispatchModel model)
    {
        // Those rules visit only the operations of a loop body (DispatchRuleAnalyzer.RegisterDispatchSitesInLoops).
        if (!IsVisitedFromLoop(site.Operation))
        {
            return false;
        }

        var tree = site.Operation.Syntax.SyntaxTree;
        var reported = false;
        foreach (var (id, analyze) in SiteRules)
        {
            // A rule turned off reports nothing, so the site stays DSP006's.
            if (IsSuppressed(id, tree, context.Compilation, context.CancellationToken))
            {
                continue;
            }

            var probe = new OperationAnalysisContext(
                site.Operation, context.ContainingSymbol, context.Compilation, context.Options, _ => reported = true, _ => true, context.CancellationToken);
            analyze(probe, site, model);
            if (reported)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the nearest enclosing loop, lambda or local function is a loop (the loop-only rules' visit).</summary>
    private static bool IsVisitedFromLoop(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ILoopOperation)
            {
                return true;
            }

            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsSuppressed(string id, SyntaxTree tree, Compilation compilation, CancellationToken cancellationToken)
    {
        var options = compilation.Options;
        if (options.SyntaxTreeOptionsProvider is { } provider && provider.TryGetDiagnosticValue(tree, id, cancellationToken, out var perTree))
        {
            return perTree == ReportDiagnostic.Suppress;
        }

        if (options.SyntaxTreeOptionsProvider is { } global && global.TryGetGlobalDiagnosticValue(id, cancellationToken, out var globalValue))
        {
            return globalValue == ReportDiagnostic.Suppress;
        }

        return options.SpecificDiagnosticOptions.TryGetValue(id, out var specific) && specific == ReportDiagnostic.Suppress;
    }
}
