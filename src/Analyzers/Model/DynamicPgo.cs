using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Whether the runtime the project builds for guards a one-type call site with Dynamic PGO (a guarded devirtualization
/// the JIT writes itself), read once per compilation from the MSBuild properties the package's props make visible
/// (<c>build_property.*</c>), and the one severity decision every rule takes from it (<see cref="SeverityFor"/>).
/// </summary>
/// <remarks>
/// Dynamic PGO is on by default from .NET 8; on .NET 6 and 7 only with <c>TieredPGO=true</c>. There is none under
/// NativeAOT, on .NET Framework, on .NET Core before 6, nor with <c>TieredPGO</c>, <c>TieredCompilation</c>,
/// <c>TieredCompilationQuickJit</c> or <c>TieredCompilationQuickJitForLoops</c> set to false (methods with loops are then
/// compiled optimized at once, without the instrumented tier). A <c>netstandard*</c> library counts as guarded: its
/// hot paths run mostly on .NET 8 or later, and a library that multi-targets would otherwise see every one-type finding
/// again from its <c>netstandard</c> build. A project whose properties are not visible (no TargetFramework) counts as
/// guarded too, the default of every SDK that ships today.
/// </remarks>
internal sealed class DynamicPgo
{
    public const string PublishAotKey = "build_property.PublishAot";
    public const string TargetFrameworkKey = "build_property.TargetFramework";
    public const string TargetFrameworkIdentifierKey = "build_property.TargetFrameworkIdentifier";
    public const string TargetFrameworkVersionKey = "build_property.TargetFrameworkVersion";
    public const string TieredPgoKey = "build_property.TieredPGO";
    public const string TieredCompilationKey = "build_property.TieredCompilation";
    public const string QuickJitKey = "build_property.TieredCompilationQuickJit";
    public const string QuickJitForLoopsKey = "build_property.TieredCompilationQuickJitForLoops";

    /// <summary>The first .NET whose Dynamic PGO is on by default.</summary>
    private static readonly Version OnByDefaultFrom = new(8, 0);

    /// <summary>The first .NET with Dynamic PGO at all (opt-in with <c>TieredPGO=true</c>).</summary>
    private static readonly Version OptInFrom = new(6, 0);

    public static readonly DynamicPgo Guarding = new(publishAot: false, missingBecause: null);

    private DynamicPgo(bool publishAot, string? missingBecause)
    {
        PublishAot = publishAot;
        MissingBecause = missingBecause;
    }

    /// <summary>NativeAOT: no JIT at all, so every dispatch stays one.</summary>
    public bool PublishAot { get; }

    /// <summary>Why a one-type call site is not guarded (for tests and docs), or null when Dynamic PGO guards it.</summary>
    public string? MissingBecause { get; }

    public static DynamicPgo Read(AnalyzerConfigOptions global)
    {
        if (IsTrue(global, PublishAotKey))
        {
            return new DynamicPgo(publishAot: true, "PublishAot");
        }

        foreach (var key in new[] { TieredCompilationKey, TieredPgoKey, QuickJitKey, QuickJitForLoopsKey })
        {
            if (IsFalse(global, key))
            {
                return new DynamicPgo(publishAot: false, key.Substring("build_property.".Length) + "=false");
            }
        }

        var (identifier, version) = TargetFrameworkOf(global);
        var missing = identifier switch
        {
            ".NETFramework" => ".NET Framework",
            ".NETCoreApp" when version is not null && version < OptInFrom => ".NET before 6",
            ".NETCoreApp" when version is not null && version < OnByDefaultFrom && !IsTrue(global, TieredPgoKey) => ".NET before 8 without TieredPGO=true",
            _ => null,
        };
        return missing is null ? Guarding : new DynamicPgo(publishAot: false, missing);
    }

    /// <summary>
    /// The severity of a finding whose receiver sees <paramref name="targets"/> distinct implementations (0: not known),
    /// or null when it is not reported: at most one target known, guarded by Dynamic PGO (which guards whichever type
    /// the site sees most), and the user did not ask for such sites.
    /// Two or more targets, or NativeAOT, make a warning; otherwise it is informational.
    /// </summary>
    /// <param name="skipsTiering">The function is compiled optimized at once (<c>AggressiveOptimization</c>): no PGO for it.</param>
    public DiagnosticSeverity? SeverityFor(int targets, DispatchOptions options, bool skipsTiering)
    {
        if (targets >= 2 || PublishAot)
        {
            return DiagnosticSeverity.Warning;
        }

        // The one type the site sees is guarded by the JIT already; with none known, nothing shows that it is not.
        if (Guards(skipsTiering) && !options.ReportSingleTypeSites)
        {
            return null;
        }

        return DiagnosticSeverity.Info;
    }

    /// <summary>Whether Dynamic PGO profiles a function and guards its dispatch with the type it saw most.</summary>
    /// <param name="skipsTiering">The function is compiled optimized at once (<c>AggressiveOptimization</c>): no PGO for it.</param>
    public bool Guards(bool skipsTiering) => MissingBecause is null && !skipsTiering;

    /// <summary>The framework identifier and version, from the SDK's own properties or else parsed from the TFM.</summary>
    private static (string? Identifier, Version? Version) TargetFrameworkOf(AnalyzerConfigOptions global)
    {
        var identifier = Value(global, TargetFrameworkIdentifierKey);
        var version = ParseVersion(Value(global, TargetFrameworkVersionKey)?.TrimStart('v', 'V'));
        if (identifier is not null)
        {
            return (identifier, version);
        }

        var tfm = Value(global, TargetFrameworkKey)?.ToLowerInvariant();
        if (tfm is null)
        {
            return (null, null);
        }

        // net8.0-windows: the platform suffix does not change the runtime.
        var dash = tfm.IndexOf('-');
        tfm = dash >= 0 ? tfm.Substring(0, dash) : tfm;
        if (tfm.StartsWith("netstandard", StringComparison.Ordinal))
        {
            return (".NETStandard", null);
        }

        if (tfm.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            return (".NETCoreApp", ParseVersion(tfm.Substring("netcoreapp".Length)));
        }

        // net48, net472: no dot; net5.0 and later have one.
        if (!tfm.StartsWith("net", StringComparison.Ordinal))
        {
            return (null, null);
        }

        return tfm.Contains(".") ? (".NETCoreApp", ParseVersion(tfm.Substring("net".Length))) : (".NETFramework", null);
    }

    private static Version? ParseVersion(string? text)
        => text is not null && Version.TryParse(text.Contains(".") ? text : text + ".0", out var version) ? version : null;

    private static string? Value(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(AnalyzerConfigOptions options, string key)
        => string.Equals(Value(options, key), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(AnalyzerConfigOptions options, string key)
        => string.Equals(Value(options, key), "false", StringComparison.OrdinalIgnoreCase);
}
