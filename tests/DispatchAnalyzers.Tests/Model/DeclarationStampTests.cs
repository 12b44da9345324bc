using System.Collections.Immutable;
using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>When two compilations count as declaring the same things (so one's per-tree findings serve the other).</summary>
public sealed class DeclarationStampTests
{
    private const string Edited = """
        using System;
        #nullable enable
        namespace Shapes;
        public interface IShape { double Area(); }
        [Serializable]
        public sealed class Circle : IShape
        {
            private const int Sides = 0;
            private readonly double _radius = 1.5;
            public Circle() { }
            public Circle(double radius) : this() { _radius = radius; }
            public double Radius => _radius;
            public int Count { get; set; } = 3;
            public double Area() => Math.PI * _radius * _radius;
            public static Circle operator +(Circle a, Circle b) { return new Circle(a._radius + b._radius); }
            public double Scaled(double factor = 2) { var r = _radius * factor; return r; }
        }
        """;

    private static readonly string[] Others = ["public static class A { public static int One() => 1; }", "public static class B { public static int Two() { return 2; } }", "public static class C { }"];

    [Theory]
    [InlineData("var r = _radius * factor;", "var r = factor * _radius; r += 0;")]
    [InlineData("=> Math.PI * _radius * _radius;", "=> 3.14 * _radius * _radius;")]
    [InlineData("public Circle() { }", "public Circle() { Count = 4; }")]
    [InlineData("public double Radius => _radius;", "public double Radius => _radius * 1;")]
    [InlineData("{ return new Circle(a._radius + b._radius); }", "{ return new Circle(a._radius - b._radius); }")]
    [InlineData("public double Area()", "// a comment\n    public   double   Area()")]
    public void BodyOrTriviaEdit_SameStamp(string before, string after)
    {
        var (first, second) = StampsBeforeAndAfter(before, after);

        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("public double Scaled(double factor = 2)", "public double Scaled(double factor = 3)")]
    [InlineData("public double Scaled(double factor = 2)", "public double Scaled(float factor = 2)")]
    [InlineData("private const int Sides = 0;", "private const int Sides = 1;")]
    [InlineData("private readonly double _radius = 1.5;", "private readonly double _radius = 2.5;")]
    [InlineData("public int Count { get; set; } = 3;", "public int Count { get; set; } = 4;")]
    [InlineData("[Serializable]", "[Obsolete]")]
    [InlineData("#nullable enable", "#nullable disable")]
    [InlineData("using System;", "using System;\nusing System.Linq;")]
    [InlineData("public Circle(double radius) : this()", "public Circle(double radius)")]
    [InlineData("public sealed class Circle : IShape", "public class Circle : IShape")]
    [InlineData("public double Area() => Math.PI * _radius * _radius;", "public double Area() => Math.PI * _radius * _radius;\n    public void Extra() { }")]
    public void DeclarationEdit_NewStamp(string before, string after)
    {
        var (first, second) = StampsBeforeAndAfter(before, after);

        Assert.NotSame(first, second);
    }

    [Fact]
    public void OtherReferencesOrOptions_NewStamp()
    {
        var compilation = Compile(Edited);
        var stamp = DeclarationStamp.Of(compilation, default);

        Assert.Same(stamp, DeclarationStamp.Of(compilation.Clone(), default));
        Assert.NotSame(stamp, DeclarationStamp.Of(compilation.WithReferences(compilation.References.Skip(1)), default));
        Assert.NotSame(stamp, DeclarationStamp.Of(compilation.WithOptions(compilation.Options.WithAllowUnsafe(true)), default));
        Assert.NotSame(stamp, DeclarationStamp.Of(compilation.WithAssemblyName("Other"), default));
    }

    [Fact]
    public void AskedByManyThreadsAtOnce_OneStamp_NotAnEditOfItself()
    {
        var compilation = Compile(Edited);
        var answers = new System.Collections.Concurrent.ConcurrentBag<(DeclarationStamp Stamp, bool IsEdit)>();

        System.Threading.Tasks.Parallel.For(0, 16, _ => answers.Add(DeclarationStamp.For(compilation, default)));

        Assert.Single(answers.Select(a => a.Stamp).Distinct());
        Assert.All(answers, a => Assert.False(a.IsEdit));
        Assert.True(DeclarationStamp.For(compilation.Clone(), default).IsEdit);
    }

    [Fact]
    public void SameTextParsedAgain_NewStampWithoutComparing()
    {
        var compilation = Compile(Edited);
        var stamp = DeclarationStamp.Of(compilation, default);
        var reparsed = CSharpCompilation.Create("Test", compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)), compilation.References, compilation.Options);

        // Every tree differs: a fresh build, not an edit.
        Assert.NotSame(stamp, DeclarationStamp.Of(reparsed, default));
    }

    [Fact]
    public void SecondBodyEdit_ComparedWithFirstEditsSkeleton_SameStamp()
    {
        var compilation = Compile(Edited);
        var original = compilation.SyntaxTrees.First();
        var stamp = DeclarationStamp.Of(compilation, default);
        var once = compilation.ReplaceSyntaxTree(original, TreeEdits.Replace(original, "var r = _radius * factor;", "var r = 1.0;"));
        Assert.Same(stamp, DeclarationStamp.Of(once, default));

        var twice = compilation.ReplaceSyntaxTree(original, TreeEdits.Replace(original, "var r = _radius * factor;", "var r = 2.0;"));

        Assert.Same(stamp, DeclarationStamp.Of(twice, default));
    }

    [Fact]
    public void FirstCompilationAndItsTreeGone_FirstBodyEditStillSameStamp()
    {
        // An IDE drops the compilation it analysed before the keystroke's is analysed: the edited file's first tree lives on only in the stamp.
        var (stamp, text, others) = StampOfACompilationNoLongerHeld();
        CollectGarbage();
        var edited = CSharpSyntaxTree.ParseText(text.Replace("var r = _radius * factor;", "var r = 1.0;"), path: "/src/File0.cs");

        Assert.Same(stamp, DeclarationStamp.Of(Create(others.Insert(1, edited)), default));
    }

    [Fact]
    public void SupersededByADeclarationEdit_OldStampLetsGoOfItsTrees()
    {
        var (first, edited, before) = DeclarationEditOfACompilationNoLongerHeld();
        CollectGarbage();

        Assert.False(before.TryGetTarget(out _));
        Assert.NotSame(first, DeclarationStamp.Of(edited, default));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (DeclarationStamp Stamp, string Text, System.Collections.Immutable.ImmutableList<SyntaxTree> Others) StampOfACompilationNoLongerHeld()
    {
        // The edited file is not at a probe (first, middle, last): its tree is held by the compilation alone.
        var others = Others.Concat(["public static class D { }"]).Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"/src/Other{i}.cs")).ToImmutableList();
        var compilation = Create(others.Insert(1, CSharpSyntaxTree.ParseText(Edited, path: "/src/File0.cs")));
        return (DeclarationStamp.Of(compilation, default), Edited, others);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (DeclarationStamp First, Compilation Edited, System.WeakReference<SyntaxTree> Before) DeclarationEditOfACompilationNoLongerHeld()
    {
        var others = Others.Concat(["public static class D { }"]).Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"/src/Other{i}.cs")).ToImmutableList();
        var original = CSharpSyntaxTree.ParseText(Edited, path: "/src/File0.cs");
        var firstCompilation = Create(others.Insert(1, original));
        // A word index is kept with the stamp, holding the compilation's trees.
        Assert.Single(new WordIndex(firstCompilation).TreesThatMayContain("Circle", default));
        var first = DeclarationStamp.For(firstCompilation, default).Stamp;
        var edited = Create(others.Insert(1, TreeEdits.Replace(original, "private const int Sides = 0;", "private const int Sides = 1;")));
        Assert.NotSame(first, DeclarationStamp.Of(edited, default));
        return (first, edited, new System.WeakReference<SyntaxTree>(original));
    }

    private static void CollectGarbage()
    {
        System.GC.Collect();
        System.GC.WaitForPendingFinalizers();
        System.GC.Collect();
    }

    private static CSharpCompilation Create(System.Collections.Generic.IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create("Test", trees, Basic.Reference.Assemblies.Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static (DeclarationStamp Before, DeclarationStamp After) StampsBeforeAndAfter(string before, string after)
    {
        Assert.Contains(before, Edited, System.StringComparison.Ordinal);
        var compilation = Compile(Edited);
        var stamp = DeclarationStamp.Of(compilation, default);
        var original = compilation.SyntaxTrees.First();
        return (stamp, DeclarationStamp.Of(compilation.ReplaceSyntaxTree(original, TreeEdits.Replace(original, before, after)), default));
    }

    private static CSharpCompilation Compile(string edited)
        => CSharpCompilation.Create(
            "Test",
            new[] { edited }.Concat(Others).Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"/src/File{i}.cs")),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
}
