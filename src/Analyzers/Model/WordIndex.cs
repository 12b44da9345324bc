using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.CSharp;

namespace DispatchAnalyzers.Model;

/// <summary>
/// For each syntax tree, a Bloom filter of the hashes of the words (identifier-like character runs) its text contains,
/// made in one pass over the text (about one bit per character). Answers which trees may spell a name, with false positives only (hash collisions), so a search for a
/// name reads a few trees instead of all of them.
/// </summary>
/// <remarks>
/// The words of a tree depend on its text alone, and a tree is immutable: they are made on the first search that needs
/// them and kept as long as the tree lives (a table keyed weakly by the tree). A new compilation after an edit shares
/// every unchanged tree with the previous one, so only the edited tree is read again. An instance holds the words of
/// one compilation's trees, and the trees found for each name; a compilation made by an edit takes both from the last
/// one of its <see cref="DeclarationStamp"/> (<see cref="Snapshot"/>) and tests only the trees that differ.
/// </remarks>
internal sealed partial class WordIndex
{
    private static readonly ConditionalWeakTable<SyntaxTree, Words> Cache = new();
    private readonly Compilation _compilation;
    private readonly object _gate = new();
    private Snapshot? _snapshot;

    public WordIndex(Compilation compilation)
    {
        _compilation = compilation;
    }

    /// <summary>The trees of the compilation whose text may contain <paramref name="name"/> as a whole word, spelled plainly or with <c>\u</c> escapes, in the compilation's order.</summary>
    public ImmutableArray<SyntaxTree> TreesThatMayContain(string name, CancellationToken cancellationToken)
    {
        var snapshot = GetSnapshot(cancellationToken);
        if (snapshot.ByName.TryGetValue(name, out var known))
        {
            return known.Trees;
        }

        var (hash, oneWord) = HashOf(name);
        // A name the text scan would split into several words (surrogate pairs) is looked for everywhere.
        Func<Words, bool> mayContain = oneWord ? words => words.MayContain(hash) : _ => true;
        var found = snapshot.Parent is { } parent && parent.ByName.TryGetValue(name, out var before)
            ? snapshot.Patch(before, mayContain)
            : snapshot.Scan(mayContain);
        return snapshot.ByName.GetOrAdd(name, found).Trees;
    }

    private Snapshot GetSnapshot(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _snapshot) is { } snapshot)
        {
            return snapshot;
        }

        // Several rules start searching at once: one of them reads the texts, the others wait for its words.
        lock (_gate)
        {
            return _snapshot ??= Snapshot.Make(_compilation, cancellationToken);
        }
    }

    /// <summary>Whether <paramref name="tree"/> may spell <paramref name="name"/> with a <c>\u</c> escape (then only a token scan finds it).</summary>
    public static bool MaySpellWithEscapes(SyntaxTree tree, string name, CancellationToken cancellationToken)
    {
        var (hash, oneWord) = HashOf(name);
        var words = Of(tree, cancellationToken);
        // A name with surrogate pairs is not one word to the scan: always looked for token by token.
        return !oneWord || Array.BinarySearch(words.EscapedHashes, hash) >= 0;
    }

    private static (int Hash, bool OneWord) HashOf(string name)
    {
        var hash = 0;
        var oneWord = true;
        foreach (var c in name)
        {
            hash = unchecked(hash * 31 + c);
            oneWord &= IsWordCharacter(c);
        }

        return (hash, oneWord);
    }

    private static Words Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(tree, out var words))
        {
            return words;
        }

        var made = Make(new TextWindow(tree.GetText(cancellationToken)));
        return Cache.GetValue(tree, _ => made);
    }

    private static Words Make(TextWindow text)
    {
        // About one bit per character: a few percent of false positives at the density of words in source code.
        var bits = 64;
        while (bits < text.Length && bits < 1 << 24)
        {
            bits <<= 1;
        }

        var filter = new ulong[bits / 64];
        var escaped = new List<int>();
        for (var i = 0; i < text.Length;)
        {
            // Between words: plain ASCII punctuation and spaces are skipped without decoding.
            if (text[i] is var first && first < 128 && first != '\\' && !AsciiWordCharacters[first])
            {
                i++;
                continue;
            }

            var hash = 0;
            var length = 0;
            var hasEscape = false;
            while (i < text.Length)
            {
                var c = text[i];
                var width = 1;
                // A backslash may start an escape, and a character outside ASCII needs the Unicode tables.
                if (!(c < 128 && c != '\\' ? AsciiWordCharacters[c] : ReadWordCharacter(text, i, out c, out width)))
                {
                    break;
                }

                hash = unchecked(hash * 31 + c);
                length++;
                hasEscape |= width > 1;
                i += width;
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            Words.Set(filter, hash);
            if (hasEscape)
            {
                escaped.Add(hash);
            }
        }

        escaped.Sort();
        return new Words(filter, escaped.ToArray());
    }

    /// <summary>
    /// The identifier character at <paramref name="index"/>, written plainly or as a <c>\uXXXX</c> or <c>\UXXXXXXXX</c>
    /// escape (<paramref name="width"/> 6 or 10).
    /// </summary>
    private static bool ReadWordCharacter(TextWindow text, int index, out char c, out int width)
    {
        c = text[index];
        width = 1;
        var digits = c != '\\' || index + 1 >= text.Length ? 0 : text[index + 1] == 'u' ? 4 : text[index + 1] == 'U' ? 8 : 0;
        if (digits > 0 && index + 1 + digits < text.Length && HexValue(text, index + 2, digits) is <= char.MaxValue and var code)
        {
            c = (char)code;
            width = digits + 2;
        }

        return IsWordCharacter(c);
    }

    /// <summary>The value of <paramref name="digits"/> hexadecimal digits from <paramref name="start"/>, or null when one is not a digit.</summary>
    private static long? HexValue(TextWindow text, int start, int digits)
    {
        long value = 0;
        for (var i = start; i < start + digits; i++)
        {
            var c = text[i];
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    private static bool IsWordCharacter(char c)
        => c < 128 ? AsciiWordCharacters[c] : SyntaxFacts.IsIdentifierPartCharacter(c);

    private static readonly bool[] AsciiWordCharacters = Enumerable.Range(0, 128).Select(c => SyntaxFacts.IsIdentifierPartCharacter((char)c)).ToArray();

    /// <summary>A Bloom filter of a tree's word hashes (two bits per word).</summary>
    private sealed class Words
    {
        private readonly ulong[] _filter;

        public Words(ulong[] filter, int[] escapedHashes)
        {
            _filter = filter;
            EscapedHashes = escapedHashes;
        }

        /// <summary>The hashes of the words written with escapes, sorted.</summary>
        public int[] EscapedHashes { get; }

        public bool MayContain(int hash)
        {
            var mask = (_filter.Length * 64) - 1;
            var first = hash & mask;
            var second = Second(hash) & mask;
            return (_filter[first >> 6] & (1UL << first)) != 0 && (_filter[second >> 6] & (1UL << second)) != 0;
        }

        public static void Set(ulong[] filter, int hash)
        {
            var mask = (filter.Length * 64) - 1;
            var first = hash & mask;
            var second = Second(hash) & mask;
            filter[first >> 6] |= 1UL << first;
            filter[second >> 6] |= 1UL << second;
        }

        private static int Second(int hash) => (int)(unchecked((uint)hash * 0x9E3779B9u) >> 7);
    }
}
