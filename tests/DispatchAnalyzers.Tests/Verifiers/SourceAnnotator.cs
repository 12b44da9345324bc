using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DispatchAnalyzers.Tests.Verifiers;

/// <summary>Writes diagnostics into a copy of the sources as <c>{|ID:…|}</c> markup, ready to paste into a test.</summary>
public static class SourceAnnotator
{
    public static string Annotate(IEnumerable<(string Path, string Text)> sources, ImmutableArray<Diagnostic> diagnostics)
    {
        var output = new StringBuilder();
        foreach (var (path, text) in sources)
        {
            // (position, order, marker): closers first, then empty spans, then openers, outer before inner.
            var markers = new List<(int Position, int Order, int Length, string Text)>();
            foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource && d.Location.GetLineSpan().Path == path))
            {
                var span = diagnostic.Location.SourceSpan;
                // An empty span is one marker, so its opener cannot land after its closer.
                if (span.IsEmpty)
                {
                    markers.Add((span.Start, 1, 0, $"{{|{diagnostic.Id}:|}}"));
                    continue;
                }

                markers.Add((span.Start, 2, -span.Length, $"{{|{diagnostic.Id}:"));
                markers.Add((span.End, 0, span.Length, "|}"));
            }

            var annotated = new StringBuilder(text);
            foreach (var marker in markers.OrderByDescending(m => m.Position).ThenByDescending(m => m.Order).ThenByDescending(m => m.Length))
            {
                annotated.Insert(marker.Position, marker.Text);
            }

            output.AppendLine($"// {path}").AppendLine(annotated.ToString());
        }

        return output.ToString();
    }
}
