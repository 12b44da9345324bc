using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DispatchAnalyzers.Configuration;
using DispatchAnalyzers.Tests.Robustness;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Presets;

/// <summary>
/// One <c>DispatchAnalysisMode</c> preset: what it does to each rule's severity and which options it sets. The shipped
/// file <c>src/Package/config/dispatch-NAME.globalconfig</c> is <see cref="Render"/>'s output, over every rule the
/// analyzers support, so a new rule is in every preset as soon as it exists (<see cref="PresetFileTests"/>).
/// </summary>
internal sealed record Preset(string Name, string Summary, string? Severity, ImmutableArray<(string Key, string Value)> Options)
{
    /// <summary>Below a user's <c>.globalconfig</c> (100 unless set), like the SDK's AnalysisLevel files; .editorconfig always wins.</summary>
    public const int GlobalLevel = -100;

    public static ImmutableArray<Preset> All { get; } = ImmutableArray.Create(
        new Preset("none", "every DSP rule off (the analyzers do not run).", "none", ImmutableArray<(string, string)>.Empty),
        new Preset("default", "each rule at its own severity, at the default scope (what the package does without a preset).", null, ImmutableArray<(string, string)>.Empty),
        new Preset("recommended", "the default's findings, each a warning (a rule's Info findings too).", "warning", ImmutableArray<(string, string)>.Empty),
        new Preset(
            "all",
            "every finding the rules can make, each a warning: every loop is hot, and sites that Dynamic PGO already guards (one reaching type) are reported.",
            "warning",
            ImmutableArray.Create(
                (OptionDefinitions.HotLoopScopeKey, "all"),
                (OptionDefinitions.ReportSingleTypeSitesKey, "true"))));

    public string FileName => "dispatch-" + Name + ".globalconfig";

    /// <summary>Every rule ID the analyzers support, sorted, with its title.</summary>
    public static ImmutableArray<(string Id, string Title)> Rules { get; } = DspComponents.Analyzers
        .SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, g.First().Title.ToString()))
        .ToImmutableArray();

    public string Render()
    {
        var text = new StringBuilder()
            .Append("# DispatchAnalyzers preset '").Append(Name).Append("' (MSBuild property DispatchAnalysisMode=").Append(Name).Append("): ").Append(Summary).Append('\n')
            .Append("# Generated from tests/DispatchAnalyzers.Tests/Presets/Preset.cs; do not edit. To regenerate:\n")
            .Append("# DSP_WRITE_PRESETS=1 dotnet test tests/DispatchAnalyzers.Tests --filter FullyQualifiedName~PresetFileTests\n")
            .Append("is_global = true\n")
            .Append("global_level = ").Append(GlobalLevel).Append('\n');
        text.Append(Options.IsEmpty ? string.Empty : "\n");
        foreach (var (key, value) in Options)
        {
            text.Append(key).Append(" = ").Append(value).Append('\n');
        }

        foreach (var (id, title) in Rules)
        {
            text.Append('\n').Append("# ").Append(id).Append(": ").Append(title).Append('\n');
            text.Append(Severity is null ? "# (the rule's own severity)\n" : $"dotnet_diagnostic.{id}.severity = {Severity}\n");
        }

        return text.ToString();
    }
}
