using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;

/// <summary>
/// Test-only analyzer that reports, on each class name, the editorconfig option <c>dispatch_analyzers.test_flag</c>
/// (TST020) and the global option <c>build_property.PublishAot</c> (TST021), when set.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigReadingAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Flag = new("TST020", "Flag", "test_flag = {0}", "Test", DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor PublishAot = new("TST021", "PublishAot", "PublishAot = {0}", "Test", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Flag, PublishAot];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var name = ((ClassDeclarationSyntax)c.Node).Identifier.GetLocation();
                var provider = c.Options.AnalyzerConfigOptionsProvider;
                if (provider.GetOptions(c.Node.SyntaxTree).TryGetValue("dispatch_analyzers.test_flag", out var flag))
                {
                    c.ReportDiagnostic(Diagnostic.Create(Flag, name, flag));
                }

                if (provider.GlobalOptions.TryGetValue("build_property.PublishAot", out var aot))
                {
                    c.ReportDiagnostic(Diagnostic.Create(PublishAot, name, aot));
                }
            },
            SyntaxKind.ClassDeclaration);
    }
}
