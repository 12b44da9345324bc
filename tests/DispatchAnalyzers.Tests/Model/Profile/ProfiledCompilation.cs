using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using DispatchAnalyzers.Model;
using DispatchAnalyzers.Model.Profile;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Tests.Model.Profile;

/// <summary>A one-file compilation with a profile AdditionalFile, and the profile lookups of its calls.</summary>
internal sealed class ProfiledCompilation
{
    public ProfiledCompilation(string source, string? profileJson, string profilePath = TestProfile.Path)
    {
        Text = SourceText.From(source, Encoding.UTF8, SourceHashAlgorithm.Sha256);
        Tree = CSharpSyntaxTree.ParseText(Text, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs");
        Compilation = CSharpCompilation.Create(
            TestProfile.AssemblyName,
            new[] { Tree },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var files = profileJson is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new TextFile(profilePath, profileJson));
        Model = DispatchModel.For(Compilation, new AnalyzerOptions(files));
    }

    public SourceText Text { get; }

    public SyntaxTree Tree { get; }

    public CSharpCompilation Compilation { get; }

    public DispatchModel Model { get; }

    /// <summary>The checksum the analyzer compares a profile entry's with (lowercase hex SHA-256 of the text).</summary>
    public string Checksum => string.Concat(Text.GetChecksum().Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The measurement of the <paramref name="index"/>-th node of kind <typeparamref name="TSyntax"/> whose text is <paramref name="text"/>.</summary>
    public MeasuredSite? Find<TSyntax>(string text, int index = 0)
        where TSyntax : SyntaxNode
    {
        var (operation, member) = Site<TSyntax>(text, index);
        return Model.Profile.Find(operation, member, CancellationToken.None);
    }

    public (IOperation Operation, ISymbol Member) Site<TSyntax>(string text, int index = 0)
        where TSyntax : SyntaxNode
    {
        var syntax = Tree.GetRoot().DescendantNodes().OfType<TSyntax>().Where(n => n.ToString() == text).ElementAt(index);
        var semanticModel = Compilation.GetSemanticModel(Tree);
        var operation = semanticModel.GetOperation(syntax)!;
        return (operation, semanticModel.GetEnclosingSymbol(syntax.SpanStart)!);
    }

    private sealed class TextFile(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
