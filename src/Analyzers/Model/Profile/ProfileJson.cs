using System.Globalization;
using System.Text;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>
/// A strict JSON parser (RFC 8259: no comments, no trailing commas, one value) for profile files, with no dependency
/// beyond netstandard2.0. Errors are <see cref="ProfileFormatException"/>s at the offending offset; nesting is bounded
/// so that no input can exhaust the stack.
/// </summary>
internal sealed class ProfileJson
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _position;

    private ProfileJson(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    public static JsonNode Parse(string text, CancellationToken cancellationToken)
    {
        var parser = new ProfileJson(text, cancellationToken);

        // A byte-order mark is not JSON, but editors write one: skip it.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            parser._position = 1;
        }

        parser.SkipWhitespace();
        if (parser._position == text.Length)
        {
            throw new ProfileFormatException("the file is empty", parser._position);
        }

        var value = parser.Value(0);
        parser.SkipWhitespace();
        if (parser._position != text.Length)
        {
            throw new ProfileFormatException("unexpected text after the JSON value", parser._position);
        }

        return value;
    }

    private JsonNode Value(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ProfileFormatException($"values are nested more than {MaxDepth} deep", _position);
        }

        _cancellationToken.ThrowIfCancellationRequested();
        var start = _position;
        switch (Peek())
        {
            case '{':
                return Object(depth);
            case '[':
                return Array(depth);
            case '"':
                return new JsonStringNode(start, String());
            case 't':
                Literal("true");
                return new JsonLiteralNode(start, true);
            case 'f':
                Literal("false");
                return new JsonLiteralNode(start, false);
            case 'n':
                Literal("null");
                return new JsonLiteralNode(start, null);
            case var c when c == '-' || (c >= '0' && c <= '9'):
                return Number();
            default:
                throw Unexpected("a value");
        }
    }

    private JsonObjectNode Object(int depth)
    {
        var start = _position++;
        var properties = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return new JsonObjectNode(start, properties);
        }

        while (true)
        {
            SkipWhitespace();
            var nameOffset = _position;
            if (Peek() != '"')
            {
                throw Unexpected("a property name in double quotes");
            }

            var name = String();
            if (properties.ContainsKey(name))
            {
                throw new ProfileFormatException($"property '{name}' appears twice", nameOffset);
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            properties.Add(name, Value(depth + 1));
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return new JsonObjectNode(start, properties);
            }

            Expect(',');
        }
    }

    private JsonArrayNode Array(int depth)
    {
        var start = _position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return new JsonArrayNode(start, items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(Value(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return new JsonArrayNode(start, items);
            }

            Expect(',');
        }
    }

    private string String()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == '"')
            {
                _position++;
                return builder.ToString();
            }

            if (c == '\0' && _position >= _text.Length)
            {
                throw new ProfileFormatException("a string is not closed", _position);
            }

            if (c < ' ')
            {
                throw new ProfileFormatException("a control character inside a string", _position);
            }

            _position++;
            builder.Append(c == '\\' ? Escape() : c);
        }
    }

    private char Escape()
    {
        var c = Peek();
        _position++;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u' when _position + 4 <= _text.Length
                && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _position += 4;
                return (char)code;
            default:
                throw new ProfileFormatException("an invalid escape sequence in a string", _position - 2);
        }
    }

    private JsonNumberNode Number()
    {
        var start = _position;
        TryConsume('-');
        if (!TryConsume('0'))
        {
            Digits();
        }

        if (TryConsume('.'))
        {
            Digits();
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            Digits();
        }

        return new JsonNumberNode(start, _text.Substring(start, _position - start));
    }

    private void Digits()
    {
        if (Peek() is < '0' or > '9')
        {
            throw Unexpected("a digit");
        }

        while (Peek() is >= '0' and <= '9')
        {
            _position++;
        }
    }

    private void Literal(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Unexpected("a value");
        }

        _position += literal.Length;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Unexpected("'" + c + "'");
        }
    }

    private bool TryConsume(char c)
    {
        if (Peek() != c || _position >= _text.Length)
        {
            return false;
        }

        _position++;
        return true;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (Peek() is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private ProfileFormatException Unexpected(string expected)
        => new(
            _position >= _text.Length
                ? $"the file ends where {expected} was expected (is it truncated?)"
                : $"'{_text[_position]}' where {expected} was expected",
            _position);
}
