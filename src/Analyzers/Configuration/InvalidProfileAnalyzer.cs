using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Configuration;

/// <summary>DSP901: a dispatch profile the analyzers cannot use.</summary>
/// <remarks>
/// One compilation action: it finds the profile among the AdditionalFiles as the rules do (<see cref="ProfileSource"/>),
/// reads it through the same per-text cache, and reports the first problem <see cref="ProfileFile.ProblemFor"/> names
/// (malformed JSON, an unsupported <c>formatVersion</c>, a missing property or a value of the wrong type, no sites, no
/// sites of this assembly) at its line and column in the file. The rules then run as if there were no profile.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidProfileAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = DiagnosticDescriptors.Create(
        DiagnosticIds.InvalidProfile,
        title: "Dispatch profile cannot be used",
        messageFormat: "The dispatch profile '{0}' cannot be used: {1}; analysis continues without the profile",
        DiagnosticSeverity.Warning,
        description: "The dispatch profile (dispatch-profile.json, or the file the DispatchProfile property names) is not JSON, "
            + "has a format version this package does not read, lacks a property or has a value of the wrong type, or has no "
            + "measured sites of this project's assembly. The analyzers never fail on it: they analyze as if there were no "
            + "profile, so the measured shares and hotness are missing until the file is fixed or collected again.",
        InvalidOptionAnalyzer.Category,
        tags: new[] { DiagnosticTags.ProfileGuided, WellKnownDiagnosticTags.CompilationEnd });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        // No profile: nothing to check.
        if (ProfileSource.Find(context.Options) is not { } file)
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        var profile = text is null ? ProfileFile.Invalid("the file cannot be read", 0)
            : context.TryGetValue(text, ProfileSource.Provider, out var cached) && cached is not null ? cached
            : ProfileSource.ReadUncached(text);
        if (profile.ProblemFor(context.Compilation.AssemblyName) is not { } problem)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, LocationIn(file.Path, text, problem.Offset), System.IO.Path.GetFileName(file.Path), problem.Message));
    }

    /// <summary>The character at <paramref name="offset"/> (the end of the file past its last character).</summary>
    private static Location LocationIn(string path, SourceText? text, int offset)
    {
        if (text is null)
        {
            return Location.Create(path, default, default);
        }

        var start = Math.Min(Math.Max(offset, 0), text.Length);
        var span = new TextSpan(start, start < text.Length ? 1 : 0);
        return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
    }
}
