using System.IO.Compression;
using System.Text.Json;
using System.Text;
using System.Text.RegularExpressions;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Compiles the verb patterns the event stage can use without a parse into <c>models/events/cameo-verbs.tsv</c>:
/// the verb entries and simple object patterns (<c>- * خطاب [010]</c>, <c>- * (على هجوم) [1124]</c>) of the
/// Arabic CAMEO verb dictionary (<c>CAMEO.ar.0.5.txt</c>) plus Hadath's own verb list, as match keys in their
/// past and present 3rd-person forms. Precision first: entries that are too short, too common in the news
/// corpus, mostly nouns there (الوضع, العمل), ambiguous between codes, statement-only (01x) or ASSAULT/PROTEST
/// (left to the hand-written triggers and their conditions) are dropped and counted. Deterministic.
/// </summary>
public static partial class CameoVerbCompiler
{
    /// <summary>One compiled row: its id, CAMEO code, verb form keys and the object keys that must follow.</summary>
    public sealed record Row(string Id, string Code, IReadOnlyList<string> Forms, IReadOnlyList<string> Object);

    public sealed record Result(string Table, SortedDictionary<string, int> Counts);

    private const int MinFormLetters = 3;
    /// <summary>Words of a stretch of time (يوم, ساعة, اسبوع): any verb may be followed by one.</summary>
    private static readonly HashSet<string> TimeWords = MatchKey.SetOf("يوم", "ساعة", "ساعات", "اسبوع", "شهر", "سنة", "عام", "ليلة", "ايام");

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "الي", "علي", "من", "في", "عن", "مع", "ب", "ل", "ك", "حول", "ضد", "بين", "عبر", "منذ", "الا", "ان", "هو", "هي" };
    private const int CommonWordRank = 300;
    private const double NounShare = 0.5;

    public static Result Compile(string dictionaryFile, string ownFile, CameoCodes codes, IReadOnlyDictionary<string, int> corpusCounts)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string why) => counts[why] = counts.GetValueOrDefault(why) + 1;
        var common = corpusCounts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(CommonWordRank).Select(p => p.Key).ToHashSet();

        var own = ReadOwn(ownFile, out var denied);
        var candidates = new List<(string Id, string Code, string Verb, string[] Object)>();
        candidates.AddRange(own);
        candidates.AddRange(ReadDictionary(dictionaryFile, Count));

        var rows = new List<Row>();
        var ownBare = own.Where(o => o.Object.Length == 0).SelectMany(o => Forms(o.Verb)).ToHashSet();
        var bareCodes = candidates.Where(c => c.Object.Length == 0 && !c.Id.StartsWith("own:", StringComparison.Ordinal))
            .SelectMany(c => Forms(c.Verb).Select(f => (f, c.Code)))
            .GroupBy(p => p.f).ToDictionary(g => g.Key, g => g.Select(p => p.Code).Distinct().Count());
        foreach (var (id, code, verb, obj) in candidates)
        {
            bool isOwn = id.StartsWith("own:", StringComparison.Ordinal);
            var cameo = codes.Lookup(code);
            if (cameo.Plover is "ASSAULT" or "PROTEST" || code[..2] is "14" or "18" or "19" or "20")
            {
                Count("dropped: ASSAULT/PROTEST code, left to the hand-written triggers");
                continue;
            }
            if (!isOwn && code.StartsWith("01", StringComparison.Ordinal))
            {
                Count("dropped: 01x public statement (nearly every news sentence)");
                continue;
            }
            if (!isOwn && obj.All(FunctionWords.Contains))
            {
                // Read row by row, the bare-verb senses of the machine-built dictionary are mostly wrong for news
                // (يعلن → 111 criticize, هاجم → 124, تحدث → 041, جاء → 040): a verb alone codes only from verbs-hadath.tsv.
                Count("dropped: dictionary verb without an object, or with a preposition only (sense unreliable)");
                continue;
            }
            var verbs = verb.Split('|').Where(v => isOwn || !denied.Contains(MatchKey.Of(v))).ToArray();
            var forms = new List<string>();
            foreach (var form in verbs.SelectMany(Forms).Distinct())
            {
                if (isOwn)
                {
                    forms.Add(form);
                    continue;
                }
                string? why = form.Length < MinFormLetters ? "too short"
                    : form.Length == 3 && verbs.Any(v => MatchKey.Of(v) == form) ? "3-letter past = verbal noun spelling (دعم, منع, طلب)"
                    : common.Contains(form) ? "among the corpus's most common words"
                    : IsMostlyNoun(form, corpusCounts) ? "mostly a noun in the corpus (with ال)"
                    : obj.Length == 0 && bareCodes.GetValueOrDefault(form) > 1 ? "several codes in the dictionary"
                    : obj.Length == 0 && ownBare.Contains(form) ? "coded by verbs-hadath.tsv"
                    : null;
                if (why is null) forms.Add(form);
                else Count("form dropped: " + why);
            }
            if (forms.Count == 0)
            {
                Count("dropped: no usable form left");
                continue;
            }
            rows.Add(new Row(id, code, forms, obj));
            Count(isOwn ? "kept: verbs-hadath.tsv" : obj.Length == 0 ? "kept: dictionary verb" : "kept: dictionary verb+object pattern");
        }
        var merged = rows.GroupBy(r => (r.Code, Object: string.Join(' ', r.Object), Forms: string.Join(' ', r.Forms)))
            .Select(g => g.OrderBy(r => r.Id, StringComparer.Ordinal).First())
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        counts["rows written"] = merged.Count;
        // Many patterns share one verb list: each list is written once as a group row (@N<TAB>forms) and referenced.
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append("# @group<TAB>verb forms (match keys) | id<TAB>code<TAB>@group<TAB>object keys that must follow  (built by: hadath train events; see MODEL_CARD.md)\n");
        var body = new StringBuilder();
        foreach (var r in merged)
        {
            string forms = string.Join(' ', r.Forms);
            if (!groups.TryGetValue(forms, out var group))
            {
                groups[forms] = group = "@" + (groups.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                sb.Append(group).Append('\t').Append(forms).Append('\n');
            }
            body.Append(r.Id).Append('\t').Append(r.Code).Append('\t').Append(group).Append('\t').Append(string.Join(' ', r.Object)).Append('\n');
        }
        sb.Append(body);
        return new Result(sb.ToString(), counts);
    }

    /// <summary>
    /// Past and present 3rd-person forms of a verb given in its dictionary form (3rd masculine singular past):
    /// ندد → ندد ندّدت ندّدوا نددا يندد تندد ينددون; التقى → التقي التقت التقوا يلتقي تلتقي. Hollow verbs
    /// (زار → يزور) get no present forms: the vowel change cannot be guessed.
    /// </summary>
    public static IEnumerable<string> Forms(string verb)
    {
        if (verb.Contains(' ')) return verb.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => MatchKey.Of(w)).Distinct();
        string v = MatchKey.Of(verb);
        var forms = new List<string> { v };
        bool defective = v.Length >= 3 && v[^1] is 'ي' or 'ا';
        if (defective)
        {
            forms.Add(v[..^1] + "ت");
            forms.Add(v[..^1] + "وا");
        }
        else
        {
            forms.Add(v + "ت");
            forms.Add(v + "وا");
            forms.Add(v + "ا");
        }
        bool hollow = v.Length == 3 && v[1] == 'ا';
        if (!hollow)
        {
            string p = v.Length >= 4 && v[0] == 'ا' ? v[1..] : v;
            if (defective) p = p[..^1] + "ي";
            forms.Add("ي" + p);
            forms.Add("ت" + p);
            if (!defective) forms.Add("ي" + p + "ون");
        }
        return forms.Distinct();
    }

    /// <summary>Titles and texts of every *.jsonl.gz document, in file-name order (deterministic).</summary>
    public static IEnumerable<string> CorpusTexts(string dir)
    {
        foreach (var file in Directory.GetFiles(dir, "*.jsonl.gz").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress), new UTF8Encoding(false, true));
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0) continue;
                using var doc = JsonDocument.Parse(line);
                foreach (var field in new[] { "title", "text" })
                {
                    if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String) yield return v.GetString()!;
                }
            }
        }
    }

    /// <summary>Word keys of the corpus with their counts (و/ف peeled), for the ambiguity filters.</summary>
    public static Dictionary<string, int> CountWords(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in WordScanner.ScanAlone(text))
            {
                if (!word.IsLetters) continue;
                string key = word.Key.Length > 3 && word.Key[0] is 'و' or 'ف' ? word.Key[1..] : word.Key;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }

    private static bool IsMostlyNoun(string form, IReadOnlyDictionary<string, int> corpus)
    {
        int bare = corpus.GetValueOrDefault(form);
        int article = corpus.GetValueOrDefault("ال" + form);
        return article > 0 && article >= NounShare * (bare + article);
    }

    private static List<(string Id, string Code, string Verb, string[] Object)> ReadOwn(string file, out HashSet<string> denied)
    {
        denied = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<(string Id, string Code, string Verb, string[] Object)>();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f[0].StartsWith('!'))
            {
                denied.Add(MatchKey.Of(f[0].AsSpan(1)));
                continue;
            }
            var obj = f.Length > 2 ? ObjectKeys(f[2]) : Array.Empty<string>();
            rows.Add(("own:" + MatchKey.Of(f[0].Trim().Split(' ')[0]) + (obj.Length > 0 ? "+" + string.Join('+', obj) : ""), f[1].Trim(), f[0].Trim(), obj));
        }
        return rows;
    }

    private static IEnumerable<(string Id, string Code, string Verb, string[] Object)> ReadDictionary(string file, Action<string> count)
    {
        var lines = File.ReadAllLines(file);
        int at = Array.FindIndex(lines, l => l.Contains("VERB PATTERNS", StringComparison.Ordinal));
        string headerCode = "---";
        var verbs = new List<string>();
        for (int n = at + 1; n < lines.Length; n++)
        {
            string line = lines[n].Split('#')[0].Trim();
            if (line.Length == 0) continue;
            string id = "ar05:" + (n + 1);
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var h = Header().Match(line);
                headerCode = h.Success ? h.Groups[2].Value : "---";
                verbs.Clear();
                verbs.Add(h.Success ? h.Groups[1].Value : "");
                continue;
            }
            var code = CodeOf().Match(line);
            string own = code.Success ? code.Groups[1].Value : headerCode;
            string body = code.Success ? line[..code.Index].Trim() : line;
            if (line.StartsWith('-'))
            {
                // - * (على هجوم) [1124]: only the verb slot first, then plain words (no synsets &X, no $ or %).
                if (!body.StartsWith("- *", StringComparison.Ordinal) || !code.Success || body[3..].IndexOfAny("&$%*<>|=".ToCharArray()) >= 0)
                {
                    count("dropped: pattern needs a parse or a synonym set");
                    continue;
                }
                var obj = ObjectKeys(body[3..]);
                if (obj.Length == 0 || obj.Any(k => k.Length < 2 || k == "هوو"))
                {
                    count("dropped: pattern needs a parse or a synonym set");
                    continue;
                }
                if (obj.All(FunctionWords.Contains))
                {
                    // - * في [051], - * مع [030]: a preposition alone follows almost any verb (توقف في, اتفق مع).
                    count("dropped: pattern object is only a preposition");
                    continue;
                }
                if (obj.All(k => FunctionWords.Contains(k) || TimeWords.Contains(k)))
                {
                    // - *(ل يوم) [173] # مسك,اجرى: held for a day; with ل left to clitic peeling, any day after اجرى (اجرى
                    // مقابلة بعد يوم واحد) would be a detention. A time word follows almost any verb.
                    count("dropped: pattern object is only a time word");
                    continue;
                }
                // The comment after # names the verbs the pattern is for (- * اتفاق [160] # لغى,الغى); else the whole block.
                int hash = lines[n].IndexOf('#');
                var named = hash < 0 ? Array.Empty<string>() : lines[n][(hash + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var plain = (named.Length > 0 ? named : verbs.ToArray())
                    .Where(v => v.Length > 0 && !v.Contains('+') && !v.Contains(' ') && !v.Contains('_')).Distinct().ToArray();
                if (plain.Length > 0) yield return (id, own, string.Join('|', plain), obj);
                continue;
            }
            string entry = body.Replace('_', ' ').Trim();
            if (entry.Contains(' ') || entry.Length == 0)
            {
                count("dropped: verb entry not a single word");
                continue;
            }
            var parts = entry.Split('+');
            if (!verbs.Contains(parts[0])) verbs.Add(parts[0]);
            if (own == "---") continue;
            yield return (id, own, parts[0], parts.Skip(1).Select(w => MatchKey.Of(w)).ToArray());
        }
    }

    /// <summary>Keys of an object phrase: brackets dropped, the one-letter prepositions (ب ل ك) left to clitic peeling.</summary>
    private static string[] ObjectKeys(string phrase) =>
        phrase.Replace('(', ' ').Replace(')', ' ').Replace('{', ' ').Replace('}', ' ').Replace('_', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => MatchKey.Of(w))
            .Where(k => k is not ("ب" or "ل" or "ك") && k.Length > 0)
            .Select(k => k.StartsWith("ال", StringComparison.Ordinal) && k.Length > 4 ? k[2..] : k)
            .ToArray();

    [GeneratedRegex(@"^---\s*(\S+)\s*\[([0-9-]+)\]")]
    private static partial Regex Header();

    [GeneratedRegex(@"\[([0-9]{2,4})\]")]
    private static partial Regex CodeOf();
}
