using System;
using DispatchAnalyzers.Tool.Profile;

namespace DispatchAnalyzers.Tool.Tests;

/// <summary>Small hand-made profiles for the writer, reader and report tests.</summary>
internal static class TestProfiles
{
    public static DispatchProfile ThreeSites() => new(
        DispatchProfile.CurrentFormatVersion,
        "0.1.0",
        "10.0.12",
        new CollectionSettings("collect", 2, InstrumentAll: true, ["DOTNET_WritePGOData=1", "DOTNET_JitEdgeProfiling=0"]),
        2,
        [new ProfileAssembly("App", new Guid("439f8f15-9b8d-4da3-a9c0-48738b9a032b"))],
        new MappingSummary(10, 3, 1, 0, 0),
        [
            Site("src/Scenes.cs", 37, "M:App.Scenes.Render(System.Int32)", "M:App.IShape.Area", SiteKinds.Interface, 9_998, 1,
                new ProfileTarget("T:App.Circle", "App.Circle", 13, 13m / 32),
                new ProfileTarget("T:App.Square", "App.Square", 10, 10m / 32),
                new ProfileTarget("T:App.Box`1", "App.Box`1[App.<Hidden>&]", 9, 9m / 32)),
            Site("src/Program.cs", 80, "M:App.Program.Simulate(App.Body)", "M:App.Body.Accelerate(System.Double)", SiteKinds.Virtual, 10_992, 2,
                new ProfileTarget("T:App.Ball", "App.Ball", 16, 0.5m),
                new ProfileTarget("T:App.Feather", "App.Feather", 16, 0.5m)),
            Site("src/Program.cs", 63, "M:App.Program.Invoice(App.IDiscount)", "M:App.IDiscount.Apply(System.Double)", SiteKinds.Interface, 48, 3,
                new ProfileTarget("T:App.Loyalty", "App.Loyalty", 32, 1m)),
        ]);

    private static ProfileSite Site(string path, int line, string member, string callee, string kind, long count, int rank, params ProfileTarget[] targets) =>
        new("App", path, "SHA256", "00ff", member, "abcd", callee, 0, kind, new ProfileSpan(line, 17, line, 39), 20, count, rank, 100m - (rank * 10), 32, targets);
}
