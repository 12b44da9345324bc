using System.Globalization;

namespace DispatchAnalyzers.Model.Profile;

/// <summary>A JSON value of a profile file and where it starts (0-based offset into the text).</summary>
internal abstract class JsonNode
{
    protected JsonNode(int offset)
    {
        Offset = offset;
    }

    public int Offset { get; }

    /// <summary>How messages name the kind of value found: <c>a string</c>, <c>an array</c>.</summary>
    public abstract string Describe { get; }
}

internal sealed class JsonObjectNode : JsonNode
{
    public JsonObjectNode(int offset, Dictionary<string, JsonNode> properties)
        : base(offset)
    {
        Properties = properties;
    }

    public Dictionary<string, JsonNode> Properties { get; }

    public override string Describe => "an object";
}

internal sealed class JsonArrayNode : JsonNode
{
    public JsonArrayNode(int offset, List<JsonNode> items)
        : base(offset)
    {
        Items = items;
    }

    public List<JsonNode> Items { get; }

    public override string Describe => "an array";
}

internal sealed class JsonStringNode : JsonNode
{
    public JsonStringNode(int offset, string value)
        : base(offset)
    {
        Value = value;
    }

    public string Value { get; }

    public override string Describe => "a string";
}

/// <summary>A number, kept as its text: the reader decides which range it must fit.</summary>
internal sealed class JsonNumberNode : JsonNode
{
    public JsonNumberNode(int offset, string text)
        : base(offset)
    {
        Text = text;
    }

    public string Text { get; }

    public override string Describe => "a number";

    public bool TryGetInt64(out long value)
        => long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public bool TryGetDouble(out double value)
        => double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsInfinity(value);
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
internal sealed class JsonLiteralNode : JsonNode
{
    public JsonLiteralNode(int offset, bool? value)
        : base(offset)
    {
        Value = value;
    }

    /// <summary>Null for the <c>null</c> literal.</summary>
    public bool? Value { get; }

    public override string Describe => Value is null ? "null" : "a boolean";
}

/// <summary>Malformed JSON, or JSON that is not a version-1 profile: what was wrong, and at which offset of the text.</summary>
internal sealed class ProfileFormatException : Exception
{
    public ProfileFormatException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    public int Offset { get; }
}

