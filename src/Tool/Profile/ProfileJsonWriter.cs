using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DispatchAnalyzers.Tool.Profile;

/// <summary>
/// Writes a profile as deterministic JSON: fixed property order, sites and targets sorted, numbers in invariant form
/// with fixed decimals, LF line endings, so two profiles of the same data are byte-identical and diff well.
/// </summary>
internal static class ProfileJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(DispatchProfile profile, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("formatVersion", profile.FormatVersion);
            json.WriteString("toolVersion", profile.ToolVersion);
            json.WriteString("runtimeVersion", profile.RuntimeVersion);
            json.WriteStartObject("collection");
            json.WriteString("source", profile.Collection.Source);
            json.WriteNumber("runs", profile.Collection.Runs);
            json.WriteBoolean("instrumentAll", profile.Collection.InstrumentAll);
            json.WriteStartArray("environment");
            foreach (var variable in profile.Collection.Environment.Order(System.StringComparer.Ordinal))
            {
                json.WriteStringValue(variable);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteNumber("runsMerged", profile.RunsMerged);
            json.WriteStartArray("assemblies");
            foreach (var assembly in profile.Assemblies.OrderBy(a => a.Name, System.StringComparer.Ordinal).ThenBy(a => a.Mvid))
            {
                json.WriteStartObject();
                json.WriteString("name", assembly.Name);
                json.WriteString("mvid", assembly.Mvid.ToString("D", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteMapping(json, profile.Mapping);
            json.WriteStartArray("sites");
            foreach (var site in Sorted(profile.Sites))
            {
                WriteSite(json, site);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The order sites are written in: by file, position, then key.</summary>
    public static IOrderedEnumerable<ProfileSite> Sorted(System.Collections.Generic.IEnumerable<ProfileSite> sites) => sites
        .OrderBy(s => s.Path, System.StringComparer.Ordinal)
        .ThenBy(s => s.Span.StartLine)
        .ThenBy(s => s.Span.StartColumn)
        .ThenBy(s => s.Member, System.StringComparer.Ordinal)
        .ThenBy(s => s.Callee, System.StringComparer.Ordinal)
        .ThenBy(s => s.Ordinal)
        .ThenBy(s => s.IlOffset);

    private static void WriteMapping(Utf8JsonWriter json, MappingSummary mapping)
    {
        json.WriteStartObject("mapping");
        json.WriteNumber("methodsInData", mapping.MethodsInData);
        json.WriteNumber("methodsMapped", mapping.MethodsMapped);
        json.WriteNumber("methodsStale", mapping.MethodsStale);
        json.WriteNumber("methodsAmbiguous", mapping.MethodsAmbiguous);
        json.WriteNumber("methodsWithoutPdb", mapping.MethodsWithoutPdb);
        json.WriteEndObject();
    }

    private static void WriteSite(Utf8JsonWriter json, ProfileSite site)
    {
        json.WriteStartObject();
        json.WriteString("path", site.Path);
        json.WriteStartObject("checksum");
        json.WriteString("algorithm", site.ChecksumAlgorithm);
        json.WriteString("hash", site.Checksum);
        json.WriteEndObject();
        json.WriteString("assembly", site.Assembly);
        json.WriteString("member", site.Member);
        WriteNullable(json, "memberSourceHash", site.MemberSourceHash);
        json.WriteString("callee", site.Callee);
        json.WriteNumber("ordinal", site.Ordinal);
        json.WriteString("kind", site.Kind);
        json.WriteStartObject("span");
        json.WriteNumber("startLine", site.Span.StartLine);
        json.WriteNumber("startColumn", site.Span.StartColumn);
        json.WriteNumber("endLine", site.Span.EndLine);
        json.WriteNumber("endColumn", site.Span.EndColumn);
        json.WriteEndObject();
        json.WriteNumber("ilOffset", site.IlOffset);
        if (site.BlockCount is { } count)
        {
            json.WriteNumber("blockCount", count);
        }
        else
        {
            json.WriteNull("blockCount");
        }

        json.WriteStartObject("hotness");
        json.WriteNumber("rank", site.Rank);
        json.WriteNumber("percentile", decimal.Round(site.Percentile, 1, System.MidpointRounding.AwayFromZero));
        json.WriteEndObject();
        json.WriteNumber("samples", site.Samples);
        json.WriteStartArray("targets");
        foreach (var target in site.Targets.OrderByDescending(t => t.Count).ThenBy(t => t.Id ?? "\uffff", System.StringComparer.Ordinal).ThenBy(t => t.Name, System.StringComparer.Ordinal))
        {
            json.WriteStartObject();
            WriteNullable(json, "id", target.Id);
            json.WriteString("name", target.Name);
            json.WriteNumber("count", target.Count);
            json.WriteNumber("share", decimal.Round(target.Share, 4, System.MidpointRounding.AwayFromZero));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
