using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>
/// The trees that may spell a name, in a compilation made by an edit: answered from the previous compilation's answer
/// with the edited tree tested again, and always what an index of the same text parsed afresh answers.
/// </summary>
public sealed class WordIndexTests
{
    private static readonly string[] Files =
    [
        "public static class A { public static int Alpha() => 1; }",
        "public static class B { public static int Beta() { return A.Alpha(); } }",
        "public static class C { public static int Gamma() { return 3; } }",
        "public static class D { public static int Delta() => B.Beta(); }",
    ];

    private static readonly string[] Names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"];

    [Fact]
    public void BodyEdit_NameAddedAndRemoved_AnswersAsFresh()
    {
        var compilation = TreeEdits.Compile(Files);
        var before = new WordIndex(compilation);
        Assert.Equal(["/src/File0.cs", "/src/File1.cs"], Paths(before.TreesThatMayContain("Alpha", default)));
        AskAll(before);
        var edited = TreeEdits.Edit(compilation, 2, "return 3;", "return A.Alpha() + Epsilon();");
        edited = TreeEdits.Edit(edited, 1, "return A.Alpha();", "return 2;");

        var after = new WordIndex(edited);

        Assert.Equal(["/src/File0.cs", "/src/File2.cs"], Paths(after.TreesThatMayContain("Alpha", default)));
        Assert.Contains("/src/File2.cs", Paths(after.TreesThatMayContain("Epsilon", default)));
        AssertSameAsFresh(after, edited);
    }

    [Fact]
    public void EditOfAnEdit_PatchesTheLatest_AnswersAsFresh()
    {
        var compilation = TreeEdits.Compile(Files);
        AskAll(new WordIndex(compilation));
        var once = TreeEdits.Edit(compilation, 2, "return 3;", "return A.Alpha();");
        AskAll(new WordIndex(once));
        var twice = TreeEdits.Edit(once, 2, "return A.Alpha();", "return B.Beta();");

        var index = new WordIndex(twice);

        Assert.Equal(["/src/File1.cs", "/src/File2.cs", "/src/File3.cs"], Paths(index.TreesThatMayContain("Beta", default)));
        AssertSameAsFresh(index, twice);
    }

    [Fact]
    public void DeclarationEdit_NewStamp_AnswersAsFresh()
    {
        var compilation = TreeEdits.Compile(Files);
        AskAll(new WordIndex(compilation));
        var edited = TreeEdits.Edit(compilation, 0, "public static int Alpha() => 1;", "public static int Alpha() => 1; public static int Epsilon() => 5;");

        AssertSameAsFresh(new WordIndex(edited), edited);
    }

    private static void AskAll(WordIndex index)
    {
        foreach (var name in Names)
        {
            index.TreesThatMayContain(name, default);
        }
    }

    private static void AssertSameAsFresh(WordIndex index, Compilation compilation)
    {
        // Every tree parsed again: a compilation no earlier one leads to.
        var fresh = new WordIndex(CSharpCompilation.Create(
            "Test", compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), (CSharpParseOptions)t.Options, t.FilePath)), compilation.References, (CSharpCompilationOptions)compilation.Options));
        foreach (var name in Names)
        {
            Assert.Equal(Paths(fresh.TreesThatMayContain(name, default)), Paths(index.TreesThatMayContain(name, default)));
        }
    }

    private static string[] Paths(System.Collections.Immutable.ImmutableArray<SyntaxTree> trees) => trees.Select(t => t.FilePath).ToArray();
}
