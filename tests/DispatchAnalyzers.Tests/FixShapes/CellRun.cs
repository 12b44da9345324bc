using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Rules;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.FixShapes;

/// <summary>
/// One program of the corpus (a scenario in a context) before any fix: its project, the DSP diagnostics of every
/// analyzer, its warnings and what it prints. Computed once and shared by every action tried on it.
/// </summary>
internal sealed class CellRun
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new DispatchOnLoopInvariantReceiverAnalyzer(),
        new DispatchOnMixedCollectionElementAnalyzer(),
        new BoxedValueTypeDispatchAnalyzer(),
        new InterfaceCollectionEnumerationAnalyzer());

    /// <summary>How long a cell program may run; a time-out is part of its output.</summary>
    public static readonly TimeSpan ProgramTimeout = TimeSpan.FromSeconds(20);

    private static readonly ConcurrentDictionary<string, Lazy<Task<CellRun>>> Cache = new();

    private readonly Lazy<string> _output;

    private CellRun(Project project, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<string> warnings, byte[] image)
    {
        Project = project;
        Diagnostics = diagnostics;
        Warnings = warnings;
        _output = new Lazy<string>(() => ProgramRunner.Run(image, CellRun.ProgramTimeout, timeoutIsOutput: true));
    }

    public Project Project { get; }

    public Document Document => Project.Documents.Single();

    /// <summary>DSP diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The compiler's warnings, as ID and message.</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>What the original program prints; run only when a fix is offered.</summary>
    public string Output => _output.Value;

    public static Task<CellRun> GetAsync(Scenario scenario, Context context)
        => Cache.GetOrAdd(scenario.Name + "/" + context.Name, _ => new Lazy<Task<CellRun>>(() => CreateAsync(scenario, context))).Value;

    private static async Task<CellRun> CreateAsync(Scenario scenario, Context context)
    {
        var (_, project) = CellWorkspace.Create(CellSource.Build(scenario, context), scenario.EditorConfig, scenario.GlobalConfig);
        var compilation = (await project.GetCompilationAsync().ConfigureAwait(false))!;
        var (warnings, image) = Compile(compilation);
        // The corpus itself must be valid C#: a context that does not compile is a bug in the corpus, not in a fix.
        if (image is null)
        {
            throw new InvalidDataException($"Corpus program {scenario.Name} x {context.Name} does not compile:\n{string.Join("\n", warnings)}\n\n{Numbered(project.Documents.Single().GetTextAsync().Result.ToString())}");
        }

        var crashes = new ConcurrentQueue<string>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            (exception, analyzer, _) => crashes.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var ad0001 = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString());
        if (crashes.Concat(ad0001).ToList() is { Count: > 0 } thrown)
        {
            throw new InvalidDataException($"An analyzer threw (AD0001) on {scenario.Name} x {context.Name}:\n{string.Join("\n", thrown)}");
        }

        var ordered = diagnostics.Where(d => d.Id.StartsWith("DSP", System.StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id).ToImmutableArray();
        return new CellRun(project, ordered, warnings, image);
    }

    /// <summary>The compiler's warnings and errors (severity, ID: message, without position so that two versions compare), and the emitted image when there is no error.</summary>
    public static (ImmutableArray<string> Problems, byte[]? Image) Compile(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var problems = result.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed)
            .Select(d => $"{d.Severity} {d.Id}: {d.GetMessage()}")
            .ToImmutableArray();
        return (problems, result.Success ? stream.ToArray() : null);
    }

    /// <summary>The kernel's part of a program's text, with line numbers, for failure messages.</summary>
    public static string Numbered(string text)
    {
        var lines = text.Split('\n');
        var start = System.Math.Max(0, System.Array.FindIndex(lines, line => line.StartsWith("internal static class Kernel", System.StringComparison.Ordinal)));
        var end = System.Array.FindIndex(lines, line => line.StartsWith("public static class Program", System.StringComparison.Ordinal));
        end = end < start ? lines.Length : end;
        return string.Join("\n", Enumerable.Range(start, end - start).Select(i => $"{i + 1,4}: {lines[i].TrimEnd()}"));
    }

    /// <summary>The fixer of a rule.</summary>
    public static Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider FixerFor(string ruleId) => ruleId switch
    {
        DiagnosticIds.DispatchOnLoopInvariantReceiver => new DispatchOnLoopInvariantReceiverCodeFixProvider(),
        DiagnosticIds.DispatchOnMixedCollectionElement => new DispatchOnMixedCollectionElementCodeFixProvider(),
        DiagnosticIds.BoxedValueTypeDispatch => new BoxedValueTypeDispatchCodeFixProvider(),
        DiagnosticIds.InterfaceCollectionEnumeration => new InterfaceCollectionEnumerationCodeFixProvider(),
        _ => throw new KeyNotFoundException(ruleId),
    };
}

