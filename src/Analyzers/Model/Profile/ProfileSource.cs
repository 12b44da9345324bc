using System.IO;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// Finds the compilation's profile among its AdditionalFiles and reads it once per text. The package's props add
/// <c>$(DispatchProfile)</c>, or <c>dispatch-profile.json</c> from the project folder, to AdditionalFiles; the analyzers
/// take the file whose path is <c>build_property.DispatchProfile</c>, else the one named <c>dispatch-profile.json</c>
/// (any folder, any case). No other I/O.
/// </summary>
internal static class ProfileSource
{
    public const string FileName = "dispatch-profile.json";
    public const string PropertyKey = "build_property.DispatchProfile";

    /// <summary>Parses a text once, whichever rule or compilation asks first (Roslyn caches the value per text).</summary>
    public static readonly SourceTextValueProvider<ProfileFile> Provider = new(text => ProfileReader.Read(text.ToString(), CancellationToken.None));

    /// <summary>The profile file of the compilation, or null.</summary>
    public static AdditionalText? Find(AnalyzerOptions options)
    {
        var configured = options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(PropertyKey, out var value) && !string.IsNullOrWhiteSpace(value)
            ? Normalize(value.Trim())
            : null;
        AdditionalText? byName = null;
        foreach (var file in options.AdditionalFiles)
        {
            var path = Normalize(file.Path);
            if (configured is not null && (path == configured || path.EndsWith("/" + configured.TrimStart('.', '/'), StringComparison.OrdinalIgnoreCase)))
            {
                return file;
            }

            if (byName is null && string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase))
            {
                byName = file;
            }
        }

        return byName;
    }

    /// <summary>The file's profile through <paramref name="tryGetValue"/> (a context's cache), or null without a file or text.</summary>
    public static (AdditionalText File, SourceText Text, ProfileFile Profile)? Load(
        AnalyzerOptions options, Func<SourceText, ProfileFile> read, CancellationToken cancellationToken)
    {
        if (Find(options) is not { } file || file.GetText(cancellationToken) is not { } text)
        {
            return null;
        }

        return (file, text, read(text));
    }

    /// <summary>An analysis context's <c>TryGetValue</c>: the cache of values per text.</summary>
    public delegate bool TextValueGetter(SourceText text, SourceTextValueProvider<ProfileFile> provider, out ProfileFile? value);

    /// <summary>Reads a text through a context's cache (<c>start.TryGetValue</c>): parsed once, whoever asks.</summary>
    public static Func<SourceText, ProfileFile> Cached(TextValueGetter tryGetValue)
        => text => tryGetValue(text, Provider, out var file) && file is not null ? file : ReadUncached(text);

    /// <summary>Reads without a cache (a model made outside an analysis context).</summary>
    public static ProfileFile ReadUncached(SourceText text) => ProfileReader.Read(text.ToString(), CancellationToken.None);

    private static string Normalize(string path) => path.Replace('\\', '/');
}
