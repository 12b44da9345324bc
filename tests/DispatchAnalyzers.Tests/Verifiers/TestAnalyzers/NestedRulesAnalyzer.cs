using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;

/// <summary>Test-only analyzer with two rules whose spans nest: TST010 on a declaration of <c>bad</c>, TST011 on its name.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NestedRulesAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Statement = new("TST010", "Statement", "Declares bad", "Test", DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor Name = new("TST011", "Name", "Named bad", "Test", DiagnosticSeverity.Info, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Statement, Name];

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var statement = (LocalDeclarationStatementSyntax)c.Node;
                foreach (var declarator in statement.Declaration.Variables)
                {
                    // Only declarations of bad.
                    if (declarator.Identifier.ValueText != "bad")
                    {
                        continue;
                    }

                    c.ReportDiagnostic(Diagnostic.Create(Statement, statement.GetLocation()));
                    c.ReportDiagnostic(Diagnostic.Create(Name, declarator.Identifier.GetLocation()));
                }
            },
            SyntaxKind.LocalDeclarationStatement);
    }
}
