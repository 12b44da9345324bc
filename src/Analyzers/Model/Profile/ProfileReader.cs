using System.Globalization;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// Turns the JSON of a profile file into <see cref="ProfileEntry"/>s (format version 1, docs/profile-format.md). Strict
/// about what the analyzers use (a missing property or a value of the wrong type makes the whole file unusable: a
/// profile is never half read), lenient about the rest (unknown properties are ignored, as the format asks).
/// </summary>
internal static class ProfileReader
{
    public const int SupportedFormatVersion = 1;

    public static ProfileFile Read(string text, CancellationToken cancellationToken)
    {
        try
        {
            var root = Object(ProfileJson.Parse(text, cancellationToken), "the profile");
            var version = Required(root, "formatVersion");
            if (Int(version, "formatVersion") != SupportedFormatVersion)
            {
                throw new ProfileFormatException(
                    $"unsupported formatVersion {((JsonNumberNode)version).Text}: this analyzer reads version {SupportedFormatVersion}", version.Offset);
            }

            var runs = Int(Required(root, "runsMerged"), "runsMerged");
            var sites = Array(Required(root, "sites"), "sites");
            var entries = ImmutableArray.CreateBuilder<ProfileEntry>(sites.Items.Count);
            foreach (var site in sites.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                entries.Add(Site(Object(site, "an element of 'sites'")));
            }

            return new ProfileFile(runs, entries.MoveToImmutable(), sites.Offset);
        }
        catch (ProfileFormatException e)
        {
            return ProfileFile.Invalid(e.Message, e.Offset);
        }
    }

    private static ProfileEntry Site(JsonObjectNode site)
    {
        var checksum = Object(Required(site, "checksum"), "checksum");
        var span = Object(Required(site, "span"), "span");
        var hotness = Object(Required(site, "hotness"), "hotness");
        var blockCount = Required(site, "blockCount");
        var samples = Int(Required(site, "samples"), "samples");
        var targets = ImmutableArray.CreateBuilder<MeasuredTarget>();
        foreach (var item in Array(Required(site, "targets"), "targets").Items)
        {
            var target = Object(item, "an element of 'targets'");
            targets.Add(new MeasuredTarget(
                NullableString(Required(target, "id"), "id"),
                String(Required(target, "name"), "name"),
                Int(Required(target, "count"), "count"),
                Double(Required(target, "share"), "share")));
        }

        return new ProfileEntry(
            String(Required(site, "assembly"), "assembly"),
            String(Required(site, "path"), "path"),
            String(Required(checksum, "algorithm"), "algorithm"),
            String(Required(checksum, "hash"), "hash"),
            String(Required(site, "member"), "member"),
            site.Properties.TryGetValue("memberSourceHash", out var hash) ? NullableString(hash, "memberSourceHash") : null,
            String(Required(site, "callee"), "callee"),
            Int(Required(site, "ordinal"), "ordinal"),
            Int(Required(span, "startLine"), "startLine"),
            blockCount is JsonLiteralNode { Value: null } ? null : Long(blockCount, "blockCount"),
            Double(Required(hotness, "percentile"), "percentile"),
            samples,
            targets.ToImmutable());
    }

    private static JsonNode Required(JsonObjectNode node, string name)
        => node.Properties.TryGetValue(name, out var value)
            ? value
            : throw new ProfileFormatException($"property '{name}' is missing", node.Offset);

    private static JsonObjectNode Object(JsonNode node, string what)
        => node as JsonObjectNode ?? throw WrongType(node, what, "an object");

    private static JsonArrayNode Array(JsonNode node, string what)
        => node as JsonArrayNode ?? throw WrongType(node, "'" + what + "'", "an array");

    private static string String(JsonNode node, string name)
        => (node as JsonStringNode)?.Value ?? throw WrongType(node, "'" + name + "'", "a string");

    private static string? NullableString(JsonNode node, string name)
        => node is JsonLiteralNode { Value: null } ? null : String(node, name);

    /// <summary>A count, ordinal or version: a non-negative integer that fits an <see cref="int"/>.</summary>
    private static int Int(JsonNode node, string name)
    {
        var value = Long(node, name);
        return value <= int.MaxValue ? (int)value : throw OutOfRange(node, name);
    }

    private static long Long(JsonNode node, string name)
    {
        if (node is not JsonNumberNode number)
        {
            throw WrongType(node, "'" + name + "'", "a number");
        }

        return number.TryGetInt64(out var value) && value >= 0 ? value : throw OutOfRange(node, name);
    }

    private static double Double(JsonNode node, string name)
    {
        if (node is not JsonNumberNode number)
        {
            throw WrongType(node, "'" + name + "'", "a number");
        }

        return number.TryGetDouble(out var value) && value >= 0 ? value : throw OutOfRange(node, name);
    }

    private static ProfileFormatException WrongType(JsonNode node, string what, string expected)
        => new($"{what} is {node.Describe} where {expected} was expected", node.Offset);

    private static ProfileFormatException OutOfRange(JsonNode node, string name)
        => new(
            string.Format(CultureInfo.InvariantCulture, "'{0}' is {1}, not a {2} in range", name, ((JsonNumberNode)node).Text, name == "share" || name == "percentile" ? "non-negative number" : "non-negative integer"),
            node.Offset);
}
