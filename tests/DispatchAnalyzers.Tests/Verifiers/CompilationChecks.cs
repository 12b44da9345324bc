using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>
/// Checks that fixed code still compiles (no compiler error the original did not have; emits when the original
/// emits) and, on request, that the original and fixed programs print the same thing.
/// </summary>
public static class CompilationChecks
{
    /// <summary>Compiles both projects; with <paramref name="runTimeout"/>, also runs both programs and compares their output.</summary>
    public static async Task VerifyAsync(string context, Project original, Project fixedProject, TimeSpan? runTimeout, CancellationToken cancellationToken)
    {
        var (originalErrors, originalImage) = await CompileAsync(original, cancellationToken).ConfigureAwait(false);
        var (fixedErrors, fixedImage) = await CompileAsync(fixedProject, cancellationToken).ConfigureAwait(false);

        var remaining = originalErrors.Select(Key).ToList();
        var introduced = fixedErrors.Where(e => !remaining.Remove(Key(e))).ToList();
        if (introduced.Count > 0)
        {
            throw new VerifierException($"{context}: the fixed code has new compiler errors:\n" + string.Join("\n", introduced.Select(DiagnosticComparer.Format)));
        }

        if (originalImage is not null && fixedImage is null)
        {
            throw new VerifierException($"{context}: the original code emits but the fixed code does not:\n" + string.Join("\n", fixedErrors.Select(DiagnosticComparer.Format)));
        }

        // Running the programs was not requested.
        if (runTimeout is not { } timeout)
        {
            return;
        }

        if (original.CompilationOptions!.OutputKind != OutputKind.ConsoleApplication || originalImage is null || fixedImage is null)
        {
            throw new VerifierException($"{context}: RunAndCompareOutput needs OutputKind.ConsoleApplication and test code that compiles.");
        }

        var before = ProgramRunner.Run(originalImage, timeout);
        var after = ProgramRunner.Run(fixedImage, timeout);
        if (before != after)
        {
            throw new VerifierException($"{context}: the fixed program prints something else.\n" + TextDiff.Unified(before, after, "original output", "fixed output"));
        }
    }

    /// <summary>The compiler errors and, when it emits, the image.</summary>
    public static async Task<(List<Diagnostic> Errors, byte[]? Image)> CompileAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The project has no compilation.");
        var errors = compilation.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: cancellationToken);
        return (errors.Count > 0 ? errors : result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList(), result.Success ? stream.ToArray() : null);
    }

    private static string Key(Diagnostic diagnostic) => diagnostic.Id + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
}
