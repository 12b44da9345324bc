using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DispatchAnalyzers.CodeFixes;
using DispatchAnalyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DispatchAnalyzers.Tests.Rules;

/// <summary>
/// Fixes that were registered and then broke the build or changed nothing: each case asks the fixer directly for its
/// actions on the analyzer's own diagnostic, so an action that would not change the document is seen.
/// </summary>
public sealed class FixPlanRegressionTests
{
    private const string Hot = "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    [Fact]
    public async Task OutVarUsedAfterTheCall_TypeSwitchNotRegistered()
    {
        var source = """
            using System.Collections.Generic;
            public interface IHandler { bool TryHandle(int input, out int result); }
            public sealed class A : IHandler { public bool TryHandle(int input, out int result) { result = input; return input > 0; } }
            public sealed class B : IHandler { public bool TryHandle(int input, out int result) { result = -input; return input < 0; } }
            public static class C
            {
                HOT
                public static int Run(int input)
                {
                    var handlers = new List<IHandler> { new A(), new B() };
                    foreach (var handler in handlers)
                    {
                        if (handler.TryHandle(input, out var result)) return result;
                    }

                    return 0;
                }
            }
            """.Replace("HOT", Hot);
        var (diagnostic, actions) = await ActionsAsync(new DispatchOnMixedCollectionElementAnalyzer(), new DispatchOnMixedCollectionElementCodeFixProvider(), source);
        Assert.Equal(DiagnosticIds.DispatchOnMixedCollectionElement, diagnostic.Id);
        Assert.DoesNotContain(actions, a => a.EquivalenceKey == DispatchOnMixedCollectionElementCodeFixProvider.TypeSwitchEquivalenceKey);
    }

    [Fact]
    public async Task LabelledLoop_HoistNotRegistered()
    {
        var source = """
            public interface IShape { int Area(); }
            public sealed class Circle : IShape { public int Area() => 3; }
            public sealed class Square : IShape { public int Area() => 4; }
            public static class C
            {
                public static int Twice() => Sum(new Circle(), 4) + Sum(new Square(), 4);

                HOT
                private static int Sum(IShape shape, int n)
                {
                    int total = 0;
                    L: for (int i = 0; i < n; i++)
                    {
                        total += shape.Area();
                    }

                    return total;
                }
            }
            """.Replace("HOT", Hot);
        var (diagnostic, actions) = await ActionsAsync(new DispatchOnLoopInvariantReceiverAnalyzer(), new DispatchOnLoopInvariantReceiverCodeFixProvider(), source);
        Assert.Equal(DiagnosticIds.DispatchOnLoopInvariantReceiver, diagnostic.Id);
        Assert.DoesNotContain(actions, a => a.EquivalenceKey == DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey);
    }

    [Fact]
    public async Task UnlabelledLoop_HoistRegisteredAndChangesTheDocument()
    {
        var source = """
            public interface IShape { int Area(); }
            public sealed class Circle : IShape { public int Area() => 3; }
            public sealed class Square : IShape { public int Area() => 4; }
            public static class C
            {
                public static int Twice() => Sum(new Circle(), 4) + Sum(new Square(), 4);

                HOT
                private static int Sum(IShape shape, int n)
                {
                    int total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        total += shape.Area();
                    }

                    return total;
                }
            }
            """.Replace("HOT", Hot);
        var (_, actions) = await ActionsAsync(new DispatchOnLoopInvariantReceiverAnalyzer(), new DispatchOnLoopInvariantReceiverCodeFixProvider(), source);
        var hoist = Assert.Single(actions, a => a.EquivalenceKey == DispatchOnLoopInvariantReceiverCodeFixProvider.HoistEquivalenceKey);
        var operation = Assert.Single((await hoist.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var changed = await operation.ChangedSolution.Projects.Single().Documents.Single().GetTextAsync();
        Assert.NotEqual(source, changed.ToString());
        Assert.Contains("if (shape is Circle circle)", changed.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The single diagnostic the analyzer reports on <paramref name="source"/>, and every action the fixer registers for it.</summary>
    private static async Task<(Diagnostic Diagnostic, List<CodeAction> Actions)> ActionsAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fixer, string source)
    {
        using var workspace = new AdhocWorkspace();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        var project = workspace.CurrentSolution
            .AddProject("Test", "Test", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(references);
        var document = project.AddDocument("Test.cs", source);
        var compilation = (await document.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return (diagnostic, actions);
    }
}
