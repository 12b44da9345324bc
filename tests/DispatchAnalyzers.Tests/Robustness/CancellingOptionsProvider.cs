using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Analyzer options that cancel a token the first time an analyzer asks for a tree's options, which the DSP analyzers do
/// only once they have found a dispatch site in a loop: the cancellation lands in the middle of their work.
/// </summary>
internal sealed class CancellingOptionsProvider(AnalyzerConfigOptionsProvider inner, CancellationTokenSource cancellation) : AnalyzerConfigOptionsProvider
{
    private int _treeRequests;

    /// <summary>How many times an analyzer asked for a tree's options.</summary>
    public int TreeRequests => Volatile.Read(ref _treeRequests);

    public override AnalyzerConfigOptions GlobalOptions => inner.GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
    {
        if (Interlocked.Increment(ref _treeRequests) == 1)
        {
            cancellation.Cancel();
        }

        return inner.GetOptions(tree);
    }

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);
}
