using System.Linq;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Tests.Configuration;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>Which build properties leave a one-type call site to Dynamic PGO, and the severity decision every rule takes from it.</summary>
public sealed class DynamicPgoTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("build_property.TargetFramework=net8.0")]
    [InlineData("build_property.TargetFramework=net10.0-windows")]
    [InlineData("build_property.TargetFramework=netstandard2.0")]
    [InlineData("build_property.TargetFrameworkIdentifier=.NETStandard|build_property.TargetFrameworkVersion=v2.1")]
    [InlineData("build_property.TargetFrameworkIdentifier=.NETCoreApp|build_property.TargetFrameworkVersion=v9.0")]
    [InlineData("build_property.TargetFramework=net6.0|build_property.TieredPGO=true")]
    [InlineData("build_property.TieredPGO=true")]
    public void Guarded(string? properties)
        => Assert.Null(Read(properties).MissingBecause);

    [Theory]
    [InlineData("build_property.TargetFramework=net48", ".NET Framework")]
    [InlineData("build_property.TargetFrameworkIdentifier=.NETFramework|build_property.TargetFrameworkVersion=v4.7.2", ".NET Framework")]
    [InlineData("build_property.TargetFramework=netcoreapp3.1", ".NET before 6")]
    [InlineData("build_property.TargetFramework=net7.0", ".NET before 8 without TieredPGO=true")]
    [InlineData("build_property.TargetFrameworkIdentifier=.NETCoreApp|build_property.TargetFrameworkVersion=v6.0", ".NET before 8 without TieredPGO=true")]
    [InlineData("build_property.TieredPGO= False ", "TieredPGO=false")]
    [InlineData("build_property.TieredCompilation=false", "TieredCompilation=false")]
    [InlineData("build_property.TieredCompilationQuickJitForLoops=false", "TieredCompilationQuickJitForLoops=false")]
    [InlineData("build_property.PublishAot=true|build_property.TargetFramework=net8.0", "PublishAot")]
    public void NotGuarded(string properties, string because)
        => Assert.Equal(because, Read(properties).MissingBecause);

    [Theory]
    [InlineData(null, 0, false, false, null)]
    [InlineData(null, 1, false, false, null)]
    [InlineData(null, 2, false, false, DiagnosticSeverity.Warning)]
    [InlineData(null, 1, true, false, DiagnosticSeverity.Info)]
    [InlineData(null, 1, false, true, DiagnosticSeverity.Info)]
    [InlineData("build_property.TargetFramework=net48", 1, false, false, DiagnosticSeverity.Info)]
    [InlineData("build_property.TargetFramework=net48", 0, false, false, DiagnosticSeverity.Info)]
    [InlineData("build_property.PublishAot=true", 1, false, false, DiagnosticSeverity.Warning)]
    public void SeverityFor(string? properties, int targets, bool reportSingleTypeSites, bool skipsTiering, DiagnosticSeverity? expected)
    {
        var options = new DispatchOptions(
            DispatchOptions.DefaultHotLoopScope, DispatchOptions.DefaultHotPathAttributes, DispatchOptions.DefaultMaxHoistedTypes, publishAot: false,
            reportSingleTypeSites: reportSingleTypeSites);
        Assert.Equal(expected, Read(properties).SeverityFor(targets, options, skipsTiering));
    }

    private static DynamicPgo Read(string? properties)
        => DynamicPgo.Read(DictionaryOptions.Of((properties ?? string.Empty).Split('|', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Select(p => (p[0], p[1])).ToArray()));
}
