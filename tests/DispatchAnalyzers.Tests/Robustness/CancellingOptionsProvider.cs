using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Analyzer options that cancel a token the first time code of the watched assemblies asks for a tree's options, which
/// the DSP analyzers do only once they have found a dispatch site in a loop: the cancellation lands in the middle of
/// their work. Requests from anyone else (the compiler driver reads each tree's options for its own settings) pass.
/// </summary>
internal sealed class CancellingOptionsProvider(AnalyzerConfigOptionsProvider inner, CancellationTokenSource cancellation, IReadOnlySet<string> watched) : AnalyzerConfigOptionsProvider
{
    private int _treeRequests;

    /// <summary>How many times code of the watched assemblies asked for a tree's options.</summary>
    public int TreeRequests => Volatile.Read(ref _treeRequests);

    /// <summary>The stack of the request that cancelled.</summary>
    public string? FirstRequest { get; private set; }

    public override AnalyzerConfigOptions GlobalOptions => inner.GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
    {
        if (IsWatchedCaller() && Interlocked.Increment(ref _treeRequests) == 1)
        {
            FirstRequest = new StackTrace(fNeedFileInfo: false).ToString();
            cancellation.Cancel();
        }

        return inner.GetOptions(tree);
    }

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);

    private bool IsWatchedCaller()
        => new StackTrace(fNeedFileInfo: false).GetFrames()
            .Any(frame => frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name is { } name && watched.Contains(name));
}
