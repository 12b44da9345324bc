using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Tests.Verifiers.TestAnalyzers;

/// <summary>Reports in generated code too: the verifier's generated-code check must catch it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedCodeBlindAnalyzer() : BadLocalAnalyzer(Rule, skipGeneratedCode: false);

/// <summary>Its descriptor is not configurable, so <c>#pragma warning disable</c> cannot silence it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PragmaBlindAnalyzer() : BadLocalAnalyzer(CreateRule(DiagnosticSeverity.Warning, true, WellKnownDiagnosticTags.NotConfigurable));

/// <summary>Reports at Hidden severity.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HiddenBadLocalAnalyzer() : BadLocalAnalyzer(CreateRule(DiagnosticSeverity.Hidden));

/// <summary>Its descriptor is disabled by default; the verifier enables it.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DisabledByDefaultBadLocalAnalyzer() : BadLocalAnalyzer(CreateRule(DiagnosticSeverity.Info, enabledByDefault: false));

/// <summary>Adds the declared type as an additional location.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BadLocalWithTypeLocationAnalyzer() : BadLocalAnalyzer(Rule, typeAsAdditionalLocation: true);
