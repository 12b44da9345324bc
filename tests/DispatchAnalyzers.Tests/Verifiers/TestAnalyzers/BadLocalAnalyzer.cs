using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;

/// <summary>Test-only analyzer: reports every <c>int</c> local named <c>bad</c> (TST001, on the name).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public class BadLocalAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "TST001";

    public static readonly DiagnosticDescriptor Rule = CreateRule(DiagnosticSeverity.Warning);

    private readonly DiagnosticDescriptor _rule;
    private readonly bool _skipGeneratedCode;
    private readonly bool _typeAsAdditionalLocation;

    public BadLocalAnalyzer()
        : this(Rule)
    {
    }

    protected BadLocalAnalyzer(DiagnosticDescriptor rule, bool skipGeneratedCode = true, bool typeAsAdditionalLocation = false)
    {
        _rule = rule;
        _skipGeneratedCode = skipGeneratedCode;
        _typeAsAdditionalLocation = typeAsAdditionalLocation;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [_rule];

    public static DiagnosticDescriptor CreateRule(DiagnosticSeverity severity, bool enabledByDefault = true, params string[] tags)
        => new(Id, "Bad local", "Local '{0}' is bad", "Test", severity, enabledByDefault, customTags: tags);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(_skipGeneratedCode
            ? GeneratedCodeAnalysisFlags.None
            : GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeDeclarator, SyntaxKind.VariableDeclarator);
    }

    private void AnalyzeDeclarator(SyntaxNodeAnalysisContext context)
    {
        var declarator = (VariableDeclaratorSyntax)context.Node;
        // Only locals named bad.
        if (declarator.Identifier.ValueText != "bad" || declarator.Parent is not VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax } declaration)
        {
            return;
        }

        // Only int locals.
        if (context.SemanticModel.GetTypeInfo(declaration.Type, context.CancellationToken).Type?.SpecialType != SpecialType.System_Int32)
        {
            return;
        }

        var additional = _typeAsAdditionalLocation ? [declaration.Type.GetLocation()] : ImmutableArray<Location>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(_rule, declarator.Identifier.GetLocation(), additional, declarator.Identifier.ValueText));
    }
}
