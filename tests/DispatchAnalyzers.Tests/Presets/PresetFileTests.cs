using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DispatchAnalyzers.Configuration;
using DispatchAnalyzers.Tests.Configuration;
using Xunit;

namespace DispatchAnalyzers.Tests.Presets;

/// <summary>
/// The shipped preset files are what <see cref="Preset.Render"/> writes for every rule; their options are valid (DSP900
/// finds nothing); the targets accept exactly the shipped presets; README and the package README document each preset.
/// </summary>
public sealed class PresetFileTests
{
    private static readonly string ConfigDirectory = RepositoryPaths.Combine("src", "Package", "config");

    public static IEnumerable<object[]> Names() => Preset.All.Select(p => new object[] { p.Name });

    [Theory]
    [MemberData(nameof(Names))]
    public void PresetFile_IsGeneratedFromEveryRule(string name)
    {
        var preset = Preset.All.Single(p => p.Name == name);
        var path = Path.Combine(ConfigDirectory, preset.FileName);
        var expected = preset.Render();
        if (Environment.GetEnvironmentVariable("DSP_WRITE_PRESETS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "missing " + path + " (DSP_WRITE_PRESETS=1 writes it)");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void PresetFile_NamesEveryRuleId(string name)
    {
        var text = File.ReadAllText(Path.Combine(ConfigDirectory, Preset.All.Single(p => p.Name == name).FileName));
        Assert.NotEmpty(Preset.Rules);
        foreach (var (id, _) in Preset.Rules)
        {
            Assert.Matches(new Regex("^# " + id + ":", RegexOptions.Multiline), text);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void PresetFile_OptionsAreValid(string name)
    {
        var options = Settings(File.ReadAllText(Path.Combine(ConfigDirectory, Preset.All.Single(p => p.Name == name).FileName)))
            .Where(s => s.Key.StartsWith(OptionDefinitions.Prefix, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Assert.Empty(OptionValidator.Problems(DictionaryOptions.Of(options)).Select(d => d.GetMessage()));
    }

    [Fact]
    public void ShippedConfigFiles_AreExactlyThePresets()
    {
        var shipped = Directory.GetFiles(ConfigDirectory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(Preset.All.Select(p => p.FileName).OrderBy(n => n, StringComparer.Ordinal), shipped);
    }

    [Fact]
    public void InvalidModeWarning_ListsExactlyThePresets()
    {
        var targets = File.ReadAllText(RepositoryPaths.Combine("src", "Package", "build", "DispatchAnalyzers.targets"));
        var names = Preset.All.Select(p => p.Name).ToList();
        var expected = string.Join(", ", names.Take(names.Count - 1)) + " or " + names[^1];
        Assert.Contains("(expected " + expected + ")", targets, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void BothReadmes_DocumentEachPreset(string name)
    {
        foreach (var readme in new[] { RepositoryPaths.Combine("README.md"), RepositoryPaths.Combine("src", "Package", "README.md") })
        {
            Assert.Matches(new Regex(@"^\| `" + name + "` \\|", RegexOptions.Multiline), File.ReadAllText(readme));
        }
    }

    /// <summary>The <c>key = value</c> lines of a global AnalyzerConfig file.</summary>
    private static IEnumerable<(string Key, string Value)> Settings(string text)
        => text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && line[0] is not ('#' or ';' or '['))
            .Select(line => line.Split('=', 2))
            .Select(parts => (parts[0].Trim(), parts[1].Trim()));
}
