using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>Feeds a <see cref="FixAllContext"/> diagnostics computed beforehand on the project being fixed.</summary>
public sealed class PrecomputedDiagnosticProvider(ProjectId projectId, ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
{
    public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        => Task.FromResult<IEnumerable<Diagnostic>>(document.Project.Id == projectId
            ? diagnostics.Where(d => d.Location.IsInSource && d.Location.SourceTree!.FilePath == document.FilePath).ToList()
            : []);

    public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => Task.FromResult<IEnumerable<Diagnostic>>(project.Id == projectId ? diagnostics.Where(d => !d.Location.IsInSource).ToList() : []);

    public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        => Task.FromResult<IEnumerable<Diagnostic>>(project.Id == projectId ? diagnostics : []);
}
