using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>
/// A parameter's reaching types, and a collection's contents, after an edit: the edited tree is bound again, the others'
/// findings come from the previous compilation, and the answer is the one a fresh compilation of the same text gives.
/// </summary>
public sealed class TreeByTreeSearchTests
{
    private static readonly string[] Files =
    [
        """
        public interface IShape { double Area(); }
        public sealed class Circle : IShape { public double Area() => 3; }
        public sealed class Square : IShape { public double Area() => 4; }
        public sealed class Triangle : IShape { public double Area() => 5; }
        public struct Dot : IShape { public double Area() => 0; }
        """,
        """
        internal static class Kernel
        {
            internal static double Sum(IShape shape, int n)
            {
                var total = 0.0;
                for (var i = 0; i < n; i++) total += shape.Area();
                return total;
            }
        }
        """,
        "internal static class CallsA { internal static double Run() { return Kernel.Sum(new Circle(), 1); } }",
        "internal static class CallsB { internal static double Run() { return Kernel.Sum(new Square(), 2) + Kernel.Sum((new Dot(), 1).Item1, 3); } }",
        "internal static class Other { internal static int Run() => 0; }",
    ];

    [Fact]
    public void BodyEditInOneCaller_OnlyThatTreeBound_AnswerAsFresh()
    {
        var compilation = TreeEdits.Compile(Files, allowUnsafe: true);
        Assert.Equal(["Circle", "Dot", "Square"], Names(Index(compilation).ForParameter(Shape(compilation), default)));
        KeepCallSites(compilation);
        var callsA = compilation.SyntaxTrees.ElementAt(2);

        var edited = compilation.ReplaceSyntaxTree(callsA, TreeEdits.Replace(callsA, "return Kernel.Sum(new Circle(), 1);", "return Kernel.Sum(new Circle(), 1) + Kernel.Sum(new Triangle(), 1);"));
        var second = Index(edited);
        var answer = second.ForParameter(Shape(edited), default);

        Assert.Equal(1, second.TreesBound);
        AssertSameAsFresh(answer, edited);
        Assert.Equal(["Circle", "Dot", "Square", "Triangle"], Names(answer));
    }

    [Fact]
    public void DeclarationEditElsewhere_UnchangedCallersBoundAgain()
    {
        var compilation = TreeEdits.Compile(Files, allowUnsafe: true);
        KeepCallSites(compilation);
        var kernel = compilation.SyntaxTrees.ElementAt(1);

        // A closer overload now takes the Square of the unchanged CallsB: its cached call sites would still count it.
        var edited = compilation.ReplaceSyntaxTree(kernel, TreeEdits.Replace(kernel, "internal static double Sum(IShape shape, int n)", "internal static double Sum(Square shape, int n) => 0;\n    internal static double Sum(IShape shape, int n)"));
        var index = Index(edited);
        var answer = index.ForParameter(Shape(edited), default);

        Assert.Equal(3, index.TreesBound);
        AssertSameAsFresh(answer, edited);
        Assert.Equal(["Circle", "Dot"], Names(answer));
    }

    [Fact]
    public void TypeWithoutUniqueId_NotKept_AnsweredAsFresh()
    {
        // Two file-local types share the ID T:Hidden: their trees' call sites cannot be named in another compilation.
        var files = Files.Concat(
        [
            "file sealed class Hidden : IShape { public double Area() => 6; }\ninternal static class CallsC { internal static double Run() => Kernel.Sum(new Hidden(), 1); }",
            "file sealed class Hidden : IShape { public double Area() => 7; }\ninternal static class CallsD { internal static double Run() => Kernel.Sum(new Hidden(), 1); }",
        ]).ToArray();
        var compilation = TreeEdits.Compile(files, allowUnsafe: true);
        KeepCallSites(compilation);
        var callsA = compilation.SyntaxTrees.ElementAt(2);

        var edited = compilation.ReplaceSyntaxTree(callsA, TreeEdits.Replace(callsA, "new Circle(), 1", "new Circle(), 4"));
        var index = Index(edited);
        var answer = index.ForParameter(Shape(edited), default);

        Assert.Equal(3, index.TreesBound);
        AssertSameAsFresh(answer, edited);
        Assert.Equal(["Circle", "Dot", "Hidden", "Hidden", "Square"], Names(answer));
    }

    [Fact]
    public void PointerArraysAndOpenArrays_NoThrow_AnsweredAsFresh()
    {
        string[] files =
        [
            "internal static class Counter { internal static int Count(System.Collections.IEnumerable items) { var n = 0; foreach (var _ in items) n++; return n; } }",
            "internal static unsafe class Pointers { internal static int Run() => Counter.Count(new delegate*<void>[2]) + Counter.Count(new int*[1]); }",
            "internal static class Open<T> { internal static int Run(T[] items) => Counter.Count(items); }",
            "internal static class Plain { internal static int Run() => Counter.Count(new int[3]); }",
        ];
        static IParameterSymbol Items(Compilation c) => c.GetSymbolsWithName("Count", SymbolFilter.Member).OfType<IMethodSymbol>().Single().Parameters[0];
        var compilation = TreeEdits.Compile(files, allowUnsafe: true);
        var again = compilation.Clone();
        Index(compilation).ForParameter(Items(compilation), default);
        Index(again).ForParameter(Items(again), default);
        var plain = compilation.SyntaxTrees.ElementAt(3);

        var edited = compilation.ReplaceSyntaxTree(plain, TreeEdits.Replace(plain, "new int[3]", "new int[4]"));
        var index = Index(edited);
        var answer = index.ForParameter(Items(edited), default);
        var fresh = TreeEdits.Compile(edited.SyntaxTrees.Select(t => t.GetText().ToString()).ToArray(), allowUnsafe: true);
        var expected = Index(fresh).ForParameter(Items(fresh), default);

        Assert.Equal(expected.Arrays.Select(a => a.ToDisplayString()), answer.Arrays.Select(a => a.ToDisplayString()));
        Assert.Equal((expected.Complete, expected.SourceCount, expected.HasOpaqueValues), (answer.Complete, answer.SourceCount, answer.HasOpaqueValues));
        Assert.Equal(4, answer.SourceCount);
        // The function-pointer array's tree is bound again (its ID, "[]", names no type), with the edited one.
        Assert.Equal(2, index.TreesBound);
    }

    [Fact]
    public void FirstCompilationOfItsTrees_KeepsNothing()
    {
        var compilation = TreeEdits.Compile(Files, allowUnsafe: true);
        var first = Index(compilation);
        first.ForParameter(Shape(compilation), default);
        var callsA = compilation.SyntaxTrees.ElementAt(2);

        // A build's compilation is the first of its trees: nothing it found is kept for the edit after it.
        var edited = compilation.ReplaceSyntaxTree(callsA, TreeEdits.Replace(callsA, "new Circle(), 1", "new Circle(), 4"));
        var index = Index(edited);
        index.ForParameter(Shape(edited), default);

        Assert.Equal(3, first.TreesBound);
        Assert.Equal(3, index.TreesBound);
    }

    [Fact]
    public void CollectionStoresInOtherFiles_OnlyEditedTreeBound_AnswerAsFresh()
    {
        string[] files =
        [
            Files[0],
            "internal static class Registry { internal static readonly System.Collections.Generic.List<IShape> Shapes = new() { new Circle() }; }",
            "internal static class FillA { internal static void Run() { Registry.Shapes.Add(new Square()); } }",
            "internal static class FillB { internal static void Run() { Registry.Shapes.Add(new Dot()); } }",
            Files[4],
        ];
        var compilation = TreeEdits.Compile(files, allowUnsafe: true);
        Contents(compilation);
        Contents(compilation.Clone());
        var fillA = compilation.SyntaxTrees.ElementAt(2);

        var edited = compilation.ReplaceSyntaxTree(fillA, TreeEdits.Replace(fillA, "Registry.Shapes.Add(new Square());", "Registry.Shapes.Add(new Square()); Registry.Shapes.Add(new Triangle());"));
        var (answer, bound) = Contents(edited);
        var (fresh, _) = Contents(TreeEdits.Compile(edited.SyntaxTrees.Select(t => t.GetText().ToString()).ToArray(), allowUnsafe: true));

        Assert.Equal(1, bound);
        Assert.Equal(Names(fresh), Names(answer));
        Assert.Equal((fresh.Complete, fresh.SourceCount), (answer.Complete, answer.SourceCount));
        Assert.Equal(["Circle", "Dot", "Square", "Triangle"], Names(answer));
    }

    /// <summary>What is stored into Registry.Shapes, and how many trees the search bound.</summary>
    private static (ReachingTypeSet Contents, int TreesBound) Contents(Compilation compilation)
    {
        var finder = new SymbolReferenceFinder(compilation);
        var search = new TreeByTreeSearch(compilation, finder);
        var shapes = compilation.GetSymbolsWithName("Shapes", SymbolFilter.Member).Single();
        var contents = new DispatchAnalyzers.Rules.CollectionContentsIndex(compilation, finder, search).ForMember(shapes, default);
        return (contents, search.ScopesSearched);
    }

    /// <summary>A compilation of the same trees after the first (what an edit makes): its searches keep what each tree contributed.</summary>
    private static void KeepCallSites(Compilation compilation)
    {
        var again = compilation.Clone();
        Index(compilation).ForParameter(Shape(compilation), default);
        Index(again).ForParameter(Shape(again), default);
    }

    private static void AssertSameAsFresh(ReachingTypeSet answer, Compilation compilation)
    {
        var fresh = TreeEdits.Compile(compilation.SyntaxTrees.Select(t => t.GetText().ToString()).ToArray(), allowUnsafe: true);
        var expected = Index(fresh).ForParameter(Shape(fresh), default);
        Assert.Equal(Names(expected), Names(answer));
        Assert.Equal(expected.Types.Select(expected.CountOf), answer.Types.Select(answer.CountOf));
        Assert.Equal((expected.Complete, expected.AllValueTypes, expected.SourceCount, expected.HasOpaqueValues), (answer.Complete, answer.AllValueTypes, answer.SourceCount, answer.HasOpaqueValues));
    }

    private static string[] Names(ReachingTypeSet set) => set.Types.Select(t => t.Name).ToArray();

    private static Searched Index(Compilation compilation)
    {
        var finder = new SymbolReferenceFinder(compilation);
        var search = new TreeByTreeSearch(compilation, finder);
        return new Searched(new ReachingTypesIndex(search, finder, new AssemblyVisibility(compilation)), search);
    }

    /// <summary>A reaching-types index and the search it runs, which counts the trees it binds.</summary>
    private sealed record Searched(ReachingTypesIndex Index, TreeByTreeSearch Search)
    {
        public int TreesBound => Search.ScopesSearched;

        public ReachingTypeSet ForParameter(IParameterSymbol parameter, System.Threading.CancellationToken cancellationToken)
            => Index.ForParameter(parameter, cancellationToken);
    }

    private static IParameterSymbol Shape(Compilation compilation)
        => compilation.GetSymbolsWithName("Sum", SymbolFilter.Member).OfType<IMethodSymbol>().Single(m => m.Parameters[0].Type.Name == "IShape").Parameters[0];
}
