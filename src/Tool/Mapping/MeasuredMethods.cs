using System.Collections.Generic;
using DispatchAnalyzers.Tool.Pgo;

namespace DispatchAnalyzers.Tool.Mapping;

/// <summary>One histogram site of a method, merged over runs and generic instantiations.</summary>
internal sealed class MeasuredHistogram
{
    public uint Other { get; set; }

    /// <summary>Whether the samples are delegate targets (method handles) rather than receiver types.</summary>
    public bool Methods { get; set; }

    public List<string> Handles { get; } = [];
}

/// <summary>A method's measurements, merged over runs and instantiations: block counts and histograms by IL offset.</summary>
internal sealed class MeasuredMethod
{
    public SortedDictionary<int, ulong> BlockCounts { get; } = [];

    public Dictionary<int, MeasuredHistogram> Histograms { get; } = [];
}

/// <summary>Merges the records of every dumped copy of a method (several runs, shared and exact instantiations).</summary>
internal sealed class MeasuredMethods
{
    public Dictionary<ResolvedMethod, MeasuredMethod> Methods { get; } = [];

    /// <summary>Whether some data had edge counts instead of block counts (then sites get no block count).</summary>
    public bool SawEdgeCounts { get; private set; }

    public void Add(ResolvedMethod method, PgoMethod data)
    {
        if (!Methods.TryGetValue(method, out var measured))
        {
            Methods[method] = measured = new MeasuredMethod();
        }

        foreach (var record in data.Records)
        {
            if (PgoKinds.IsBlockCount(record.Kind) && record.Values.Count > 0)
            {
                measured.BlockCounts[record.IlOffset] = measured.BlockCounts.GetValueOrDefault(record.IlOffset) + record.Values[0];
            }
            else if (PgoKinds.IsEdgeCount(record.Kind))
            {
                SawEdgeCounts = true;
            }
            else if (PgoKinds.IsHistogram(record.Kind))
            {
                if (!measured.Histograms.TryGetValue(record.IlOffset, out var histogram))
                {
                    measured.Histograms[record.IlOffset] = histogram = new MeasuredHistogram();
                }

                histogram.Other |= record.Other;
                histogram.Methods |= PgoKinds.Marshal(record.Kind) == PgoKinds.MarshalMethodHandle;
                histogram.Handles.AddRange(record.Handles);
            }
        }
    }

    /// <summary>The count of the block holding <paramref name="ilOffset"/>: the last block that starts at or before it.</summary>
    public static long? BlockCount(MeasuredMethod method, int ilOffset)
    {
        long? count = null;
        foreach (var (offset, value) in method.BlockCounts)
        {
            if (offset > ilOffset)
            {
                break;
            }

            count = (long)value;
        }

        return count;
    }
}
