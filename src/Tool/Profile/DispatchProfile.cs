using System;
using System.Collections.Generic;

namespace DispatchAnalyzers.Tool.Profile;

/// <summary>A dispatch profile, as documented in docs/profile-format.md (one record per JSON object).</summary>
internal sealed record DispatchProfile(
    int FormatVersion,
    string ToolVersion,
    string RuntimeVersion,
    CollectionSettings Collection,
    int RunsMerged,
    IReadOnlyList<ProfileAssembly> Assemblies,
    MappingSummary Mapping,
    IReadOnlyList<ProfileSite> Sites)
{
    /// <summary>The version this tool writes and reads; bumped on any change a reader could trip over.</summary>
    public const int CurrentFormatVersion = 1;
}

/// <summary>How the data was collected: <c>collect</c> or <c>map</c>, runs asked for, and the runtime settings used.</summary>
internal sealed record CollectionSettings(string Source, int Runs, bool InstrumentAll, IReadOnlyList<string> Environment);

internal sealed record ProfileAssembly(string Name, Guid Mvid);

/// <summary>What happened to the methods of the PGO data.</summary>
/// <param name="MethodsInData">Distinct methods in the data (all assemblies, the runtime's own included).</param>
/// <param name="MethodsMapped">Methods found in the given assemblies with the same IL size and code hash.</param>
/// <param name="MethodsStale">Methods found by name whose IL differs: data from another build, skipped.</param>
/// <param name="MethodsAmbiguous">Methods whose overloads the data could not tell apart, skipped.</param>
/// <param name="MethodsWithoutPdb">Mapped methods of assemblies without a readable PDB, skipped.</param>
internal sealed record MappingSummary(int MethodsInData, int MethodsMapped, int MethodsStale, int MethodsAmbiguous, int MethodsWithoutPdb);

/// <summary>One measured call or cast site; keyed for the analyzers by (Member, Callee, Ordinal).</summary>
internal sealed record ProfileSite(
    string Assembly,
    string Path,
    string ChecksumAlgorithm,
    string Checksum,
    string Member,
    string? MemberSourceHash,
    string Callee,
    int Ordinal,
    string Kind,
    ProfileSpan Span,
    int IlOffset,
    long? BlockCount,
    int Rank,
    decimal Percentile,
    int Samples,
    IReadOnlyList<ProfileTarget> Targets);

/// <summary>1-based line and column span of the site's statement (its sequence point).</summary>
internal sealed record ProfileSpan(int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>A receiver type or delegate target and its share of the site's samples.</summary>
/// <param name="Id">Documentation-comment ID (<c>T:</c> for types, <c>M:</c> for delegate targets); null when the
/// runtime recorded the target as unknown (static method groups, collectible types).</param>
internal sealed record ProfileTarget(string? Id, string Name, int Count, decimal Share);

/// <summary>The site kinds, as written in the profile.</summary>
internal static class SiteKinds
{
    public const string Interface = "interface";
    public const string Virtual = "virtual";
    public const string Delegate = "delegate";
    public const string Cast = "cast";
}
