using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// Verifies a project after fixing: each document's text against the expected markup-free text (a line diff on
/// mismatch), the remaining diagnostics against the expected markup, then <see cref="CompilationChecks"/>.
/// </summary>
public static class FixedStateVerifier
{
    public static async Task VerifyAsync(
        string context,
        Project original,
        Project fixedProject,
        ParsedSources expected,
        IEnumerable<DiagnosticResult> explicitExpectations,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        TimeSpan? runTimeout,
        CancellationToken cancellationToken)
    {
        var expectedPaths = expected.Files.Select(f => f.Path).ToHashSet();
        var unexpected = fixedProject.Documents.Where(d => !expectedPaths.Contains(d.FilePath!)).Select(d => d.FilePath).ToList();
        if (unexpected.Count > 0)
        {
            throw new VerifierException($"{context}: the fix produced documents the test does not expect: {string.Join(", ", unexpected)}");
        }

        var actualTexts = new List<(string Path, string Text)>();
        foreach (var (path, markup) in expected.Files)
        {
            var document = fixedProject.Documents.FirstOrDefault(d => d.FilePath == path)
                ?? throw new VerifierException($"{context}: the fix removed {path}.");
            var text = (await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            if (text != markup.Text)
            {
                throw new VerifierException($"{context}: {path} differs from the expected fixed code.\n" + TextDiff.Unified(markup.Text, text));
            }

            actualTexts.Add((path, text));
        }

        var actual = await AnalyzerRunner.GetDiagnosticsAsync(fixedProject, analyzers, cancellationToken).ConfigureAwait(false);
        var descriptors = analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray();
        DiagnosticComparer.Verify($"{context}, diagnostics remaining after the fix", expected.Expected(explicitExpectations, descriptors), actual, actualTexts);
        await CompilationChecks.VerifyAsync(context, original, fixedProject, runTimeout, cancellationToken).ConfigureAwait(false);
    }
}
