using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DispatchAnalyzers.Perf.CodeGen;
using DispatchAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>
/// Fix All of every DSP rule on a generated codebase, with the action each diagnostic offers first (what
/// <c>dotnet format</c> applies): the result compiles without new errors and its <c>Main</c> prints the same checksum.
/// </summary>
public sealed class FixAllSafetyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task FixAllFirstActionOfEveryRule_CompilesAndPrintsSameChecksum(int seed)
    {
        var original = GeneratedProject.Create(seed, "dispatch_analyzers.hot_loop_scope = all");
        var (originalErrors, originalImage) = await CompilationChecks.CompileAsync(original, default);
        Assert.True(originalErrors.Count == 0 && originalImage is not null, "the generated codebase does not compile:\n" + string.Join("\n", originalErrors.Take(10)));
        var expected = ProgramRunner.Run(originalImage!, TimeSpan.FromSeconds(60));
        Assert.StartsWith(GeneratedCodebase.ChecksumPrefix, expected, StringComparison.Ordinal);

        var project = original;
        var fixedDiagnostics = 0;
        foreach (var id in DspComponents.Ids)
        {
            foreach (var fixer in DspComponents.Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
            {
                foreach (var key in await FirstActionKeysAsync(project, id, fixer))
                {
                    var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(project, DspComponents.Analyzers);
                    var context = new FixAllContext(project, fixer, FixAllScope.Solution, key, new[] { id }, new PrecomputedDiagnosticProvider(project.Id, diagnostics), default);
                    var action = await fixer.GetFixAllProvider()!.GetFixAsync(context);
                    Assert.True(action is not null, $"Fix All of {id} ({key}) offered no action");
                    fixedDiagnostics += diagnostics.Count(d => d.Id == id);
                    project = (await CodeFixRunner.ApplyAsync(action!, project.Solution, default)).GetProject(project.Id)!;

                    var (errors, image) = await CompilationChecks.CompileAsync(project, default);
                    Assert.True(errors.Count == 0 && image is not null, $"after Fix All of {id} ({key}) the code does not compile:\n" + string.Join("\n", errors.Take(20)));
                }
            }
        }

        // The run must have fixed something, or it proves nothing.
        Assert.True(fixedDiagnostics > 0, "no DSP diagnostic had a fix");
        var changed = project.Solution.GetChanges(original.Solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true)).Count();
        Assert.True(changed > 0, "Fix All changed no document");

        var (_, fixedImage) = await CompilationChecks.CompileAsync(project, default);
        Assert.Equal(expected, ProgramRunner.Run(fixedImage!, TimeSpan.FromSeconds(60)));
    }

    /// <summary>The equivalence keys of the first action offered for each diagnostic of the rule, in order of first appearance.</summary>
    private static async Task<List<string>> FirstActionKeysAsync(Project project, string id, CodeFixProvider fixer)
    {
        var keys = new List<string>();
        foreach (var diagnostic in (await AnalyzerRunner.GetDiagnosticsAsync(project, DspComponents.Analyzers)).Where(d => d.Id == id))
        {
            var actions = await CodeFixRunner.GetActionsAsync(project.GetDocument(diagnostic.Location.SourceTree)!, diagnostic, fixer);
            if (actions.FirstOrDefault()?.EquivalenceKey is { } key && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
