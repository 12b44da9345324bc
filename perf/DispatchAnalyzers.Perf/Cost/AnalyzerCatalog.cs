using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DispatchAnalyzers.Perf.Cost;

/// <summary>
/// The analyzers the cost benchmark runs: every DSP analyzer (found by reflection, so new rules are measured without
/// changes here) and CA1859 from the Microsoft.CodeAnalysis.NetAnalyzers package copied next to this program.
/// </summary>
public static class AnalyzerCatalog
{
    public const string Ca1859 = "CA1859";

    /// <summary>Every concrete <see cref="DiagnosticAnalyzer"/> of the DispatchAnalyzers assembly, by type name.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Dispatch()
        => typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>The C# analyzer of the NetAnalyzers package that supports <paramref name="id"/>.</summary>
    public static DiagnosticAnalyzer FromNetAnalyzers(string id)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "NetAnalyzers");
        var paths = new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .Select(name => Path.Combine(directory, name))
            .ToList();
        if (paths.Any(p => !File.Exists(p)))
        {
            throw new FileNotFoundException("The NetAnalyzers DLLs are not next to the program; build the perf project (it copies them to NetAnalyzers/).", directory);
        }

        foreach (var assembly in paths.Select(Assembly.LoadFrom).ToList())
        {
            foreach (var type in LoadableTypes(assembly).Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract))
            {
                var attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>();
                // Only C# analyzers that can be made without arguments.
                if (attribute is null || !attribute.Languages.Contains(LanguageNames.CSharp) || type.GetConstructor(Type.EmptyTypes) is null)
                {
                    continue;
                }

                var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                if (analyzer.SupportedDiagnostics.Any(d => d.Id == id))
                {
                    return analyzer;
                }
            }
        }

        throw new InvalidOperationException($"No C# analyzer in {directory} supports {id}.");
    }

    private static Type[] LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            // The package's code fixers need Workspaces, which the benchmark does not load; its analyzers do not.
            return e.Types.Where(t => t is not null).Select(t => t!).ToArray();
        }
    }
}
