using System.Globalization;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Actors;

/// <summary>
/// Actor codes by name (with date-limited roles), countries and capitals by name, nationality adjectives and
/// title role words. Names come from the shipped <c>models/actors/actors.tsv</c>, plus international organisations it
/// lacks from <c>Lexicons/organisations.tsv</c> and leaders of the news since 2013 with dated roles from
/// <c>Lexicons/leaders.tsv</c>; role words and irregular nationalities from
/// <c>Lexicons/actor-roles.tsv</c> and <c>Lexicons/nationalities.tsv</c>.
/// </summary>
public sealed class ActorLexicon
{
    public const string ResourceName = "Hadath.Extraction.Models.actors.tsv";

    private readonly record struct Role(string Code, int From, int To);

    private readonly Dictionary<string, List<Role>> _actors = new();
    private readonly Dictionary<string, string> _countries = new();
    private readonly Dictionary<string, string> _nationalities = new();
    private readonly Dictionary<string, string> _roles = new();
    private readonly HashSet<string> _countryCodes = new(StringComparer.Ordinal);

    // Lookups by a key read in place (a slice of a word's key, or one built on the stack): no key string is made.
    private readonly Dictionary<string, List<Role>>.AlternateLookup<ReadOnlySpan<char>> _actorsBySpan;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _countriesBySpan;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nationalitiesBySpan;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _rolesBySpan;

    // Every title word and name the actor stage meets is looked up, and most are in no table: a test of the key's shape
    // first (KeyShapes) passes those with no hash of the whole key and no probe of the dictionary.
    private readonly KeyShapes _actorShapes, _countryShapes, _nationalityShapes, _roleShapes;

    /// <summary>Bits of each shape table: 2^16 (8 KB), so that the few thousand names leave most of them clear.</summary>
    private const int ShapeBits = 16;

    public ActorLexicon(TextReader actors)
    {
        _actorsBySpan = _actors.GetAlternateLookup<ReadOnlySpan<char>>();
        _countriesBySpan = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
        _nationalitiesBySpan = _nationalities.GetAlternateLookup<ReadOnlySpan<char>>();
        _rolesBySpan = _roles.GetAlternateLookup<ReadOnlySpan<char>>();
        while (actors.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            switch (f[0])
            {
                case "actor":
                    if (!_actors.TryGetValue(f[1], out var list)) _actors[f[1]] = list = new();
                    list.Add(new Role(f[2], Date(f[3], 0), Date(f[4], int.MaxValue)));
                    break;
                case "country":
                    _countries.TryAdd(f[1], f[2]);
                    _countryCodes.Add(f[2]);
                    break;
                case "nationality":
                    _nationalities.TryAdd(f[1], f[2]);
                    break;
            }
        }
        foreach (var row in LexiconTable.Read("organisations.tsv"))
        {
            _actors.TryAdd(NameKey.Of(row[0]), [new Role(row[1], 0, int.MaxValue)]);
        }
        AddLeaders(LexiconTable.Read("leaders.tsv"));
        foreach (var row in LexiconTable.Read("nationalities.tsv")) _nationalities[NameKey.Word(row[0])] = row[1];
        foreach (var row in LexiconTable.Read("actor-roles.tsv")) _roles[NameKey.Word(row[0])] = row[1];
        _actorShapes = new KeyShapes(_actors.Keys, ShapeBits);
        _countryShapes = new KeyShapes(_countries.Keys, ShapeBits);
        _nationalityShapes = new KeyShapes(_nationalities.Keys, ShapeBits);
        _roleShapes = new KeyShapes(_roles.Keys, ShapeBits);
    }

    /// <summary>
    /// The dated roles of <c>Lexicons/leaders.tsv</c> (leaders of the news since 2013 whom the dictionary lacks: ترامب,
    /// ماكرون, السيسي …), each name's rows together; a name the dictionary has keeps the dictionary's roles.
    /// </summary>
    private void AddLeaders(IEnumerable<string[]> rows)
    {
        var leaders = new Dictionary<string, List<Role>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 2) throw new InvalidDataException($"leaders.tsv: '{row[0]}' has no code");
            var key = NameKey.Of(row[0]);
            if (!leaders.TryGetValue(key, out var roles)) leaders[key] = roles = new();
            roles.Add(new Role(row[1], Date(row.Length > 2 ? row[2] : "", 0), Date(row.Length > 3 ? row[3] : "", int.MaxValue)));
        }
        foreach (var (key, roles) in leaders) _actors.TryAdd(key, roles);
    }

    public static ActorLexicon Shared { get; } = LoadEmbedded();

    public static ActorLexicon LoadEmbedded()
    {
        using var stream = typeof(ActorLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded actor lexicon '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return new ActorLexicon(reader);
    }

    /// <summary>
    /// The code of a named actor on <paramref name="date"/>: the role in force that day (of several, the one begun last,
    /// but an office of state before a party office held beside it), else the last role begun before it (the dictionary
    /// ends many roles too early), else any; with no date, the latest role.
    /// </summary>
    public string? Actor(string key, DateOnly? date) => Actor(key.AsSpan(), date);

    /// <inheritdoc cref="Actor(string, DateOnly?)"/>
    public string? Actor(ReadOnlySpan<char> key, DateOnly? date)
    {
        if (!_actorShapes.MayHold(key) || !_actorsBySpan.TryGetValue(key, out var roles)) return null;
        int day = date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : int.MaxValue;
        Role? inForce = null, begun = null, office = null;
        foreach (var r in roles)
        {
            if (r.From <= day && day <= r.To && (inForce is null || r.From > inForce.Value.From)) inForce = r;
            if (r.From > 0 && r.From <= day && day <= r.To && IsStateOffice(r.Code) && (office is null || r.From > office.Value.From)) office = r;
            if (r.From <= day && (begun is null || r.From > begun.Value.From)) begun = r;
        }
        // اردوغان, president since 2014, led his party again from 2017: a party office held beside an office of state
        // taken on a known day is no reason to code the state's head as his party. An undated office (فتح: PSEGOV and
        // PSEPTY) tells no holder and leaves the latest role.
        if (inForce is { } latest && office is not null && IsPartyOffice(latest.Code)) return office.Value.Code;
        return (inForce ?? begun ?? roles[0]).Code;
    }

    /// <summary>Whether a code is an office of a state (USAGOV, TURGOV): the agent right after the country is GOV.</summary>
    private static bool IsStateOffice(string code) => code.Length >= 6 && code.AsSpan(3).StartsWith("GOV", StringComparison.Ordinal);

    /// <summary>Whether a code is a party's (TURPTY, TURPTYELI): the agent right after the country is PTY.</summary>
    private static bool IsPartyOffice(string code) => code.Length >= 6 && code.AsSpan(3).StartsWith("PTY", StringComparison.Ordinal);

    /// <summary>
    /// The countries the dictionary files a name under (طرابلس: LBN and LBY, عمان: JOR and OMN), in its order; one or
    /// none for most names.
    /// </summary>
    public IReadOnlyList<string> Countries(string key)
    {
        if (!_actors.TryGetValue(key, out var roles)) return [];
        var countries = new List<string>(2);
        foreach (var r in roles)
        {
            if (r.Code.Length == 3 && _countryCodes.Contains(r.Code) && !countries.Contains(r.Code)) countries.Add(r.Code);
        }
        return countries;
    }

    /// <summary>
    /// Whether the dictionary files a name under two countries or more (<see cref="Countries"/> would give two): asked of
    /// a key on the stack, with no list made. Most names have one country or none, and the list and key were made for each.
    /// </summary>
    public bool NamesManyCountries(ReadOnlySpan<char> key)
    {
        if (!_actorShapes.MayHold(key) || !_actorsBySpan.TryGetValue(key, out var roles)) return false;
        string? first = null;
        foreach (var r in roles)
        {
            if (r.Code.Length != 3 || !_countryCodes.Contains(r.Code)) continue;
            if (first is null) first = r.Code;
            else if (r.Code != first) return true;
        }
        return false;
    }

    /// <summary>Whether a code is a bare country's (ISO alpha-3 of a country row: GBR, PRK).</summary>
    public bool IsCountryCode(string code) => _countryCodes.Contains(code);

    public string? Country(string key) => Country(key.AsSpan());

    public string? Country(ReadOnlySpan<char> key) => _countryShapes.MayHold(key) && _countriesBySpan.TryGetValue(key, out var code) ? code : null;

    /// <summary>The country of a nationality adjective key (روسي, اميركي), also in the plural (الاميركيين).</summary>
    public string? Nationality(string wordKey) => Nationality(wordKey.AsSpan());

    /// <inheritdoc cref="Nationality(string)"/>
    public string? Nationality(ReadOnlySpan<char> wordKey)
    {
        if (NationalityOfKey(wordKey) is { } code) return code;
        // الالماني, الالبانية: an adjective whose own first letters are ال (ألماني, ألباني) keeps them once the article is
        // cut off, where its key (ماني, as the bare ألماني folds) has neither.
        return wordKey.Length > 5 && wordKey.StartsWith("ال", StringComparison.Ordinal) ? NationalityOfKey(wordKey[2..]) : null;
    }

    private string? NationalityOfKey(ReadOnlySpan<char> wordKey)
    {
        if (_nationalityShapes.MayHold(wordKey) && _nationalitiesBySpan.TryGetValue(wordKey, out var code)) return code;
        if (wordKey.Length > 5 && (wordKey.EndsWith("ين", StringComparison.Ordinal) || wordKey.EndsWith("ون", StringComparison.Ordinal)))
        {
            return _nationalityShapes.MayHold(wordKey[..^2]) && _nationalitiesBySpan.TryGetValue(wordKey[..^2], out code) ? code : null;
        }
        return null;
    }

    public string? RoleAgent(string wordKey) => RoleAgent(wordKey.AsSpan());

    public string? RoleAgent(ReadOnlySpan<char> wordKey) => _roleShapes.MayHold(wordKey) && _rolesBySpan.TryGetValue(wordKey, out var agent) ? agent : null;

    private static int Date(string field, int open) =>
        field.Length == 8 ? int.Parse(field, CultureInfo.InvariantCulture) : open;
}
