using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>Edits of a tree the way an IDE makes them: the changed text applied to the old tree.</summary>
internal static class TreeEdits
{
    /// <summary><paramref name="tree"/> with the first <paramref name="before"/> replaced by <paramref name="after"/> (which must be there).</summary>
    public static SyntaxTree Replace(SyntaxTree tree, string before, string after)
    {
        var text = tree.GetText();
        var start = text.ToString().IndexOf(before, System.StringComparison.Ordinal);
        Assert.True(start >= 0, before);
        return tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(start, before.Length), after)));
    }

    /// <summary><paramref name="compilation"/> with the first <paramref name="before"/> of its tree number <paramref name="file"/> replaced by <paramref name="after"/>.</summary>
    public static Compilation Edit(Compilation compilation, int file, string before, string after)
    {
        var tree = compilation.SyntaxTrees.ElementAt(file);
        return compilation.ReplaceSyntaxTree(tree, Replace(tree, before, after));
    }

    /// <summary>A library of <paramref name="files"/>, named <c>/src/File{i}.cs</c>, against the .NET 10 reference assemblies.</summary>
    public static CSharpCompilation Compile(string[] files, bool allowUnsafe = false)
        => CSharpCompilation.Create(
            "Test",
            files.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: $"/src/File{i}.cs")),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: allowUnsafe));
}
