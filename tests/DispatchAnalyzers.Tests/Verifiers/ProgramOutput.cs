using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>The add-on behind <c>RunAndCompareOutput</c>: the original and the fixed program print the same thing.</summary>
internal static class ProgramOutput
{
    public static async Task VerifySameAsync(string context, Project original, Project fixedProject, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Assert.True(original.CompilationOptions!.OutputKind == OutputKind.ConsoleApplication, $"{context}: RunAndCompareOutput needs TestState.OutputKind = OutputKind.ConsoleApplication.");
        var before = ProgramRunner.Run(await EmitAsync("original", original, cancellationToken).ConfigureAwait(false), timeout);
        var after = ProgramRunner.Run(await EmitAsync("fixed", fixedProject, cancellationToken).ConfigureAwait(false), timeout);
        Assert.True(before == after, $"{context}: the fixed program prints something else.\noriginal output:\n{before}\nfixed output:\n{after}");
    }

    private static async Task<byte[]> EmitAsync(string which, Project project, CancellationToken cancellationToken)
    {
        var compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: cancellationToken);
        Assert.True(result.Success, $"The {which} program does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return stream.ToArray();
    }
}
