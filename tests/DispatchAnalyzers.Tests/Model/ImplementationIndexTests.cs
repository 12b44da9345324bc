using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Perf.CodeGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>
/// <see cref="ImplementationIndex.ConcreteImplementationsOf"/> answers by name-found candidates; these compare it with
/// the walk over every source type it replaces (kept here as the oracle), for every type that walk files anything
/// under and for types it files nothing under.
/// </summary>
public sealed class ImplementationIndexTests
{
    private const string Shapes = """
        global using S2 = Geometry.IShape;
        using System.Collections.Generic;
        namespace Geometry
        {
            public interface IShape { double Area(); }
            public interface IShape<T> { }
            public interface ISolid : IShape { }
            public interface IResource : System.IDisposable { }
            public sealed class Circle : IShape { public double Area() => 1; }
            public abstract partial class Polygon { }
            public partial class Polygon : IShape { public double Area() => 2; }
            public sealed class Square : Polygon { }
            public partial class Tri { }
            public partial class Tri : S2 { public double Area() => 3; }
            public class Box<T> : IShape, IShape<T> { public double Area() => 4; }
            public class IntBox : Box<int> { }
            public record Rec(int X) : IShape { public double Area() => X; }
            public sealed record Derived(int X, int Y) : Rec(X);
            public record struct RecS(int X) : IShape { public double Area() => X; }
            public readonly struct Point : IShape, IShape<int> { public double Area() => 0; }
            public class Outer { public sealed class Inner : IShape { public double Area() => 5; } private struct Hidden : ISolid { public double Area() => 6; } }
            public class Outer2<T> { public class In : IShape<T> { } }
            public static class Helpers { }
            public class Numbers : List<int> { }
            public class MoreNumbers : Numbers { }
            public class \u0045scaped : IShape { public double Area() => 7; }
            public class Sub : Escaped { }
            public class Obj : object, IShape { public double Area() => 8; }
            public sealed class Res : IResource { public void Dispose() { } }
            public enum Colour { Red }
            public delegate void Handler();
        }
        """;

    private const string Other = """
        using Q = Geometry.ISolid;
        namespace Other
        {
            using T3 = S2;
            public interface IShape { }
            public class Fake : IShape { }
            public class Cube : Q { public double Area() => 8; }
            public class ViaGlobal : S2 { public double Area() => 9; }
            public class Chain : T3 { public double Area() => 10; }
            public sealed class Sorter : System.Collections.Generic.IComparer<int> { public int Compare(int a, int b) => 0; }
            public sealed class Disposer : global::System.IDisposable { public void Dispose() { } }
            public class Broken : Missing, Geometry.IShape { public double Area() => 11; }
            public class NestedBase : System.Collections.Specialized.NameObjectCollectionBase.KeysCollection { }
        }
        """;

    private const string Collisions = """
        namespace Mine
        {
            public interface IComparer<T> { }
            public interface IDisposable { }
            public class KeysCollection { }
            public class MyComparer : IComparer<int> { }
            public class MyDisposable : IDisposable { }
        }

        namespace Uses
        {
            using System.Collections.Generic;
            public class RealComparer : IComparer<string> { public int Compare(string? a, string? b) => 0; }
            public class RealDisposable : System.IDisposable { public void Dispose() { } }
        }
        """;

    private const string TopLevel = """
        System.Console.WriteLine();
        partial class Program : Geometry.IShape { public double Area() => 0; }
        """;

    [Fact]
    public void TrickySources_AnswerAsTheWalkOverEveryType()
    {
        var compilation = Compile(Shapes, Other, Collisions, TopLevel);
        // The sources mean what they say: the only errors are those of the missing and the sealed base, on purpose.
        Assert.All(
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error),
            d => Assert.Matches("class (Broken|NestedBase)", d.Location.SourceTree!.GetText().Lines.GetLineFromPosition(d.Location.SourceSpan.Start).ToString()));
        AssertAnswersAsWalk(compilation);
    }

    [Fact]
    public void GeneratedCodebase_AnswersAsTheWalkOverEveryType()
        => AssertAnswersAsWalk(Compile(CodebaseGenerator.Generate(seed: 3, files: 60).Files.Select(f => f.Text).ToArray()));

    [Fact]
    public void BaseFromProjectReference_NestedAndNamedLikeASourceType_AnswersAsTheWalk()
    {
        var library = Compile("""
            namespace Lib
            {
                public class Outer { public class Widget : System.IDisposable { public void Dispose() { } } }
            }
            """).WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var compilation = Compile("""
            namespace App
            {
                public class Widget { }
                public class Mine : Lib.Outer.Widget { }
                public class More : Mine { }
            }
            """, TopLevel, Shapes).AddReferences(library.ToMetadataReference());
        Assert.Contains(
            Index(compilation).ConcreteImplementationsOf(compilation.GetTypeByMetadataName("System.IDisposable")!, default),
            t => t.Name == "More");
        AssertAnswersAsWalk(compilation);
    }

    [Theory]
    [InlineData("// edited\n")]
    [InlineData("\nnamespace Moved { public sealed class Late : Geometry.IShape { public double Area() => 0; } }")]
    public void EditedTree_GraphKeptOnlyIfDeclarationsUnchanged_AnswersAsWalk(string inserted)
    {
        var before = Compile(Shapes, Other, Collisions, TopLevel);
        var edited = before.SyntaxTrees[1];
        var at = inserted.StartsWith("//", System.StringComparison.Ordinal) ? 0 : edited.GetText().Length;
        var after = before.ReplaceSyntaxTree(edited, edited.WithChangedText(edited.GetText().Replace(at, 0, inserted)));
        var first = Index(before);
        var second = Index(after);
        _ = first.ConcreteImplementationsOf(before.GetTypeByMetadataName("Geometry.IShape")!, default);
        _ = second.ConcreteImplementationsOf(after.GetTypeByMetadataName("Geometry.IShape")!, default);

        // A comment moves every declaration of the tree but declares nothing: the graph is the first one's.
        Assert.Equal(inserted.StartsWith("//", System.StringComparison.Ordinal), ReferenceEquals(first.TypeGraph, second.TypeGraph));
        AssertAnswersAsWalk(after);
        Assert.Equal(at != 0, second.ConcreteImplementationsOf(after.GetTypeByMetadataName("Geometry.IShape")!, default).Any(t => t.Name == "Late"));
    }

    [Fact]
    public void CancelledFirstQuestion_Throws_NextQuestionAnswersInFull()
    {
        var compilation = Compile(Shapes, Other, Collisions, TopLevel);
        var shape = compilation.GetTypeByMetadataName("Geometry.IShape")!;
        var index = Index(compilation);

        Assert.ThrowsAny<System.OperationCanceledException>(() => index.ConcreteImplementationsOf(shape, new System.Threading.CancellationToken(canceled: true)));
        Assert.Null(index.TypeGraph);
        Assert.Equal(
            Index(compilation).ConcreteImplementationsOf(shape, default).Select(t => t.ToDisplayString()),
            index.ConcreteImplementationsOf(shape, default).Select(t => t.ToDisplayString()));
    }

    [Fact]
    public void SameCompilation_AnswersInTheSameOrder()
    {
        var compilation = Compile(Shapes, Other, Collisions, TopLevel);
        var shape = compilation.GetTypeByMetadataName("Geometry.IShape")!;
        var again = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees);
        Assert.Equal(
            Index(compilation).ConcreteImplementationsOf(shape, default).Select(t => t.ToDisplayString()),
            Index(again).ConcreteImplementationsOf(again.GetTypeByMetadataName("Geometry.IShape")!, default).Select(t => t.ToDisplayString()));
    }

    private static void AssertAnswersAsWalk(CSharpCompilation compilation)
    {
        var walk = Walk(compilation);
        var index = Index(compilation);
        var asked = walk.Keys.Concat(AllSourceTypes(compilation))
            .Concat(new[] { "System.IDisposable", "System.Collections.IComparer", "System.IEquatable`1", "System.Exception" }.Select(n => (ITypeSymbol)compilation.GetTypeByMetadataName(n)!))
            .Distinct(SymbolEqualityComparer.Default).Cast<ITypeSymbol>().ToList();
        Assert.Contains(asked, t => t.TypeKind == TypeKind.Interface && t.ContainingAssembly is { } a && !SymbolEqualityComparer.Default.Equals(a, compilation.Assembly));
        foreach (var type in asked)
        {
            var expected = walk.TryGetValue(type, out var found) ? found : new List<INamedTypeSymbol>();
            var actual = index.ConcreteImplementationsOf(type, default);
            Assert.True(
                actual.Length == expected.Count && expected.All(t => actual.Contains(t, SymbolEqualityComparer.Default)),
                $"{type.ToDisplayString()}: expected [{string.Join(", ", expected.Select(t => t.ToDisplayString()))}], got [{string.Join(", ", actual.Select(t => t.ToDisplayString()))}]");
        }
    }

    /// <summary>The oracle: every concrete source type filed under itself, its base types and its interfaces.</summary>
    private static Dictionary<ITypeSymbol, List<INamedTypeSymbol>> Walk(Compilation compilation)
    {
        var filed = new Dictionary<ITypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
        foreach (var type in AllSourceTypes(compilation).Where(t => !t.IsAbstract && !t.IsStatic && t.TypeKind is TypeKind.Class or TypeKind.Struct))
        {
            var under = new List<ITypeSymbol>();
            for (var self = type; self is not null; self = self.BaseType)
            {
                under.Add(self);
            }

            foreach (var key in under.Concat(type.AllInterfaces))
            {
                if (!filed.TryGetValue(key, out var list))
                {
                    filed[key] = list = new List<INamedTypeSymbol>();
                }

                list.Add(type);
            }
        }

        return filed;
    }

    private static IEnumerable<INamedTypeSymbol> AllSourceTypes(Compilation compilation)
    {
        IEnumerable<INamedTypeSymbol> In(INamespaceOrTypeSymbol container)
            => container.GetTypeMembers().SelectMany(t => new[] { t }.Concat(In(t)))
                .Concat(container is INamespaceSymbol ns ? ns.GetNamespaceMembers().SelectMany(In) : Enumerable.Empty<INamedTypeSymbol>());
        return In(compilation.Assembly.GlobalNamespace);
    }

    private static ImplementationIndex Index(Compilation compilation)
        => new(compilation, new SymbolReferenceFinder(compilation));

    private static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "Implementations",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"/{i}.cs")),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
}
