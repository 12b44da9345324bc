namespace DispatchAnalyzers.Model;

/// <summary>What makes DSP002 believe a collection holds several concrete types (<c>dispatch_analyzers.mixed_collection_evidence</c>).</summary>
internal enum MixedCollectionEvidence
{
    /// <summary>Only what the code stores into the collection: two or more concrete types put into the same storage.</summary>
    Stores,

    /// <summary>Also, when nothing proves the collection homogeneous, two or more implementations of the element type in the compilation. Noisier.</summary>
    Implementations,
}
