using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>The models the reference searches bind with: nullable analysis off on this compiler, answers unchanged.</summary>
public sealed class NullableFreeModelsTests
{
    private static readonly CSharpCompilation Compilation = CSharpCompilation.Create(
        "Test",
        [CSharpSyntaxTree.ParseText("""
            public static class C
            {
                public static int Length(string? s) => s is null ? 0 : s.Length;
                public static int M()
                {
                    string? s = null;
                    var copy = s;
                    return Length(copy);
                }
            }
            """)],
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static SyntaxTree Tree => Compilation.SyntaxTrees.Single();

    private static IdentifierNameSyntax CopiedValue => CopiedValueIn(Tree);

    [Fact]
    public void OnThisCompiler_ModelSkipsNullableAnalysis()
    {
        // The plain model knows `s` may be null here; the one without nullable analysis has no flow state at all.
        Assert.Equal(NullableFlowState.MaybeNull, Compilation.GetSemanticModel(Tree).GetTypeInfo(CopiedValue).Nullability.FlowState);
        Assert.Equal(NullableFlowState.None, new NullableFreeModels(Compilation).For(Tree).GetTypeInfo(CopiedValue).Nullability.FlowState);
    }

    [Fact]
    public void SameTree_OneModel()
    {
        var models = new NullableFreeModels(Compilation);
        Assert.Same(models.For(Tree), models.For(Tree));
    }

    [Fact]
    public void CallSite_BindsToTheSameMethodAndTypes()
    {
        var call = Tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single();
        var plain = Compilation.GetSemanticModel(Tree);
        var free = new NullableFreeModels(Compilation).For(Tree);
        Assert.Equal(plain.GetSymbolInfo(call).Symbol, free.GetSymbolInfo(call).Symbol, SymbolEqualityComparer.Default);
        Assert.Equal(plain.GetTypeInfo(call.ArgumentList.Arguments[0].Expression).Type, free.GetTypeInfo(call.ArgumentList.Arguments[0].Expression).Type, SymbolEqualityComparer.Default);
    }

    [Fact]
    public void BeyondMaxTrees_DriverModels()
    {
        var trees = Enumerable.Range(0, NullableFreeModels.MaxTrees + 1)
            .Select(i => CSharpSyntaxTree.ParseText($"public static class C{i} {{ public static string? M() {{ string? s = null; var copy = s; return copy; }} }}"))
            .ToArray();
        var compilation = Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        var models = new NullableFreeModels(compilation);
        var flowStates = trees.Select(tree => models.For(tree).GetTypeInfo(CopiedValueIn(tree)).Nullability.FlowState).ToArray();

        Assert.All(flowStates.Take(NullableFreeModels.MaxTrees), state => Assert.Equal(NullableFlowState.None, state));
        Assert.Equal(NullableFlowState.MaybeNull, flowStates[NullableFreeModels.MaxTrees]);
    }

    [Fact]
    public void InAnEdit_DriverModelShared_ItsTreeBoundWithIt()
    {
        var edit = AnEditOf(Compilation);
        var models = new NullableFreeModels(edit);
        var driverModel = edit.GetSemanticModel(Tree);

        models.Share(driverModel, default);

        // The driver's model binds the tree from now on (it knows the flow state the nullable-free one does not).
        Assert.Same(driverModel, models.For(Tree));
        Assert.Equal(NullableFlowState.MaybeNull, models.For(Tree).GetTypeInfo(CopiedValue).Nullability.FlowState);
    }

    [Fact]
    public void InABuild_DriverModelNotShared()
    {
        // Every tree parsed afresh: the first compilation of its trees, not an edit.
        var build = Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(Tree.GetText(), (CSharpParseOptions)Tree.Options));
        var tree = build.SyntaxTrees.Single();
        var models = new NullableFreeModels(build);

        models.Share(build.GetSemanticModel(tree), default);

        Assert.Equal(NullableFlowState.None, models.For(tree).GetTypeInfo(CopiedValueIn(tree)).Nullability.FlowState);
    }

    [Fact]
    public void OtherCompilationsOrSpeculativeModel_NotShared()
    {
        var edit = AnEditOf(Compilation);
        var models = new NullableFreeModels(edit);
        var statement = SyntaxFactory.ParseStatement("var x = 1;");
        Assert.True(edit.GetSemanticModel(Tree).TryGetSpeculativeSemanticModel(CopiedValue.SpanStart, statement, out var speculative));

        models.Share(Compilation.GetSemanticModel(Tree), default);
        models.Share(speculative!, default);

        Assert.Equal(NullableFlowState.None, models.For(Tree).GetTypeInfo(CopiedValue).Nullability.FlowState);
    }

    /// <summary>A compilation of the same trees as <paramref name="compilation"/>, after it: what an edit inside a body makes.</summary>
    private static Compilation AnEditOf(Compilation compilation)
    {
        _ = DeclarationStamp.For(compilation, default);
        var edit = compilation.Clone();
        Assert.True(DeclarationStamp.For(edit, default).IsEdit);
        return edit;
    }

    private static IdentifierNameSyntax CopiedValueIn(SyntaxTree tree)
        => (IdentifierNameSyntax)tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == "copy").Initializer!.Value;
}
