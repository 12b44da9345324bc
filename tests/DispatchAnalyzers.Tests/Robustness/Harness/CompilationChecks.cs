using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>Compiles a harness project: its compiler errors and, when it emits, the image to run.</summary>
internal static class CompilationChecks
{
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
}
