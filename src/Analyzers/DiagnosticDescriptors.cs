namespace DispatchAnalyzers;

/// <summary>The one factory for descriptors: it derives the category, help link and tags, so no rule builds one by hand.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>The repository's address, as the package's <c>RepositoryUrl</c> (src/Package) spells it; a meta-test checks both agree.</summary>
    public const string RepositoryUrl = "https://github.com/DispatchAnalyzers/DispatchAnalyzers";

    /// <summary>Where the rule pages live; a rule's help link is this plus <c>ID.md</c>.</summary>
    public const string HelpLinkBase = RepositoryUrl + "/blob/main/docs/rules/";

    /// <summary>
    /// The category of every DSP rule, its own so that <c>dotnet_analyzer_diagnostic.category-DispatchAnalyzers.severity</c>
    /// targets all of them and nothing else (<c>Performance</c> is shared with the .NET analyzers' CA18xx rules).
    /// </summary>
    public const string Category = "DispatchAnalyzers";

    /// <param name="kind"><see cref="DiagnosticTags.Performance"/> or <see cref="DiagnosticTags.Configuration"/>: the first custom tag.</param>
    /// <param name="tags">Further custom tags: <see cref="DiagnosticTags.ProfileGuided"/>, <see cref="WellKnownDiagnosticTags.CompilationEnd"/>.</param>
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        DiagnosticSeverity defaultSeverity,
        string description,
        string kind = DiagnosticTags.Performance,
        bool isEnabledByDefault = true,
        params string[] tags)
        => new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            Category,
            defaultSeverity,
            isEnabledByDefault,
            description,
            helpLinkUri: HelpLink(id),
            customTags: new[] { kind }.Concat(tags).ToArray());

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
