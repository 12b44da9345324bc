using System;
using System.Collections.Generic;
using System.Linq;

namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>
/// One module of the generated program: a namespace around one domain noun, its interface, abstract base and
/// implementations, and the checks its <c>Run</c> method folds into the checksum. Every choice comes from its own
/// seeded <see cref="Random"/>.
/// </summary>
internal sealed class ModulePlan
{
    private readonly List<(string Section, List<string> Checks)> _sections = new();

    public ModulePlan(int index, int seed)
    {
        Index = index;
        Random = new Random(unchecked(seed * 7919 + index * 104729));
        Noun = Vocabulary.Nouns[index % Vocabulary.Nouns.Length];
        Namespace = $"Generated.M{index:D3}{Noun}";
        Folder = $"M{index:D3}{Noun}";
        var count = Random.Next(1, 7);
        var adjectives = Vocabulary.Adjectives.OrderBy(_ => Random.Next()).Take(count).ToList();
        var kinds = (ImplementationKind[])Enum.GetValues(typeof(ImplementationKind));
        Implementations = adjectives.Select(a => new ImplementationSpec(a + Noun, kinds[Random.Next(kinds.Length)], Random.Next(1, 10))).ToList();
    }

    public int Index { get; }

    public Random Random { get; }

    public string Noun { get; }

    public string Namespace { get; }

    public string Folder { get; }

    public string Interface => "I" + Noun;

    public string Base => Noun + "Base";

    public string Transform => Noun + "Transform";

    public string Reading => Noun + "Reading";

    public string Service => Noun + "Service";

    public IReadOnlyList<ImplementationSpec> Implementations { get; }

    public IEnumerable<ImplementationSpec> Structs => Implementations.Where(i => i.IsStruct);

    public IEnumerable<ImplementationSpec> Derived => Implementations.Where(i => i.DerivesFromBase);

    /// <summary>
    /// Expressions (long, int, double, bool or string) that <c>Run</c> folds into the checksum, in order, grouped by the
    /// file that registered them (one checking method each).
    /// </summary>
    public IReadOnlyList<(string Section, List<string> Checks)> Sections => _sections;

    /// <summary>Starts the group of checks of the file named <paramref name="section"/>.</summary>
    public void BeginSection(string section) => _sections.Add((section, new List<string>()));

    public void AddCheck(string expression)
    {
        if (_sections.Count == 0)
        {
            BeginSection("Module");
        }

        _sections[_sections.Count - 1].Checks.Add(expression);
    }

    /// <summary><c>new X(factor)</c> for the implementation at <paramref name="index"/> (wrapping around).</summary>
    public string New(int index, int factor) => $"new {Implementations[index % Implementations.Count].Name}({factor})";

    /// <summary>A random implementation's constructor call.</summary>
    public string NewAny(int factor) => New(Random.Next(Implementations.Count), factor);

    public int Next(int min, int max) => Random.Next(min, max);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>The file path of <paramref name="name"/> in this module's folder.</summary>
    public string PathOf(string name) => Folder + "/" + name + ".cs";

    /// <summary>The usings and file-scoped namespace every module file starts with.</summary>
    public void WriteHeader(CodeWriter writer)
    {
        writer.Line("using System;")
            .Line("using System.Collections.Generic;")
            .Line("using System.Linq;")
            .Line("using System.Threading;")
            .Line("using System.Threading.Tasks;")
            .Line("using Generated.Common;")
            .Line()
            .Line($"namespace {Namespace};")
            .Line();
    }
}
