using System;

namespace DispatchAnalyzers.Tool.Pgo;

/// <summary>A PGO text dump that does not have the shape this tool knows; names the file and the 1-based line.</summary>
internal sealed class PgoFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
