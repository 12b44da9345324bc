using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Robustness.SelfTest;

/// <summary>
/// Test double for the harness self-tests: marks every loop (TRB001), or misbehaves on it the way a broken analyzer
/// would: spins until its analysis is cancelled, or blocks and ignores cancellation until <see cref="Release"/> is set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoopMarkerAnalyzer(LoopMarkerAnalyzer.Behavior behavior) : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TRB001", "Loop", "A loop", "Test", DiagnosticSeverity.Warning, true);

    public LoopMarkerAnalyzer()
        : this(Behavior.Report)
    {
    }

    public enum Behavior
    {
        Report,
        SpinUntilCancelled,
        BlockIgnoringCancellation,
    }

    /// <summary>Lets a blocked analyzer go at the end of the self-test.</summary>
    public ManualResetEventSlim Release { get; } = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(OnLoop, OperationKind.Loop);
    }

    private void OnLoop(OperationAnalysisContext context)
    {
        switch (behavior)
        {
            case Behavior.SpinUntilCancelled:
                SpinWait.SpinUntil(() => context.CancellationToken.IsCancellationRequested);
                context.CancellationToken.ThrowIfCancellationRequested();
                break;
            case Behavior.BlockIgnoringCancellation:
                Release.Wait(TimeSpan.FromMinutes(5));
                break;
            default:
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Operation.Syntax.GetFirstToken().GetLocation()));
                break;
        }
    }
}
