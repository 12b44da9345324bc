using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DispatchAnalyzers.Tool.Profile;

/// <summary>A profile file that cannot be read; the message names the file and what is wrong.</summary>
internal sealed class ProfileFormatException(string message) : Exception(message);

/// <summary>Reads a profile written by <see cref="ProfileJsonWriter"/> (format version 1).</summary>
internal static class ProfileJsonReader
{
    public static DispatchProfile Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var version = root.GetProperty("formatVersion").GetInt32();
            if (version != DispatchProfile.CurrentFormatVersion)
            {
                throw new ProfileFormatException($"{path} has profile format version {version}; this tool reads version {DispatchProfile.CurrentFormatVersion}.");
            }

            var collection = root.GetProperty("collection");
            var mapping = root.GetProperty("mapping");
            return new DispatchProfile(
                version,
                root.GetProperty("toolVersion").GetString()!,
                root.GetProperty("runtimeVersion").GetString()!,
                new CollectionSettings(
                    collection.GetProperty("source").GetString()!,
                    collection.GetProperty("runs").GetInt32(),
                    collection.GetProperty("instrumentAll").GetBoolean(),
                    collection.GetProperty("environment").EnumerateArray().Select(e => e.GetString()!).ToList()),
                root.GetProperty("runsMerged").GetInt32(),
                root.GetProperty("assemblies").EnumerateArray()
                    .Select(a => new ProfileAssembly(a.GetProperty("name").GetString()!, a.GetProperty("mvid").GetGuid())).ToList(),
                new MappingSummary(
                    mapping.GetProperty("methodsInData").GetInt32(),
                    mapping.GetProperty("methodsMapped").GetInt32(),
                    mapping.GetProperty("methodsStale").GetInt32(),
                    mapping.GetProperty("methodsAmbiguous").GetInt32(),
                    mapping.GetProperty("methodsWithoutPdb").GetInt32()),
                root.GetProperty("sites").EnumerateArray().Select(Site).ToList());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ProfileFormatException($"{path} is not a dispatch profile this tool can read: {e.Message}");
        }
    }

    private static ProfileSite Site(JsonElement site)
    {
        var span = site.GetProperty("span");
        var hotness = site.GetProperty("hotness");
        var checksum = site.GetProperty("checksum");
        var blockCount = site.GetProperty("blockCount");
        return new ProfileSite(
            site.GetProperty("assembly").GetString()!,
            site.GetProperty("path").GetString()!,
            checksum.GetProperty("algorithm").GetString()!,
            checksum.GetProperty("hash").GetString()!,
            site.GetProperty("member").GetString()!,
            site.GetProperty("memberSourceHash").GetString(),
            site.GetProperty("callee").GetString()!,
            site.GetProperty("ordinal").GetInt32(),
            site.GetProperty("kind").GetString()!,
            new ProfileSpan(
                span.GetProperty("startLine").GetInt32(),
                span.GetProperty("startColumn").GetInt32(),
                span.GetProperty("endLine").GetInt32(),
                span.GetProperty("endColumn").GetInt32()),
            site.GetProperty("ilOffset").GetInt32(),
            blockCount.ValueKind == JsonValueKind.Null ? null : blockCount.GetInt64(),
            hotness.GetProperty("rank").GetInt32(),
            hotness.GetProperty("percentile").GetDecimal(),
            site.GetProperty("samples").GetInt32(),
            site.GetProperty("targets").EnumerateArray().Select(t => new ProfileTarget(
                t.GetProperty("id").GetString(),
                t.GetProperty("name").GetString()!,
                t.GetProperty("count").GetInt32(),
                t.GetProperty("share").GetDecimal())).ToList());
    }
}
