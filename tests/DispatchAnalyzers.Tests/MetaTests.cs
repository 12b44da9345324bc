using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests;

/// <summary>
/// Every rule is complete: ID constant, analyzer, docs page, help link, release entry, row in both READMEs, category and
/// tags; every fixer fixes a real rule; every option defined in code is documented, and every documented option is defined.
/// </summary>
public sealed class MetaTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly ImmutableArray<CodeFixProvider> Fixers = typeof(DispatchOnLoopInvariantReceiverCodeFixProvider).Assembly.GetTypes()
        .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static IEnumerable<object[]> Ids()
        => typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => new object[] { (string)f.GetValue(null)! });

    private static IEnumerable<DiagnosticDescriptor> Descriptors => Analyzers.SelectMany(a => a.SupportedDiagnostics);

    [Fact]
    public void EveryAnalyzerIsCSharpAndExported()
    {
        Assert.NotEmpty(Analyzers);
        foreach (var analyzer in Analyzers)
        {
            var attribute = analyzer.GetType().GetCustomAttribute<DiagnosticAnalyzerAttribute>();
            Assert.True(attribute is not null, analyzer.GetType().Name + " lacks [DiagnosticAnalyzer]");
            Assert.Contains(LanguageNames.CSharp, attribute!.Languages);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryIdHasAnAnalyzerDocsPageHelpLinkAndReleaseEntry(string id)
    {
        Assert.Matches("^DSP[0-9]{3}$", id);
        var descriptors = Descriptors.Where(d => d.Id == id).ToList();
        Assert.True(descriptors.Count > 0, id + " is not supported by any analyzer");
        foreach (var descriptor in descriptors)
        {
            Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        }

        var page = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing docs page " + page);
        var text = File.ReadAllText(page);
        // Configuration diagnostics (DSP9xx) cost nothing at run time, so their pages have no "Why it is slow".
        var headings = descriptors.All(d => d.CustomTags.Contains(DiagnosticTags.Performance))
            ? new[] { "## Cause", "## Rule description", "## Why it is slow", "## How to fix", "## Options", "## How to suppress" }
            : new[] { "## Cause", "## Rule description", "## How to fix", "## Options", "## How to suppress" };
        foreach (var heading in headings)
        {
            Assert.True(text.Contains(heading, StringComparison.Ordinal), $"{id}.md lacks '{heading}'");
        }

        var releases = File.ReadAllText(RepositoryPaths.Combine("src", "Analyzers", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(RepositoryPaths.Combine("src", "Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Matches(new Regex("^" + id + @"\s*\|", RegexOptions.Multiline), releases);
        Assert.Contains("docs/rules/" + id + ".md", File.ReadAllText(RepositoryPaths.Combine("README.md")));
        Assert.Contains("(" + DiagnosticDescriptors.HelpLink(id) + ")", File.ReadAllText(PackageReadme));
    }

    [Fact]
    public void EveryHelpLinkNamesADocsPageThatExists()
    {
        Assert.All(Descriptors, d =>
        {
            Assert.StartsWith(DiagnosticDescriptors.HelpLinkBase, d.HelpLinkUri, StringComparison.Ordinal);
            var page = RepositoryPaths.Combine("docs", "rules", d.HelpLinkUri.Substring(DiagnosticDescriptors.HelpLinkBase.Length));
            Assert.True(File.Exists(page), d.Id + "'s help link " + d.HelpLinkUri + " names no page: " + page);
        });
    }

    [Fact]
    public void RepositoryUrlIsThePackagesRepositoryUrl()
    {
        var project = File.ReadAllText(RepositoryPaths.Combine("src", "Package", "DispatchAnalyzers.Package.csproj"));
        Assert.Contains("<RepositoryUrl>" + DiagnosticDescriptors.RepositoryUrl + "</RepositoryUrl>", project, StringComparison.Ordinal);
        Assert.Contains("<PackageProjectUrl>$(RepositoryUrl)</PackageProjectUrl>", project, StringComparison.Ordinal);
    }

    /// <summary>Pages the package README links to that arrive with other branches (DSP006, DSP901, profile-guided analysis).</summary>
    private static readonly string[] PagesArrivingWithOtherBranches = { };

    [Fact]
    public void PackageReadmeLinksAreAbsoluteAndNameFilesThatExist()
    {
        var readme = File.ReadAllText(PackageReadme);
        var links = Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        var blob = DiagnosticDescriptors.RepositoryUrl + "/blob/main/";
        foreach (var link in links)
        {
            Assert.True(link.StartsWith("https://", StringComparison.Ordinal), "the package README links to a relative path: " + link);
            if (link.StartsWith(blob, StringComparison.Ordinal))
            {
                var path = link.Substring(blob.Length).Split('#')[0];
                Assert.True(
                    File.Exists(RepositoryPaths.Combine(path.Split('/'))) || PagesArrivingWithOtherBranches.Contains(path),
                    "the package README links to a file that does not exist: " + link);
            }
            else
            {
                Assert.StartsWith(DiagnosticDescriptors.RepositoryUrl, link, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryDescriptorIsInTheDispatchCategoryWithOneKindTag()
    {
        var known = new[] { DiagnosticTags.Performance, DiagnosticTags.Configuration, DiagnosticTags.ProfileGuided, WellKnownDiagnosticTags.CompilationEnd };
        Assert.All(Descriptors, d =>
        {
            Assert.Equal(DiagnosticDescriptors.Category, d.Category);
            Assert.All(d.CustomTags, tag => Assert.Contains(tag, known));
            Assert.Single(d.CustomTags, tag => tag is DiagnosticTags.Performance or DiagnosticTags.Configuration);
            Assert.Equal(ProfileGuidedIds.Contains(d.Id), d.CustomTags.Contains(DiagnosticTags.ProfileGuided));
        });
    }

    /// <summary>The rules that read the dispatch profile: DSP006 reports measured sites, DSP901 a bad profile file.</summary>
    private static readonly string[] ProfileGuidedIds = { "DSP006", "DSP901" };

    private static string PackageReadme => RepositoryPaths.Combine("src", "Package", "README.md");

    [Fact]
    public void EveryDescriptorIdIsDeclaredInDiagnosticIds()
    {
        var declared = Ids().Select(i => (string)i[0]).ToHashSet();
        Assert.All(Descriptors, d => Assert.Contains(d.Id, declared));
    }

    [Fact]
    public void EveryFixerFixesAnAnalyzersDiagnosticAndIsExported()
    {
        Assert.NotEmpty(Fixers);
        var supported = Descriptors.Select(d => d.Id).ToHashSet();
        foreach (var fixer in Fixers)
        {
            Assert.NotEmpty(fixer.FixableDiagnosticIds);
            Assert.All(fixer.FixableDiagnosticIds, id => Assert.Contains(id, supported));
            var export = fixer.GetType().GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.True(export is not null, fixer.GetType().Name + " lacks [ExportCodeFixProvider]");
            Assert.Equal(fixer.GetType().Name, export!.Name);
            Assert.NotNull(fixer.GetFixAllProvider());
        }
    }

    [Fact]
    public void EveryDocsPageBelongsToARule()
    {
        var declared = Ids().Select(i => (string)i[0]).ToHashSet();
        foreach (var page in Directory.GetFiles(RepositoryPaths.Combine("docs", "rules"), "*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), declared);
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ConfigurationIdsAreDsp9xxWithTheConfigurationTag(string id)
    {
        var configuration = Descriptors.Where(d => d.Id == id).All(d => d.CustomTags.Contains(DiagnosticTags.Configuration));
        Assert.Equal(id.StartsWith("DSP9", StringComparison.Ordinal), configuration);
    }

    [Fact]
    public void EveryOptionInCodeIsInReadmesOptionsTable()
    {
        var table = OptionsSection(File.ReadAllText(RepositoryPaths.Combine("README.md")));
        foreach (var definition in OptionDefinitions.All)
        {
            Assert.True(
                table.Contains("| `" + definition.Key + "` |", StringComparison.Ordinal),
                $"README.md's options table lacks a row for {definition.Key}");
        }
    }

    [Fact]
    public void EveryOptionKeyInTheDocsIsDefinedInCode()
    {
        var documents = new[] { RepositoryPaths.Combine("README.md"), PackageReadme }.Concat(Directory.GetFiles(RepositoryPaths.Combine("docs"), "*.md", SearchOption.AllDirectories));
        var keys = documents.SelectMany(path => OptionKey.Matches(File.ReadAllText(path)).Select(m => (Path: Path.GetFileName(path), Key: m.Value))).ToList();
        Assert.NotEmpty(keys);
        foreach (var (path, key) in keys)
        {
            // The misspellings DSP900's page shows must stay unknown; every other key must be defined.
            Assert.True(
                (OptionDefinitions.Find(key) is null) == IsDeliberateMisspelling(key),
                $"{path} mentions {key}: " + (IsDeliberateMisspelling(key) ? "listed as a misspelling, but defined" : "no OptionDefinition defines it"));
        }
    }

    /// <summary>A <c>dispatch_analyzers.*</c> key: a dotted sequence of letters, digits and underscores.</summary>
    private static readonly Regex OptionKey = new(@"dispatch_analyzers(\.[A-Za-z0-9_]+)+", RegexOptions.Compiled);

    /// <summary>DSP900's page shows misspelled keys on purpose; they are marked as such.</summary>
    private static bool IsDeliberateMisspelling(string key)
        => key is "dispatch_analyzers.max_hoist_types" or "dispatch_analyzers.hot_loop_scop";

    private static string OptionsSection(string readme)
    {
        var start = readme.IndexOf("\n## Options\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Options' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
    }
}
