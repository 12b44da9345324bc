namespace DispatchAnalyzers;

/// <summary>The one factory for descriptors: it derives the help link and tags from the ID, so no rule builds one by hand.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where the rule pages live; a rule's help link is this plus <c>ID.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/DispatchAnalyzers/DispatchAnalyzers/blob/main/docs/rules/";

    public const string PerformanceCategory = "Performance";

    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        DiagnosticSeverity defaultSeverity,
        string description,
        string category = PerformanceCategory,
        bool isEnabledByDefault = true)
        => new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category,
            defaultSeverity,
            isEnabledByDefault,
            description,
            helpLinkUri: HelpLink(id),
            customTags: WellKnownDiagnosticTags.Telemetry);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
