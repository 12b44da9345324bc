namespace DispatchAnalyzers.Perf.CodeGen;

/// <summary>Words the generator builds names from (none clashes with a type of the imported System namespaces).</summary>
internal static class Vocabulary
{
    public static readonly string[] Nouns =
    {
        "Sensor", "Invoice", "Shape", "Route", "Packet", "Order", "Tile", "Particle", "Account", "Signal",
        "Sample", "Frame", "Vehicle", "Ledger", "Pixel", "Meter", "Filter", "Channel", "Parcel", "Voxel",
        "Quote", "Trade", "Cell", "Layer", "Brush", "Codec", "Gauge", "Probe", "Ticket", "Rotor",
    };

    public static readonly string[] Adjectives =
    {
        "Linear", "Cached", "Scaled", "Fixed", "Noisy", "Composite", "Buffered", "Smoothed",
        "Sparse", "Dense", "Lazy", "Pooled", "Remote", "Local", "Weighted", "Clamped",
    };

    public static readonly string[] Words =
    {
        "alpha", "beta", "gamma", "delta", "north", "south", "east", "west", "red", "green", "blue", "amber",
    };
}
