using Hadath.Entities.Lexicon;
using Hadath.Entities.Text;

namespace Hadath.Entities.Tagging;

/// <summary>Which feature families are on; saved with the model so a model always extracts what it was trained on.</summary>
public sealed record FeatureOptions
{
    public bool Clusters { get; init; } = true;
    public bool Gazetteer { get; init; } = true;
    public bool Affixes { get; init; } = true;
    public bool WideContext { get; init; } = true;

    /// <summary>Letter trigrams inside the stem: transliterated foreign names share pieces (ـوف, سكي, ـيتش).</summary>
    public bool CharNgrams { get; init; }

    /// <summary>Neighbours' suffixes and clusters two words away, and the word pair around the current word.</summary>
    public bool NeighbourShapes { get; init; }

    /// <summary>The second pass also reads the first pass's labels of the word and its neighbours (stacking).</summary>
    public bool Stacked { get; init; }

    /// <summary>
    /// How often the stem occurs in the unlabeled corpus (log band) and how its article-less and ال forms compare:
    /// common nouns occur both ways (رئيس / الرئيس), names mostly one way (ديابي never takes ال).
    /// </summary>
    public bool Frequency { get; init; }

    /// <summary>
    /// The word pairs with the previous and with the next word (templates 19, 20). Like the other two switches below,
    /// a feature that combines words: tagging looks it up per token in the joint table (a type's own features are
    /// summed once per word type), so each costs a probe per token.
    /// </summary>
    public bool WordPairs { get; init; } = true;

    /// <summary>The pair of the two previous words' stems (template 35; only with <see cref="WideContext"/>).</summary>
    public bool StemPair { get; init; } = true;

    /// <summary>The previous word with this word's mid cluster (template 38; only with <see cref="Clusters"/>).</summary>
    public bool WordClusterPair { get; init; } = true;
}

/// <summary>
/// Turns the words of one sentence into hashed feature keys per word. Everything a word contributes is computed
/// once (<see cref="WordInfo"/>), then the templates combine neighbours' values; no strings are allocated.
/// </summary>
internal sealed partial class FeatureExtractor
{
    private const int MaxWordChars = 64;

    /// <summary>The feature every word has (the label prior); it also carries the tuned mention bias.</summary>
    public static readonly ulong AlwaysOn = FeatureHash.Feature(1, 0);
    private readonly WordLexicon _lexicon;
    private readonly FeatureOptions _options;

    public FeatureExtractor(WordLexicon lexicon, FeatureOptions options)
    {
        _lexicon = lexicon;
        _options = options;
    }

    /// <summary>
    /// Training only: leaves out a word's identity features (its forms and the word pairs it is in) with this
    /// probability, as if the word had never been seen, so the model learns to find names from their context,
    /// affixes and clusters (word dropout). Null at tagging time.
    /// </summary>
    public (double Probability, Random Random)? IdentityDropout { get; init; }

    internal struct WordInfo
    {
        public ulong Raw, Norm, Stem, Clitic, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, Trigrams;
        public int Shape, Fine, Mid, Coarse;
        public GazetteerClass Gazetteer;
        public int Phrase;
        /// <summary>Whether the word's stem opens a multi-word gazetteer phrase (where <see cref="MarkPhrases"/> looks for one).</summary>
        public bool PhraseHead;
        public int FrequencyBand, ArticleBand;
        public int NormStart, NormLength, StemStart, StemLength;
    }

    /// <summary>
    /// Appends the feature keys of every word to <paramref name="keys"/>; word i owns
    /// <c>keys[starts[i]..starts[i+1]]</c>. <paramref name="document"/> adds second-pass features when given;
    /// <paramref name="stems"/>, when given, receives each word's stem key (what <see cref="DocumentMemory"/> records).
    /// </summary>
    public void Extract(IReadOnlyList<string> words, DocumentMemory? document, List<ulong> keys, int[] starts, ulong[]? stems = null)
    {
        int n = words.Count;
        // Per-thread scratch reused across sentences (Describe overwrites every field it reads back, Phrase is reset here).
        var info = t_info is { } kept && kept.Length >= n ? kept : t_info = new WordInfo[Math.Max(n, 64)];
        var chars = t_chars is { } keptChars && keptChars.Length >= n * MaxWordChars * 2 ? keptChars : t_chars = new char[Math.Max(n, 64) * MaxWordChars * 2];
        Array.Clear(info, 0, n);
        for (int i = 0; i < n; i++)
        {
            Describe(words[i], FeatureHash.Of(Head(words[i])), chars.AsSpan(i * MaxWordChars * 2, MaxWordChars * 2), i * MaxWordChars * 2, ref info[i]);
        }
        if (_options.Gazetteer && _lexicon.MaxPhraseTokens > 1) MarkPhrases(info.AsSpan(0, n), chars);
        if (stems is not null)
        {
            for (int i = 0; i < n; i++) stems[i] = info[i].Stem;
        }

        // Tagging reads these features as rows: a word's own features summed by role (WordTypeCache.Sums, filled by
        // SumRoles) and the combining ones by PairRows (FeatureExtractor.Rows.cs). AppendTokenRows lists every row in
        // this same order and is the tests' reference: a new feature goes there too, and a per-word one into the right
        // SumRoles range (FeatureRowsTests compare the scores bit for bit).
        keys.Clear();
        var dropout = IdentityDropout;
        for (int i = 0; i < n; i++)
        {
            starts[i] = keys.Count;
            ref var w = ref info[i];
            ref readonly var prev = ref i > 0 ? ref info[i - 1] : ref Boundaries[1];
            ref readonly var next = ref i + 1 < n ? ref info[i + 1] : ref Boundaries[3];
            ref readonly var prev2 = ref i > 1 ? ref info[i - 2] : ref Boundaries[0];
            ref readonly var next2 = ref i + 2 < n ? ref info[i + 2] : ref Boundaries[4];

            keys.Add(AlwaysOn);
            bool known = dropout is not { } d || d.Random.NextDouble() >= d.Probability;
            if (known)
            {
                keys.Add(FeatureHash.Feature(2, w.Norm));
                if (w.Raw != w.Norm) keys.Add(FeatureHash.Feature(3, w.Raw));
                keys.Add(FeatureHash.Feature(4, w.Stem));
                if (_options.WordPairs)
                {
                    keys.Add(FeatureHash.Feature(19, FeatureHash.Combine(prev.Norm, w.Norm)));
                    keys.Add(FeatureHash.Feature(20, FeatureHash.Combine(w.Norm, next.Norm)));
                }
            }
            keys.Add(FeatureHash.Feature(5, w.Clitic));
            keys.Add(FeatureHash.Feature(12, (ulong)w.Shape));
            keys.Add(FeatureHash.Feature(13, prev.Norm));
            keys.Add(FeatureHash.Feature(14, next.Norm));
            keys.Add(FeatureHash.Feature(17, prev.Stem));
            keys.Add(FeatureHash.Feature(18, next.Stem));
            keys.Add(ShapeTrigramKey(prev.Shape, w.Shape, next.Shape));
            if (i == 0) keys.Add(SentenceStartKey);
            if (_options.WideContext)
            {
                keys.Add(FeatureHash.Feature(15, prev2.Norm));
                keys.Add(FeatureHash.Feature(16, next2.Norm));
                if (_options.StemPair) keys.Add(FeatureHash.Feature(35, FeatureHash.Combine(prev2.Stem, prev.Stem)));
            }
            if (_options.Affixes)
            {
                keys.Add(FeatureHash.Feature(6, w.Pre1));
                keys.Add(FeatureHash.Feature(7, w.Pre2));
                keys.Add(FeatureHash.Feature(8, w.Pre3));
                keys.Add(FeatureHash.Feature(9, w.Suf1));
                keys.Add(FeatureHash.Feature(10, w.Suf2));
                keys.Add(FeatureHash.Feature(11, w.Suf3));
            }
            if (_options.CharNgrams && w.StemLength > 3)
            {
                var stemChars = chars.AsSpan(w.StemStart, w.StemLength);
                for (int c = 0; c + 3 <= stemChars.Length; c++) keys.Add(FeatureHash.Feature(50, FeatureHash.Of(stemChars.Slice(c, 3))));
            }
            if (_options.NeighbourShapes)
            {
                keys.Add(FeatureHash.Feature(51, prev.Suf2));
                keys.Add(FeatureHash.Feature(52, next.Suf2));
                keys.Add(FeatureHash.Feature(53, FeatureHash.Combine(prev.Norm, next.Norm)));
                keys.Add(FeatureHash.Feature(54, (ulong)(long)prev2.Mid));
                keys.Add(FeatureHash.Feature(55, (ulong)(long)next2.Mid));
            }
            if (_options.Clusters)
            {
                keys.Add(FeatureHash.Feature(21, (ulong)(long)w.Fine));
                keys.Add(FeatureHash.Feature(22, (ulong)(long)w.Mid));
                keys.Add(FeatureHash.Feature(23, (ulong)(long)w.Coarse));
                keys.Add(FeatureHash.Feature(24, (ulong)(long)prev.Mid));
                keys.Add(FeatureHash.Feature(25, (ulong)(long)next.Mid));
                keys.Add(FeatureHash.Feature(26, (ulong)(long)prev.Coarse));
                keys.Add(FeatureHash.Feature(27, (ulong)(long)next.Coarse));
                keys.Add(FeatureHash.Feature(36, (ulong)(long)prev.Fine));
                keys.Add(FeatureHash.Feature(37, (ulong)(long)next.Fine));
                if (_options.WordClusterPair) keys.Add(FeatureHash.Feature(38, FeatureHash.Combine(prev.Norm, (ulong)(long)w.Mid)));
            }
            if (_options.Frequency)
            {
                keys.Add(FeatureHash.Feature(60, (ulong)w.FrequencyBand));
                keys.Add(FeatureHash.Feature(61, (ulong)w.ArticleBand));
                keys.Add(FeatureHash.Feature(62, FeatureHash.Combine((ulong)w.FrequencyBand, (ulong)w.ArticleBand, (ulong)w.Shape)));
            }
            if (_options.Gazetteer)
            {
                if (w.Gazetteer != GazetteerClass.None) keys.Add(FeatureHash.Feature(28, (ulong)w.Gazetteer));
                if (prev.Gazetteer != GazetteerClass.None) keys.Add(FeatureHash.Feature(29, (ulong)prev.Gazetteer));
                if (next.Gazetteer != GazetteerClass.None) keys.Add(FeatureHash.Feature(30, (ulong)next.Gazetteer));
                if (w.Phrase != 0) keys.Add(FeatureHash.Feature(31, (ulong)w.Phrase));
            }
            document?.AddFeatures(w.Stem, keys);
        }
        starts[n] = keys.Count;
    }

    [ThreadStatic] private static WordInfo[]? t_info;
    [ThreadStatic] private static char[]? t_chars;

    /// <summary>The pseudo-words before and after a sentence, at offsets −2, −1, (unused 0), +1, +2.</summary>
    private static readonly WordInfo[] Boundaries = [Boundary(-2), Boundary(-1), default, Boundary(1), Boundary(2)];

    private static WordInfo Boundary(int offset)
    {
        ulong h = FeatureHash.Feature(99, (ulong)(offset + 10));
        return new WordInfo { Raw = h, Norm = h, Stem = h, Shape = -offset, Fine = -2, Mid = -2, Coarse = -2 };
    }

    /// <summary>The part of a word that features read: its first <see cref="MaxWordChars"/> characters.</summary>
    internal static ReadOnlySpan<char> Head(ReadOnlySpan<char> word) => word.Length > MaxWordChars ? word[..MaxWordChars] : word;

    /// <summary>The hash of no characters (a word's proclitics when it has none).</summary>
    private static readonly ulong NoCharsHash = FeatureHash.Of([]);

    /// <summary>
    /// Describes <paramref name="word"/>, whose <see cref="Head"/>'s hash the caller has (a new word type's came with its
    /// cache lookup). A form equal to the one before it (the folded form to the word, the stem to the folded form, as
    /// most words are) takes that one's hash instead of hashing the same characters again.
    /// </summary>
    private void Describe(ReadOnlySpan<char> word, ulong rawHash, Span<char> buffer, int bufferOffset, ref WordInfo info)
    {
        var raw = Head(word);
        info.Raw = rawHash;
        var norm = buffer[..MaxWordChars];
        int length = NameForms.Normalize(raw, norm);
        norm = norm[..length];
        info.Norm = norm.SequenceEqual(raw) ? rawHash : FeatureHash.Of(norm);
        info.NormStart = bufferOffset;
        info.NormLength = length;
        info.Shape = NameForms.Shape(raw);

        int clitic = NameForms.ProcliticLength(norm);
        var stem = buffer.Slice(MaxWordChars, MaxWordChars);
        int stemLength;
        if (clitic > 0 && norm[clitic - 1] == NameForms.Lam && norm[clitic] == NameForms.Lam)
        {
            // ل + ال is written لل: the stem is the word with its article, الرئيس for للرئيس.
            stem[0] = NameForms.Alef;
            norm[clitic..].CopyTo(stem[1..]);
            stemLength = length - clitic + 1;
        }
        else
        {
            norm[clitic..].CopyTo(stem);
            stemLength = length - clitic;
        }
        stem = stem[..stemLength];
        info.StemStart = bufferOffset + MaxWordChars;
        info.StemLength = stemLength;
        // Without proclitics the stem is the folded form itself (ل + ال always has one).
        info.Stem = clitic == 0 ? info.Norm : FeatureHash.Of(stem);
        info.Clitic = clitic == 0 ? NoCharsHash : FeatureHash.Of(norm[..clitic]);

        var core = stem.StartsWith("ال") && stem.Length > 3 ? stem[2..] : stem;
        info.Pre1 = FeatureHash.Of(core[..Math.Min(1, core.Length)]);
        info.Pre2 = FeatureHash.Of(core[..Math.Min(2, core.Length)]);
        info.Pre3 = FeatureHash.Of(core[..Math.Min(3, core.Length)]);
        info.Suf1 = FeatureHash.Of(core[Math.Max(0, core.Length - 1)..]);
        info.Suf2 = FeatureHash.Of(core[Math.Max(0, core.Length - 2)..]);
        info.Suf3 = FeatureHash.Of(core[Math.Max(0, core.Length - 3)..]);

        var entry = _lexicon.Find(norm, info.Norm, out info.PhraseHead);
        var stemEntry = clitic > 0 ? _lexicon.Find(stem, info.Stem, out info.PhraseHead) : entry;
        int fine = entry.Cluster >= 0 ? entry.Cluster : stemEntry.Cluster;
        info.Fine = fine;
        info.Mid = fine >= 0 ? _lexicon.FineToMid[fine] : -1;
        info.Coarse = fine >= 0 ? _lexicon.FineToCoarse[fine] : -1;
        info.Gazetteer = entry.Gazetteer | stemEntry.Gazetteer;
        if (_options.Frequency) DescribeFrequency(stem, stemEntry.Count, ref info);
    }

    /// <summary>Log-count band of the stem, and the log ratio of its ال form's count to its bare form's (both from the corpus).</summary>
    private void DescribeFrequency(ReadOnlySpan<char> stem, int stemCount, ref WordInfo info)
    {
        Span<char> scratch = stackalloc char[MaxWordChars + 2];
        info.FrequencyBand = stemCount == 0 ? 0 : 1 + Math.Min(15, System.Numerics.BitOperations.Log2((uint)stemCount));
        int withArticle, without;
        if (stem.StartsWith("ال") && stem.Length > 3)
        {
            withArticle = stemCount;
            without = _lexicon.Find(stem[2..]).Count;
        }
        else
        {
            scratch[0] = NameForms.Alef;
            scratch[1] = NameForms.Lam;
            stem.CopyTo(scratch[2..]);
            withArticle = _lexicon.Find(scratch[..(stem.Length + 2)]).Count;
            without = stemCount;
        }
        info.ArticleBand = withArticle + without == 0
            ? 0
            : 10 + Math.Clamp(System.Numerics.BitOperations.Log2((uint)withArticle + 1) - System.Numerics.BitOperations.Log2((uint)without + 1), -5, 5);
    }

    /// <summary>Marks words covered by a multi-word gazetteer phrase (the first word may carry clitics: والولايات المتحدة).</summary>
    private void MarkPhrases(Span<WordInfo> info, char[] chars)
    {
        Span<char> key = stackalloc char[MaxWordChars * 8];
        for (int i = 0; i < info.Length; i++)
        {
            if (!info[i].PhraseHead) continue;
            int maxLength = Math.Min(_lexicon.MaxPhraseTokens, info.Length - i);
            // The key grows a token at a time (the first word's stem, then the next words' forms) until no phrase goes
            // on from it; the longest phrase met wins.
            var first = chars.AsSpan(info[i].StemStart, info[i].StemLength);
            first.CopyTo(key);
            int k = first.Length, longest = 0;
            var found = GazetteerClass.None;
            for (int length = 2; length <= maxLength; length++)
            {
                ref readonly var word = ref info[i + length - 1];
                key[k++] = ' ';
                chars.AsSpan(word.NormStart, word.NormLength).CopyTo(key[k..]);
                k += word.NormLength;
                var step = _lexicon.FindPhraseStep(key[..k]);
                if (step.Classes != GazetteerClass.None) (longest, found) = (length, step.Classes);
                if (!step.GoesOn) break;
            }
            if (longest == 0) continue;
            info[i].Phrase = (int)found * 2;
            for (int j = i + 1; j < i + longest; j++) info[j].Phrase = (int)found * 2 + 1;
            i += longest - 1;
        }
    }
}
