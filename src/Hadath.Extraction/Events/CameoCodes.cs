using System.Globalization;
using System.Reflection;

namespace Hadath.Extraction.Events;

/// <summary>What a CAMEO event code means downstream: Goldstein score, QuadClass and PLOVER type.</summary>
public sealed record CameoCode(string Code, double? Goldstein, int Quad, string? Plover);

/// <summary>
/// The CAMEO code table shipped in <c>models/events/cameo-codes.tsv</c> (built by <c>hadath train events</c>
/// from GDELT's Goldstein lookup and the CAMEO→PLOVER table), embedded in this assembly.
/// </summary>
public sealed class CameoCodes
{
    public const string ResourceName = "Hadath.Extraction.Models.cameo-codes.tsv";

    private readonly Dictionary<string, CameoCode> _codes = new();

    public CameoCodes(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            double? goldstein = f[1].Length == 0 ? null : double.Parse(f[1], CultureInfo.InvariantCulture);
            _codes[f[0]] = new CameoCode(f[0], goldstein, int.Parse(f[2], CultureInfo.InvariantCulture), f[3].Length == 0 ? null : f[3]);
        }
    }

    public static CameoCodes Shared { get; } = LoadEmbedded();

    public static CameoCodes LoadEmbedded()
    {
        using var stream = typeof(CameoCodes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded CAMEO table '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return new CameoCodes(reader);
    }

    /// <summary>The entry for <paramref name="code"/>, falling back to its parent codes (1832 → 183 → 18).</summary>
    public CameoCode Lookup(string code)
    {
        for (string c = code; c.Length >= 2; c = c[..^1])
        {
            if (_codes.TryGetValue(c, out var entry)) return entry with { Code = code };
        }
        return new CameoCode(code, null, QuadClass(code), null);
    }

    /// <summary>CAMEO root → QuadClass: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.</summary>
    public static int QuadClass(string code)
    {
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int root)) return 0;
        return root switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 };
    }
}
