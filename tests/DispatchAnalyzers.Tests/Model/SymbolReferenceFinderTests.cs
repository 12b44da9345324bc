using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>Which names spelled like a method the reference search hands on to be bound.</summary>
public sealed class SymbolReferenceFinderTests
{
    [Fact]
    public void NamesWhereOnlyAConstantCanStand_NotCandidates()
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            [CSharpSyntaxTree.ParseText("""
                using System;
                public enum Op { Add, Sub }
                [AttributeUsage(AttributeTargets.All)] public sealed class TagAttribute : Attribute { public TagAttribute(Op op) { } }
                public static class Builtins
                {
                    public static int Add(int a, int b) => a + b;

                    [Tag(Op.Add)]
                    public static int Eval(Op op, int a, int b)
                    {
                        switch (op)
                        {
                            case Op.Add: return Add(a, b);
                        }

                        Func<int, int, int> add = Add;
                        var isAdd = op is Op.Add;
                        return op switch { Op.Add => add(a, b), _ => isAdd ? 1 : 0 };
                    }
                }
                """)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var add = compilation.GetSymbolsWithName("Add", SymbolFilter.Member).OfType<IMethodSymbol>().Single();

        var found = new SymbolReferenceFinder(compilation).FindNames(add, default).Select(n => n.Name.Parent!.ToString()).ToList();

        // The call and the method group; not `case Op.Add`, `is Op.Add`, the switch arm's pattern nor the attribute argument.
        Assert.Equal(["Add(a, b)", "= Add"], found);
    }
}
