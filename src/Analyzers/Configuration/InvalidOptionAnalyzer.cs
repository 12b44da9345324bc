using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Configuration;

/// <summary>DSP900: a <c>dispatch_analyzers.*</c> option with an invalid value, or a key no option defines.</summary>
/// <remarks>
/// One compilation action: it checks the global options, then the options of each syntax tree, in the compilation's
/// order (<see cref="OptionValidator"/>, cached per options object, so trees sharing a configuration cost a lookup). A
/// value that does not parse is reported with what is used instead (the shared key a rule key falls back to, or the
/// default: the same resolution <see cref="OptionDefinition{T}.Read"/> makes for the rules); an unknown key with the
/// closest known key. Each distinct message is reported once per compilation, without a location: analyzer config
/// files are not part of the compilation, so there is nothing to point at.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidOptionAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The kind tag of configuration diagnostics (the DSP9xx rules pass it to the descriptor factory).</summary>
    public const string Category = DiagnosticTags.Configuration;

    private const string Title = "Invalid DispatchAnalyzers option";

    private const string Description = "A dispatch_analyzers.* option in .editorconfig or a global AnalyzerConfig file has a "
        + "value the analyzers do not accept, or a key they do not know. The analyzers never fail on it: they use the value "
        + "named in the message (the shared key a rule-specific key falls back to, or the default), so the setting has no "
        + "effect until it is corrected.";

    internal static readonly DiagnosticDescriptor InvalidValueRule = DiagnosticDescriptors.Create(
        DiagnosticIds.InvalidOption,
        Title,
        messageFormat: "'{0}' has the invalid value '{1}' (expected {2}); {3} is used instead",
        DiagnosticSeverity.Warning,
        Description,
        Category,
        tags: WellKnownDiagnosticTags.CompilationEnd);

    internal static readonly DiagnosticDescriptor UnknownKeyRule = DiagnosticDescriptors.Create(
        DiagnosticIds.InvalidOption,
        Title,
        messageFormat: "'{0}' is not a DispatchAnalyzers option, so its value '{1}' is ignored; did you mean '{2}'?",
        DiagnosticSeverity.Warning,
        Description,
        Category,
        tags: WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(InvalidValueRule, UnknownKeyRule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        Report(context, provider.GlobalOptions, reported);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Report(context, provider.GetOptions(tree), reported);
        }
    }

    private static void Report(CompilationAnalysisContext context, AnalyzerConfigOptions options, HashSet<string> reported)
    {
        foreach (var problem in OptionValidator.Problems(options))
        {
            // The same problem seen through another tree (or the global options) is reported once.
            if (reported.Add(problem.GetMessage(CultureInfo.InvariantCulture)))
            {
                context.ReportDiagnostic(problem);
            }
        }
    }
}
