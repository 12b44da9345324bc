using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using DispatchAnalyzers.Tool.Metadata;
using DispatchAnalyzers.Tool.Pgo;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>A mapped profile, what the user should hear about the mapping, and the assemblies whose measured methods
/// were skipped for want of a PDB.</summary>
internal sealed record MapResult(DispatchProfile Profile, IReadOnlyList<string> Warnings, IReadOnlyList<string> AssembliesWithoutPdb);

/// <summary>
/// Maps parsed PGO dumps onto assemblies and their PDBs: resolves each dumped method (<see cref="MethodResolver"/>),
/// merges its records over runs and instantiations (<see cref="MeasuredMethods"/>), turns every histogram with samples
/// into a site keyed by containing member, callee and ordinal (<see cref="CallSites"/>), then ranks sites by block count.
/// </summary>
internal static class ProfileMapper
{
    public static MapResult Map(
        IReadOnlyList<PgoFile> files, IReadOnlyList<AssemblyIndex> assemblies, string profilePath, CollectionSettings settings, int runsMerged)
    {
        var warnings = new List<string>();
        var resolver = new MethodResolver(assemblies);
        var measured = new MeasuredMethods();
        var outcomes = new Dictionary<(string, string, uint, int), Resolution>();
        var stale = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var method in files.SelectMany(f => f.Methods))
        {
            var (resolution, resolved) = resolver.Resolve(method);
            outcomes[(method.MethodName, method.Signature, method.CodeHash, method.IlSize)] = resolution;
            if (resolved is not null)
            {
                measured.Add(resolved, method);
            }
            else if (resolution == Resolution.Stale)
            {
                stale.Add(method.MethodName);
            }
        }

        if (stale.Count > 0)
        {
            warnings.Add($"{stale.Count} method(s) were found by name but their IL differs from the data (IL size or code hash), so they were skipped, e.g. {string.Join(", ", stale.Take(3))}: data from another build (rebuild and collect again), or a same-named method of an assembly that was not given.");
        }

        var sites = new List<ProfileSite>();
        var withoutPdb = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var callSites = new CallSites();
        var sources = new SourceText();
        var profileDirectory = Path.GetDirectoryName(Path.GetFullPath(profilePath))!;
        foreach (var (method, data) in measured.Methods)
        {
            if (method.Assembly.Pdb is null)
            {
                withoutPdb[method.Assembly.Name] = withoutPdb.GetValueOrDefault(method.Assembly.Name) + 1;
                continue;
            }

            foreach (var (offset, histogram) in data.Histograms)
            {
                if (Site(method, offset, data, histogram, assemblies, callSites, sources, profileDirectory) is { } site)
                {
                    sites.Add(site);
                }
            }
        }


        var mapping = new MappingSummary(
            outcomes.Count,
            outcomes.Values.Count(r => r == Resolution.Mapped),
            outcomes.Values.Count(r => r == Resolution.Stale),
            outcomes.Values.Count(r => r == Resolution.Ambiguous),
            withoutPdb.Values.Sum());
        var usedAssemblies = measured.Methods.Keys.Select(m => m.Assembly).Distinct()
            .Select(a => new ProfileAssembly(a.Name, a.Mvid)).Distinct().ToList();
        var profile = new DispatchProfile(
            DispatchProfile.CurrentFormatVersion, ToolVersion, Environment.Version.ToString(), settings, runsMerged, usedAssemblies, mapping, Hotness.Rank(sites));
        return new MapResult(profile, warnings, withoutPdb.Keys.ToList());
    }

    /// <summary>This tool's version without the source-revision suffix.</summary>
    public static string ToolVersion =>
        (typeof(ProfileMapper).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    private static ProfileSite? Site(
        ResolvedMethod method, int offset, MeasuredMethod data, MeasuredHistogram histogram, IReadOnlyList<AssemblyIndex> assemblies,
        CallSites callSites, SourceText sources, string profileDirectory)
    {
        var (samples, targets) = Targets.Of(histogram.Handles, histogram.Methods, assemblies);

        // Never reached while instrumented: nothing measured to report.
        if (samples == 0)
        {
            return null;
        }

        var assembly = method.Assembly;
        var pdb = assembly.Pdb!;

        // No call or type test at the offset, or no source line for it (compiler-generated code): nothing to key it by.
        if (CallSites.Decode(assembly, method.Handle, offset, histogram) is not { } call || pdb.At(method.Handle, offset) is not { } span)
        {
            return null;
        }

        var member = UserMembers.Of(assembly, method.Handle);
        var document = pdb.Document(span.Document);
        var body = pdb.BodySpan(member);
        var path = Path.IsPathFullyQualified(document.Path) ? Path.GetRelativePath(profileDirectory, document.Path) : document.Path;
        return new ProfileSite(
            assembly.Name,
            path.Replace('\\', '/'),
            document.ChecksumAlgorithm,
            document.Checksum,
            DocIds.Method(assembly.Reader, member)!,
            body is { } b && b.Document == span.Document ? sources.Hash(document, b) : null,
            call.Callee,
            callSites.Ordinal(assembly, member, method.Handle, offset, call),
            call.Kind,
            new ProfileSpan(span.StartLine, span.StartColumn, span.EndLine, span.EndColumn),
            offset,
            data.BlockCounts.Count > 0 ? MeasuredMethods.BlockCount(data, offset) : null,
            Rank: 0,
            Percentile: 0,
            samples,
            targets);
    }
}
