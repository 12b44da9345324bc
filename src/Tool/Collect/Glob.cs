using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace DispatchAnalyzers.Tool.Collect;

/// <summary>File patterns with <c>*</c> (within a folder), <c>**</c> (any folders) and <c>?</c>, relative to a folder.</summary>
internal static class Glob
{
    /// <summary>Folders never searched: build intermediates, reference assemblies, version control, packages.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "obj", "ref", "refint", ".git", "node_modules" };

    public static IEnumerable<string> Expand(string pattern, string baseDirectory)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWildcard = normalized.IndexOfAny(['*', '?']);
        if (firstWildcard < 0)
        {
            var file = Path.GetFullPath(normalized, baseDirectory);
            return File.Exists(file) ? [file] : [];
        }

        var slash = normalized.LastIndexOf('/', firstWildcard);
        var root = Path.GetFullPath(slash < 0 ? "." : normalized[..Math.Max(slash, 1)], baseDirectory);
        var regex = ToRegex(slash < 0 ? normalized : normalized[(slash + 1)..]);
        return Files(root)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Every file under <paramref name="root"/>, outside the <see cref="Skipped"/> folders.</summary>
    public static IEnumerable<string> Files(string root)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(directory))
            {
                yield return file;
            }

            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                if (!Skipped.Contains(Path.GetFileName(child)))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static Regex ToRegex(string pattern)
    {
        var text = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                text.Append(slashAfter ? "(.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else
            {
                text.Append(pattern[i] switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    var c => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(text.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
