using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace DispatchAnalyzers.Tool.Pgo;

/// <summary>
/// Reads the text file the runtime writes at shutdown under <c>DOTNET_WritePGOData=1</c>.
/// </summary>
/// <remarks>
/// The format is internal to the runtime and has changed between versions, so the parser is strict: every line must be
/// the one the writer (<c>PgoManager::WritePgoData</c>) would have produced at that point, the file must end with its
/// trailer, and anything else is a <see cref="PgoFormatException"/> naming the file and line. A strict parser turns
/// format drift into a loud error instead of a silently empty profile.
/// </remarks>
internal sealed class PgoTextParser
{
    private const string FileHeader = "*** START PGO Data, max index = ";
    private const string FileTrailer = "*** END PGO Data ***";
    private const string MethodNamePrefix = "MethodName: ";
    private const string SignaturePrefix = "Signature: ";
    private const string TypeHandlePrefix = "TypeHandle: ";
    private const string MethodHandlePrefix = "MethodHandle: ";

    private readonly TextReader reader;
    private readonly string file;
    private int line;

    private PgoTextParser(TextReader reader, string file)
    {
        this.reader = reader;
        this.file = file;
    }

    public static PgoFile ParseFile(string path)
    {
        using var reader = new StreamReader(path);
        return new PgoFile(path, Parse(reader, path));
    }

    public static IReadOnlyList<PgoMethod> Parse(TextReader reader, string file) => new PgoTextParser(reader, file).ParseAll();

    private List<PgoMethod> ParseAll()
    {
        var first = Next("the file is empty");
        if (!first.StartsWith(FileHeader, System.StringComparison.Ordinal))
        {
            throw Error($"expected '{FileHeader}N ***', found '{Shorten(first)}' (not a PGO text dump?)");
        }

        var methods = new List<PgoMethod>();
        while (true)
        {
            var text = Next($"the file ends without '{FileTrailer}' (truncated? the process may not have exited normally)");
            if (text == FileTrailer)
            {
                return methods;
            }

            methods.Add(ParseMethod(text));
        }
    }

    private PgoMethod ParseMethod(string header)
    {
        var headerLine = line;
        var fields = header.Split(' ');
        if (fields.Length != 9 || fields[0] != "@@@" || fields[1] != "codehash" || fields[3] != "methodhash" ||
            fields[5] != "ilSize" || fields[7] != "records")
        {
            throw Error($"expected '@@@ codehash 0x.. methodhash 0x.. ilSize 0x.. records 0x..', found '{Shorten(header)}'");
        }

        var codeHash = Hex(fields[2]);
        var methodHash = Hex(fields[4]);
        var ilSize = (int)Hex(fields[6]);
        var recordCount = (int)Hex(fields[8]);
        var name = Prefixed(MethodNamePrefix);
        var signature = Prefixed(SignaturePrefix);
        var records = new List<PgoRecord>(recordCount);
        for (var i = 0; i < recordCount; i++)
        {
            records.Add(ParseRecord());
        }

        return new PgoMethod(codeHash, methodHash, ilSize, name, signature, records, file, headerLine);
    }

    private PgoRecord ParseRecord()
    {
        var text = Next("the file ends inside a method's records (truncated?)");
        var fields = text.Split(' ');
        if (fields.Length != 9 || fields[0] != "Schema" || fields[1] != "InstrumentationKind" || fields[3] != "ILOffset" ||
            fields[5] != "Count" || fields[7] != "Other")
        {
            throw Error($"expected 'Schema InstrumentationKind K ILOffset O Count C Other X', found '{Shorten(text)}'");
        }

        var kind = (int)Number(fields[2]);
        var ilOffset = (int)Number(fields[4]);
        var count = (int)Number(fields[6]);
        var other = Number(fields[8]);
        var values = new List<ulong>();
        var handles = new List<string>();
        var marshal = PgoKinds.Marshal(kind);

        // The writer prints nothing for marshal kinds it does not know, so neither is anything read for them.
        var lines = marshal <= PgoKinds.MarshalMethodHandle ? count : 0;
        for (var i = 0; i < lines; i++)
        {
            var data = Next("the file ends inside a record's data (truncated?)");
            switch (marshal)
            {
                case PgoKinds.MarshalNone:
                    Expect(data == "None", data, "'None'");
                    break;
                case PgoKinds.MarshalFourByte:
                    values.Add(Number(data));
                    break;
                case PgoKinds.MarshalEightByte:
                    var halves = data.Split(' ');
                    Expect(halves.Length == 2, data, "two numbers");
                    values.Add(Number(halves[0]) | ((ulong)Number(halves[1]) << 32));
                    break;
                case PgoKinds.MarshalTypeHandle:
                    Expect(data.StartsWith(TypeHandlePrefix, System.StringComparison.Ordinal), data, $"'{TypeHandlePrefix}...'");
                    handles.Add(data[TypeHandlePrefix.Length..]);
                    break;
                default:
                    Expect(data.StartsWith(MethodHandlePrefix, System.StringComparison.Ordinal), data, $"'{MethodHandlePrefix}...'");
                    handles.Add(data[MethodHandlePrefix.Length..]);
                    break;
            }
        }

        return new PgoRecord(kind, ilOffset, other, values, handles);
    }

    private string Prefixed(string prefix)
    {
        var text = Next($"the file ends before '{prefix}'");
        Expect(text.StartsWith(prefix, System.StringComparison.Ordinal), text, $"'{prefix}...'");
        return text[prefix.Length..];
    }

    private string Next(string whenMissing)
    {
        var text = reader.ReadLine();
        line++;
        return text ?? throw Error(whenMissing);
    }

    private void Expect(bool condition, string found, string expected)
    {
        if (!condition)
        {
            throw Error($"expected {expected}, found '{Shorten(found)}'");
        }
    }

    private uint Hex(string text) =>
        text.StartsWith("0x", System.StringComparison.Ordinal) &&
        uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"expected a hexadecimal number like 0x0000002D, found '{Shorten(text)}'");

    private uint Number(string text) =>
        uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"expected an unsigned number, found '{Shorten(text)}'");

    private PgoFormatException Error(string problem) => new(file, line, problem);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
