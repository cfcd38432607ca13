using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Hadath.Entities.Lexicon;
using Hadath.Entities.Text;

namespace Hadath.Entities.Training;

/// <summary>
/// Builds the <see cref="WordLexicon"/> shipped in the model from ../shared/data: word clusters from the
/// Apache-2.0 Jawhara FM corpus (plus the training sentences), and a gazetteer from the sources whose licences
/// allow redistribution (MIT, ISC, Unicode-3.0). ANERGazet (no licence) and world-countries (ODbL) are left out.
/// </summary>
public static class LexiconBuilder
{
    /// <summary>Gazetteer files and the columns read from them; every one is MIT, ISC or Unicode-3.0.</summary>
    private static readonly (string File, string[] Columns, GazetteerClass Class)[] GazetteerSources =
    [
        ("countries-ar/countries_ar.tsv", ["ar_i18n_iso_countries", "ar_cldr", "ar_cldr_alt_short", "ar_cldr_alt_variant"], GazetteerClass.Country | GazetteerClass.Location),
        ("countries-ar/cldr_territories_ar_en.tsv", ["name_ar"], GazetteerClass.Location),
        ("cities-ar/cldr_tz_exemplar_cities_ar.tsv", ["city_ar"], GazetteerClass.Location),
        ("cities-ar/subdivisions_iso3166-2_ar.tsv", ["subdivision_name"], GazetteerClass.Location),
        ("person-names/arabic-name-to-en_names_ar_translit.tsv", ["name_ar"], GazetteerClass.PersonName),
    ];

    private static readonly string[] PersonNameLists =
    [
        "person-names/akhateeb_male_first_names_ar.txt",
        "person-names/akhateeb_female_first_names_ar.txt",
        "person-names/akhateeb_last_names_ar.txt",
    ];

    /// <summary>The commercial-safe default: clusters from the Apache-2.0 Jawhara FM corpus only.</summary>
    public static readonly string[] DefaultClusterCorpora = ["ant-jawharafm"];

    /// <param name="clusterCorpora">Folders under corpus/ read for the clusters; any beyond Jawhara FM changes the model's licence (see MODEL_CARD.md).</param>
    /// <param name="maxCorpusTokens">Cap on unlabeled tokens read (each corpus gets an equal share) so clustering stays a few CPU-minutes.</param>
    public static WordLexicon Build(string dataDirectory, IEnumerable<IReadOnlyList<string>> trainingSentences,
        bool clusters, bool gazetteer, int seed, TextWriter log, IReadOnlyList<string>? clusterCorpora = null, long maxCorpusTokens = 15_000_000,
        int clusterVocabulary = 40000, int fineClusters = 512, SkipGramEmbedder? skipGram = null)
    {
        var words = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        int[] fineToMid = [], fineToCoarse = [];
        if (clusters)
        {
            var folders = clusterCorpora ?? DefaultClusterCorpora;
            long share = maxCorpusTokens / Math.Max(1, folders.Count);
            var corpus = folders.SelectMany(f => CapTokens(ReadCorpus(Path.Combine(dataDirectory, "corpus", f)), share)).Concat(trainingSentences);
            var result = new WordClusterer { VocabularySize = clusterVocabulary, FineClusters = fineClusters, SkipGram = skipGram }.Cluster(corpus, seed, log);
            foreach (var (form, (cluster, count)) in result.Words) words[form] = new WordEntry(cluster, count, GazetteerClass.None);
            fineToMid = result.FineToMid;
            fineToCoarse = result.FineToCoarse;
        }
        var phrases = new Dictionary<string, GazetteerClass>(StringComparer.Ordinal);
        int maxPhrase = 1;
        if (gazetteer)
        {
            foreach (var (name, c) in ReadGazetteer(Path.Combine(dataDirectory, "gazetteers")))
            {
                var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => NameForms.Normalize(p)).ToArray();
                if (parts.Length == 0 || parts.Length > 6) continue;
                if (parts.Length == 1)
                {
                    var entry = words.GetValueOrDefault(parts[0], WordEntry.Unknown);
                    words[parts[0]] = entry with { Gazetteer = entry.Gazetteer | c };
                }
                else
                {
                    string key = string.Join(' ', parts);
                    phrases[key] = phrases.GetValueOrDefault(key) | c;
                    maxPhrase = Math.Max(maxPhrase, parts.Length);
                }
            }
            log.WriteLine($"gazetteer: {words.Values.Count(e => e.Gazetteer != 0):N0} single words, {phrases.Count:N0} phrases");
        }
        return new WordLexicon(words, fineToMid, fineToCoarse, phrases, maxPhrase);
    }

    private static IEnumerable<(string Name, GazetteerClass Class)> ReadGazetteer(string directory)
    {
        foreach (var (file, columns, c) in GazetteerSources)
        {
            var lines = File.ReadAllLines(Path.Combine(directory, file), Encoding.UTF8);
            var header = lines[0].Split('\t');
            var indices = columns.Select(name => Array.IndexOf(header, name)).Where(i => i >= 0).ToArray();
            int scriptColumn = Array.IndexOf(header, "name_is_arabic_script");
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split('\t');
                if (scriptColumn >= 0 && (scriptColumn >= fields.Length || fields[scriptColumn] != "1")) continue;
                foreach (int i in indices)
                {
                    if (i < fields.Length && Clean(fields[i]) is { } name) yield return (name, c);
                }
            }
        }
        foreach (var file in PersonNameLists)
        {
            foreach (var line in File.ReadLines(Path.Combine(directory, file), Encoding.UTF8))
            {
                if (Clean(line) is { } name) yield return (name, GazetteerClass.PersonName);
            }
        }
    }

    /// <summary>Drops glosses in parentheses ("هيبرون (مدينة الخليل)") and anything not written in Arabic.</summary>
    private static string? Clean(string value)
    {
        int paren = value.IndexOf('(');
        if (paren >= 0) value = value[..paren];
        value = value.Trim();
        if (value.Length < 2 || !value.Any(NameForms.IsArabicLetter) || value.Any(char.IsAsciiLetter)) return null;
        return value;
    }

    private static IEnumerable<IReadOnlyList<string>> CapTokens(IEnumerable<IReadOnlyList<string>> sentences, long maxTokens)
    {
        long tokens = 0;
        foreach (var sentence in sentences)
        {
            if (tokens >= maxTokens) yield break;
            tokens += sentence.Count;
            yield return sentence;
        }
    }

    /// <summary>The text of every article in the gzip JSON Lines files of a corpus folder, as word lists per sentence.</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadCorpus(string directory)
    {
        foreach (var path in Directory.GetFiles(directory, "*.jsonl.gz").Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0) continue;
                using var json = JsonDocument.Parse(line);
                foreach (var field in new[] { "title", "text" })
                {
                    if (json.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        foreach (var sentence in SplitWords(value.GetString()!)) yield return sentence;
                    }
                }
            }
        }
    }

    /// <summary>A rough word split for unlabeled text: letter/digit runs and single punctuation marks, sentences at . ؟ ! and line ends.</summary>
    internal static IEnumerable<List<string>> SplitWords(string text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && words.Count > 0) { yield return words; words = new List<string>(); }
                i++;
                continue;
            }
            int start = i;
            if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i])) i++;
            }
            else
            {
                i++;
            }
            words.Add(text[start..i]);
            if (c is '.' or '؟' or '!' or '?' && words.Count > 0) { yield return words; words = new List<string>(); }
        }
        if (words.Count > 0) yield return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == NameForms.Tatweel;
}
