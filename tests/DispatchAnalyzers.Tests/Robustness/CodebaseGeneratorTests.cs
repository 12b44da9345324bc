using System.Linq;
using DispatchAnalyzers.Perf.CodeGen;
using Xunit;

namespace DispatchAnalyzers.Tests.Robustness;

/// <summary>The generated codebase is a function of its seed and size.</summary>
public sealed class CodebaseGeneratorTests
{
    [Fact]
    public void SameSeedAndSize_SameFiles_OtherSeed_OtherText()
    {
        var first = CodebaseGenerator.Generate(seed: 7, files: 60);
        var again = CodebaseGenerator.Generate(seed: 7, files: 60);
        var other = CodebaseGenerator.Generate(seed: 8, files: 60);

        Assert.Equal(60, first.Files.Count);
        Assert.Equal(first.Files.Select(f => (f.Path, f.Text)), again.Files.Select(f => (f.Path, f.Text)));
        Assert.NotEqual(first.Files.Select(f => f.Text), other.Files.Select(f => f.Text));
        Assert.Single(first.Files, f => f.Path == "Program.cs");
    }
}
