using System.Linq;
using DispatchAnalyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DispatchAnalyzers.Tests.Model;

/// <summary>Telling a well-known type by its names, as <see cref="Compilation.GetTypeByMetadataName"/> would have resolved it.</summary>
public sealed class WellKnownTypeTests
{
    private static readonly Compilation Compilation = CSharpCompilation.Create(
        "Test",
        [CSharpSyntaxTree.ParseText("""
            namespace System.Diagnostics { public sealed class ConditionalAttributeLookAlike { } }
            namespace Outer.System.Diagnostics { public sealed class ConditionalAttribute { } }
            public sealed class TopLevel { public sealed class Nested<T> { } }
            """)],
        Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Theory]
    [InlineData("System.Diagnostics.ConditionalAttribute")]
    [InlineData("System.Threading.Tasks.Task`1")]
    [InlineData("System.Collections.Generic.Dictionary`2+KeyCollection")]
    [InlineData("System.Collections.Immutable.ImmutableArray`1")]
    [InlineData("TopLevel")]
    [InlineData("TopLevel+Nested`1")]
    public void TypeOfThatName_Is(string metadataName)
    {
        var type = Compilation.GetTypeByMetadataName(metadataName);
        Assert.NotNull(type);
        Assert.True(WellKnownType.Is(type, metadataName));
    }

    [Fact]
    public void ConstructedType_IsItsDefinition()
    {
        var list = Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")!.Construct(Compilation.GetSpecialType(SpecialType.System_Int32));
        Assert.True(WellKnownType.Is(list, "System.Collections.Generic.List`1"));
        Assert.True(WellKnownType.Is(list.GetTypeMembers("Enumerator").Single(), "System.Collections.Generic.List`1+Enumerator"));
    }

    [Theory]
    [InlineData("System.Diagnostics.ConditionalAttributeLookAlike", "System.Diagnostics.ConditionalAttribute")]
    [InlineData("Outer.System.Diagnostics.ConditionalAttribute", "System.Diagnostics.ConditionalAttribute")]
    [InlineData("System.Diagnostics.ConditionalAttribute", "Diagnostics.ConditionalAttribute")]
    [InlineData("System.Diagnostics.ConditionalAttribute", "ConditionalAttribute")]
    [InlineData("System.Threading.Tasks.Task`1", "System.Threading.Tasks.Task")]
    [InlineData("System.Collections.Generic.Dictionary`2+KeyCollection", "System.Collections.Generic.Dictionary`2.KeyCollection")]
    [InlineData("TopLevel+Nested`1", "Nested`1")]
    [InlineData("TopLevel+Nested`1", "+Nested`1")]
    [InlineData("TopLevel", "")]
    public void OtherType_IsNot(string actual, string metadataName)
        => Assert.False(WellKnownType.Is(Compilation.GetTypeByMetadataName(actual), metadataName));

    [Fact]
    public void Set_ContainsItsTypes_ByNameAndNamespace()
    {
        var set = new WellKnownType.Set("System.Collections.Generic.Dictionary`2+KeyCollection", "System.Threading.Tasks.Task`1", "System.Diagnostics.ConditionalAttribute");
        Assert.True(set.Contains(Compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2+KeyCollection")));
        Assert.True(set.Contains(Compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1")));
        Assert.True(set.Contains(Compilation.GetTypeByMetadataName("System.Diagnostics.ConditionalAttribute")));
        Assert.False(set.Contains(Compilation.GetTypeByMetadataName("Outer.System.Diagnostics.ConditionalAttribute")));
        Assert.False(set.Contains(Compilation.GetTypeByMetadataName("System.Collections.Generic.SortedDictionary`2+KeyCollection")));
        Assert.False(set.Contains(Compilation.GetTypeByMetadataName("System.Threading.Tasks.Task")));
        Assert.False(set.Contains(null));
    }

    [Fact]
    public void NoType_IsNot()
        => Assert.False(WellKnownType.Is(null, "System.Object"));
}
