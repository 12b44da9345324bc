namespace DispatchAnalyzers;

/// <summary>
/// The custom tags of DSP rules (SARIF logs and the IDE show them): one kind tag per rule, then what else holds. Every
/// rule is in the category <see cref="DiagnosticDescriptors.Category"/>, which is how an editorconfig targets them all.
/// </summary>
public static class DiagnosticTags
{
    /// <summary>A finding in the user's code that costs run time (DSP001 to DSP8xx).</summary>
    public const string Performance = "Performance";

    /// <summary>A finding about the analyzers' own input, <c>.editorconfig</c> options or the profile file (DSP9xx).</summary>
    public const string Configuration = "Configuration";

    /// <summary>The rule reads the dispatch profile that <c>dotnet dispatch</c> writes: its findings need one, or are about it.</summary>
    public const string ProfileGuided = "ProfileGuided";
}
