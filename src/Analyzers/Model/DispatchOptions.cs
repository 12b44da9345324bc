using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Model;

/// <summary>
/// The package's options for one syntax tree, read from .editorconfig / global analyzer config. A missing or malformed
/// value falls back to its default: options never make an analyzer fail.
/// </summary>
internal sealed class DispatchOptions
{
    public const string HotLoopScopeKey = "dispatch_analyzers.hot_loop_scope";
    public const string HotPathAttributesKey = "dispatch_analyzers.hot_path_attributes";
    public const string MaxHoistedTypesKey = "dispatch_analyzers.max_hoisted_types";
    public const string PublishAotKey = "build_property.PublishAot";

    public const HotLoopScope DefaultHotLoopScope = HotLoopScope.Nested;
    public const int DefaultMaxHoistedTypes = 3;

    /// <summary>Above this a hoisted if-chain duplicates the loop so often that code size wins over dispatch cost.</summary>
    public const int MaxMaxHoistedTypes = 8;

    public static readonly ImmutableArray<string> DefaultHotPathAttributes = ImmutableArray.Create("HotPath", "Benchmark");

    public static readonly DispatchOptions Default = new(DefaultHotLoopScope, DefaultHotPathAttributes, DefaultMaxHoistedTypes, publishAot: false);

    public DispatchOptions(HotLoopScope hotLoopScope, ImmutableArray<string> hotPathAttributes, int maxHoistedTypes, bool publishAot)
    {
        HotLoopScope = hotLoopScope;
        HotPathAttributes = hotPathAttributes;
        MaxHoistedTypes = maxHoistedTypes;
        PublishAot = publishAot;
    }

    public HotLoopScope HotLoopScope { get; }

    /// <summary>Simple attribute names, without the <c>Attribute</c> suffix.</summary>
    public ImmutableArray<string> HotPathAttributes { get; }

    public int MaxHoistedTypes { get; }

    /// <summary>The project publishes with NativeAOT: no Dynamic PGO, so even a one-type call site stays a dispatch.</summary>
    public bool PublishAot { get; }

    public static DispatchOptions Read(AnalyzerConfigOptions options, bool publishAot)
    {
        var scope = options.TryGetValue(HotLoopScopeKey, out var scopeText) ? ParseScope(scopeText) ?? DefaultHotLoopScope : DefaultHotLoopScope;
        var attributes = options.TryGetValue(HotPathAttributesKey, out var attributesText) ? ParseAttributes(attributesText) : DefaultHotPathAttributes;
        var max = options.TryGetValue(MaxHoistedTypesKey, out var maxText) && int.TryParse(maxText.Trim(), out var parsed) && parsed >= 0 && parsed <= MaxMaxHoistedTypes
            ? parsed
            : DefaultMaxHoistedTypes;
        return new DispatchOptions(scope, attributes, max, publishAot);
    }

    public static bool ReadPublishAot(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(PublishAotKey, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static HotLoopScope? ParseScope(string text)
        => text.Trim().ToLowerInvariant() switch
        {
            "all" => HotLoopScope.All,
            "nested" => HotLoopScope.Nested,
            "marked" => HotLoopScope.Marked,
            _ => null,
        };

    private static ImmutableArray<string> ParseAttributes(string text)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim();
            var dot = name.LastIndexOf('.');
            if (dot >= 0)
            {
                name = name.Substring(dot + 1);
            }

            if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
            {
                name = name.Substring(0, name.Length - "Attribute".Length);
            }

            if (name.Length > 0 && !builder.Contains(name))
            {
                builder.Add(name);
            }
        }

        // An empty list is a valid choice: no attribute marks a method hot.
        return builder.ToImmutable();
    }
}
