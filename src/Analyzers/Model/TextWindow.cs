using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DispatchAnalyzers.Model;

/// <summary>
/// Reads a <see cref="SourceText"/> through a small buffer, without making the text one string: the compiler keeps a large
/// file's text in chunks, and a copy of it as one string goes to the large-object heap (in a command-line build, reading
/// every file that way cost a full garbage collection).
/// </summary>
internal sealed class TextWindow
{
    /// <summary>Characters per read: small enough to stay out of the large-object heap.</summary>
    public const int Size = 4096;

    private readonly SourceText _text;
    private readonly char[] _buffer;
    private int _start;
    private int _length;

    public TextWindow(SourceText text)
    {
        _text = text;
        _buffer = new char[Math.Min(Size, Math.Max(1, text.Length))];
    }

    public int Length => _text.Length;

    /// <summary>The character at <paramref name="index"/> (less than <see cref="Length"/>).</summary>
    public char this[int index]
    {
        get
        {
            if (index < _start || index >= _start + _length)
            {
                // Reads a little behind too: a scan asks for a few characters ahead of where it stands.
                var start = Math.Max(0, index - 16);
                Fill(start, Math.Min(_buffer.Length, _text.Length - start));
            }

            return _buffer[index - _start];
        }
    }

    /// <summary>
    /// Positions in <paramref name="span"/> where <paramref name="word"/> stands as a whole word (no identifier character
    /// right before or after it), in order. Each window is searched with the runtime's vectorized search; windows overlap
    /// by the word's length less one.
    /// </summary>
    public IEnumerable<int> IndexesOfWord(string word, TextSpan span)
    {
        var step = _buffer.Length - word.Length + 1;
        // A word longer than a window is looked for in one string of the span.
        if (step <= 0)
        {
            var whole = _text.ToString(span);
            for (var found = whole.IndexOf(word, StringComparison.Ordinal); found >= 0; found = whole.IndexOf(word, found + 1, StringComparison.Ordinal))
            {
                if (IsWholeWord(span.Start + found, word.Length))
                {
                    yield return span.Start + found;
                }
            }

            yield break;
        }

        for (var start = span.Start; start + word.Length <= span.End; start += step)
        {
            Fill(start, Math.Min(_buffer.Length, span.End - start));
            // Only starts before the next window's: the next window finds the others.
            for (var found = IndexOf(word, 0); found >= 0 && found < step; found = IndexOf(word, found + 1))
            {
                if (IsWholeWord(start + found, word.Length))
                {
                    yield return start + found;
                }
            }
        }
    }

    private bool IsWholeWord(int index, int length)
        => (index == 0 || !SyntaxFacts.IsIdentifierPartCharacter(CharAt(index - 1)))
        && (index + length == _text.Length || !SyntaxFacts.IsIdentifierPartCharacter(CharAt(index + length)));

    /// <summary>A character from the buffer when it holds it, else from the text (the buffer stays as it is).</summary>
    private char CharAt(int index) => index >= _start && index < _start + _length ? _buffer[index - _start] : _text[index];

    /// <summary>Where <paramref name="value"/> starts in the buffer at or after <paramref name="from"/>, or -1 (the runtime's vectorized search).</summary>
    private int IndexOf(string value, int from)
        => new ReadOnlySpan<char>(_buffer, from, _length - from).IndexOf(value.AsSpan()) is var found and >= 0 ? from + found : -1;

    private void Fill(int start, int length)
    {
        _text.CopyTo(start, _buffer, 0, length);
        (_start, _length) = (start, length);
    }
}
