using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using DispatchAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Every DSP analyzer and code fix provider, found by reflection over the DispatchAnalyzers and
/// DispatchAnalyzers.CodeFixes assemblies, so the robustness, Fix All, cancellation and determinism tests cover each new
/// rule as soon as it exists.
/// </summary>
internal static class DspComponents
{
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = Create<DiagnosticAnalyzer>(typeof(DiagnosticIds).Assembly);

    public static ImmutableArray<CodeFixProvider> Fixers { get; } = Create<CodeFixProvider>(typeof(DispatchOnLoopInvariantReceiverCodeFixProvider).Assembly);

    /// <summary>The rule IDs of all DSP analyzers, sorted.</summary>
    public static ImmutableArray<string> Ids { get; } = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();

    private static ImmutableArray<T> Create<T>(Assembly assembly)
        => assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
