using System.Collections.Generic;
using System.Linq;
using DispatchAnalyzers.Tool.Metadata;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>Turns a histogram's handle lines into targets with counts and shares.</summary>
internal static class Targets
{
    private const string Null = "NULL";
    private const string Unknown = "UNKNOWN";
    private const string MethodSeparator = "|@|";

    /// <summary>The targets of one site; empty slots (<c>NULL</c>) are not samples.</summary>
    public static (int Samples, List<ProfileTarget> Targets) Of(IEnumerable<string> handles, bool methods, IReadOnlyList<AssemblyIndex> assemblies)
    {
        var counts = handles.Where(h => h != Null).GroupBy(h => h).ToList();
        var samples = counts.Sum(g => g.Count());
        var targets = new Dictionary<(string? Id, string Name), int>();
        foreach (var group in counts)
        {
            var (id, name) = methods ? Method(group.Key, assemblies) : Type(group.Key);
            targets[(id, name)] = targets.GetValueOrDefault((id, name)) + group.Count();
        }

        var list = targets.Select(t => new ProfileTarget(t.Key.Id, t.Key.Name, t.Value, samples == 0 ? 0 : (decimal)t.Value / samples)).ToList();
        return (samples, list);
    }

    private static (string? Id, string Name) Type(string handle)
    {
        if (handle == Unknown)
        {
            return (null, "(unknown type)");
        }

        var name = RuntimeTypeName.Parse(handle);
        return (name.DocId, name.Display);
    }

    /// <summary><c>name|@|Ns.Type, Assembly, ...</c>; resolved to a full ID when the method is unique in the given assemblies.</summary>
    private static (string? Id, string Name) Method(string handle, IReadOnlyList<AssemblyIndex> assemblies)
    {
        var separator = handle.IndexOf(MethodSeparator, System.StringComparison.Ordinal);
        if (handle == Unknown || separator < 0)
        {
            return (null, "(unknown target: a static method or a collectible type)");
        }

        var method = handle[..separator];
        var type = RuntimeTypeName.Parse(handle[(separator + MethodSeparator.Length)..]);
        var display = type.Display + "." + method;
        var matches = assemblies
            .Where(a => type.Assembly is null || a.Name == type.Assembly)
            .SelectMany(a => a.Find(type.Definition + "." + method).Select(h => (Assembly: a, Handle: h)))
            .GroupBy(m => (m.Assembly.Mvid, m.Handle))
            .ToList();
        if (matches.Count == 1)
        {
            var (assembly, methodHandle) = matches[0].First();
            return (DocIds.Method(assembly.Reader, methodHandle), display);
        }

        // Not in the given assemblies, or overloaded: the ID names type and method without a parameter list.
        return ("M:" + type.Definition.Replace('+', '.') + "." + DocIds.EscapeName(method), display);
    }
}
