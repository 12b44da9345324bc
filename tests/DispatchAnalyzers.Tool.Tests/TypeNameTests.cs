using DispatchAnalyzers.Tool.Metadata;
using DispatchAnalyzers.Tool.Profile;
using DispatchAnalyzers.Tool.Report;
using Xunit;

namespace DispatchAnalyzers.Tool.Tests;

/// <summary>How the reports name the types and methods a PGO dump records: nested types keep their containing type.</summary>
public sealed class TypeNameTests
{
    private const string Qualification = ", System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e";

    [Fact]
    public void NestedGenericType_KeepsItsContainingType()
    {
        var name = RuntimeTypeName.Parse("System.Collections.Generic.List`1+Enumerator[[System.Double" + Qualification + "]]" + Qualification);

        Assert.Equal("System.Collections.Generic.List`1+Enumerator[System.Double]", name.Display);
        Assert.Equal("T:System.Collections.Generic.List`1.Enumerator", name.DocId);
        Assert.Equal("List`1+Enumerator[System.Double]", ReportSites.TargetName(Site(SiteKinds.Interface), Target(name.Display)));
    }

    [Fact]
    public void TopLevelGenericType_ReadsWithoutItsNamespace()
    {
        var name = RuntimeTypeName.Parse("System.SZGenericArrayEnumerator`1[[System.Double" + Qualification + "]]" + Qualification);

        Assert.Equal("SZGenericArrayEnumerator`1[System.Double]", ReportSites.TargetName(Site(SiteKinds.Interface), Target(name.Display)));
    }

    [Fact]
    public void DelegateTargetInANestedType_KeepsTypeAndMethod()
    {
        Assert.Equal("Outer+Handlers.Twice", ReportSites.TargetName(Site(SiteKinds.Delegate), Target("App.Outer+Handlers.Twice")));
    }

    private static ProfileTarget Target(string name) => new("T:X", name, 1, 1m);

    private static ProfileSite Site(string kind) =>
        new("App", "src/App.cs", "SHA256", "00ff", "M:App.Program.Main", "abcd", "M:App.IShape.Area", 0, kind, new ProfileSpan(1, 1, 1, 2), 20, 10, 1, 100m, 32, []);
}
