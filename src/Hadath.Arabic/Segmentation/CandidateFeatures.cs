using System.Collections.Concurrent;

namespace Hadath.Arabic.Segmentation;

/// <summary>What is known about words from data: the unlabeled corpus and (for the trained model) the treebank.</summary>
public interface IWordEvidence
{
    /// <summary>Occurrences as a free-standing word in the unlabeled corpus.</summary>
    int CorpusCount(string word);

    /// <summary>Occurrences as an unsplit token in the training treebank.</summary>
    int TreebankWordCount(string word);

    /// <summary>Occurrences as the stem of a split token in the training treebank.</summary>
    int TreebankStemCount(string word);

    /// <summary>How much the letters look like a transliterated name (log odds; 0 when unknown).</summary>
    float NameScore(string word);

    /// <summary>Corpus, treebank-word and treebank-stem counts of one spelling together (one lookup where the evidence allows).</summary>
    (int Corpus, int TreebankWord, int TreebankStem) Counts(string word) =>
        (CorpusCount(word), TreebankWordCount(word), TreebankStemCount(word));
}

/// <summary>The features of one split candidate, hashed (FNV-1a, stable across runs) for the perceptron.</summary>
public static class CandidateFeatures
{
    public static ulong[] Extract(string word, SplitCandidate c, IWordEvidence evidence)
    {
        var f = new List<ulong>(64);
        AppendTo(word, c, evidence, f);
        return f.ToArray();
    }

    /// <summary>What the candidates of one word share, looked up once per word rather than once per candidate.</summary>
    private sealed class WordMemo
    {
        public string? Word, Stem;
        public IWordEvidence? Evidence;
        public int WordCount;
        public string NameWord = "", NameStem = "";
        /// <summary>
        /// The trigram features last made for <see cref="Word"/> and the head they were made with (valid while
        /// <see cref="HasTrigrams"/>): they depend on nothing else, and the spellings of one split follow each other.
        /// </summary>
        public ulong TrigramHead;
        public bool HasTrigrams;
        public ulong[] Trigrams = new ulong[32];
    }

    [ThreadStatic] private static WordMemo? t_memo;

    /// <summary>Appends the candidate's features to <paramref name="f"/> after what it holds (a word's candidates one after another).</summary>
    internal static void AppendTo(string word, SplitCandidate c, IWordEvidence evidence, List<ulong> f)
    {
        var memo = t_memo ??= new WordMemo();
        var carried = CarriedCounts(c, evidence);
        if (!ReferenceEquals(memo.Word, word) || !ReferenceEquals(memo.Evidence, evidence))
        {
            memo.Word = word;
            memo.Evidence = evidence;
            // The whole word as written is the form of the first candidate, whose counts came with it.
            memo.WordCount = ReferenceEquals(c.StemForm, word) && carried is { } wordCounts
                ? wordCounts.Corpus : evidence.CorpusCount(word);
            memo.NameWord = NameBucket(evidence.NameScore(word));
            // The whole word is also the stem of its first candidate: its name score is the one just made.
            memo.Stem = word;
            memo.NameStem = memo.NameWord;
            memo.HasTrigrams = false;
        }
        if (!string.Equals(memo.Stem, c.StemSurface, StringComparison.Ordinal))
        {
            memo.Stem = c.StemSurface;
            memo.NameStem = NameBucket(evidence.NameScore(c.StemSurface));
        }
        int wordCount = memo.WordCount;
        var (formCount, treeWord, treeStem) = carried ?? evidence.Counts(c.StemForm);
        // The surface is often the form itself (a stem as written) or the whole word: no second lookup then.
        int surfaceCount = string.Equals(c.StemSurface, c.StemForm, StringComparison.Ordinal) ? formCount
            : ReferenceEquals(c.StemSurface, word) ? wordCount : evidence.CorpusCount(c.StemSurface);
        string shape = c.Shape ?? ShapeOf(c);
        string fb = Bucket(formCount), wb = Bucket(wordCount), sb = Bucket(surfaceCount);
        string tw = Bucket(treeWord), ts = Bucket(treeStem);
        string restoration = RestorationOf(c);
        int stemLength = Math.Min(c.StemSurface.Length, 9);

        Add(f, Names.Bias);
        string nameWord = memo.NameWord;
        string nameStem = memo.NameStem;
        Add(f, Names.Name, nameWord, shape);
        Add(f, Names.NameStem, nameStem, shape);
        Add(f, Names.NameCf, nameWord, fb, c.IsWhole ? "W" : "S");
        Add(f, Names.AlSuf, c.StemForm.StartsWith("ال", StringComparison.Ordinal) ? "al" : "-", c.Suffix);
        Add(f, Names.Shape, shape);
        Add(f, Names.Pre, c.Prefix);
        Add(f, Names.Suf, c.Suffix);
        Add(f, Names.N, Number(c.PieceCount));
        Add(f, Names.Rest, restoration);
        Add(f, Names.RestSuf, restoration, c.Suffix);
        Add(f, Names.Len, Number(stemLength));
        Add(f, Names.LenShape, Number(stemLength), shape);
        Add(f, Names.Cf, fb);
        Add(f, Names.CfPre, fb, c.Prefix);
        Add(f, Names.CfSuf, fb, c.Suffix);
        Add(f, Names.CfCw, fb, wb);
        Add(f, Names.CfCwShape, fb, wb, shape);
        Add(f, Names.CsCf, sb, fb);
        string ratio = RatioBucket(formCount, wordCount);
        Add(f, Names.Ratio, ratio, c.IsWhole ? "whole" : "split");
        Add(f, Names.RatioShape, ratio, shape);
        Add(f, Names.Tw, tw);
        Add(f, Names.Ts, ts);
        Add(f, Names.TwTs, tw, ts);
        Add(f, Names.TwShape, tw, shape);
        Add(f, Names.TsShape, ts, shape);
        Add(f, Names.TwCf, tw, fb);
        Add(f, Names.First, c.Prefix, Head(c.StemSurface, 1));
        Add(f, Names.First2, c.Prefix, Head(c.StemSurface, 2));
        Add(f, Names.First3, c.Prefix, Head(c.StemSurface, 3));
        Add(f, Names.Last2, Tail(c.StemForm, 2), c.Suffix);
        Add(f, Names.Last1, Tail(c.StemForm, 1), c.Suffix, restoration);
        Add(f, Names.Last3, Tail(c.StemForm, 3), c.Suffix);
        Add(f, Names.Al, c.Prefix, c.StemForm.StartsWith("ال", StringComparison.Ordinal) ? "al" : "-");
        Add(f, Names.Wordend, Tail(word, 2), c.Suffix);
        Add(f, Names.Wordstart, Head(word, 2), c.Prefix);
        if (c.InitialHamza != '\0') AddHamzaFeatures(c, fb, f);
        // Add(f, "tri", split, trigram) for each trigram of "^word$", where split is "W" or "prefix|suffix": the
        // constant head hashed once, piece by piece (FNV runs over characters, so no joined string is needed).
        ulong head = c.IsWhole ? Mix(Names.Tri, "W") : Mix(Mix(Mix(Names.Tri, c.Prefix), "|"), c.Suffix);
        head = MixSeparator(head);
        if (!memo.HasTrigrams || memo.TrigramHead != head)
        {
            if (memo.Trigrams.Length < word.Length) memo.Trigrams = new ulong[word.Length];
            for (int i = 0; i + 3 <= word.Length + 2; i++)
            {
                ulong h = head;
                for (int k = 0; k < 3; k++)
                {
                    int at = i + k - 1;
                    h = Mix(h, at < 0 ? '^' : at >= word.Length ? '$' : word[at]);
                }
                memo.Trigrams[i] = MixSeparator(h);
            }
            memo.TrigramHead = head;
            memo.HasTrigrams = true;
        }
        f.AddRange(memo.Trigrams.AsSpan(0, word.Length));
    }

    /// <summary>
    /// The features of a stem whose initial alef was given a hamza. Kept out of <see cref="AppendTo"/> for its stackalloc:
    /// a method with a loop and stackalloc is compiled optimized at once, without the runtime's profile.
    /// </summary>
    private static void AddHamzaFeatures(SplitCandidate c, string fb, List<ulong> f)
    {
        ReadOnlySpan<char> hamza = [c.InitialHamza];
        Span<char> skeleton = c.StemForm.Length <= 64 ? stackalloc char[64] : new char[c.StemForm.Length];
        Add(f, Names.HzSkel, hamza, skeleton[..Skeleton(c.StemForm, skeleton)]);
        Add(f, Names.HzCf, hamza, fb);
        Add(f, Names.HzFirst2, hamza, Head(c.StemSurface.StartsWith("ال", StringComparison.Ordinal) ? c.StemSurface.AsSpan(2) : c.StemSurface, 3));
    }

    /// <summary>The counts the generator read for the candidate's form, when they come from the index behind <paramref name="evidence"/>.</summary>
    private static (int Corpus, int TreebankWord, int TreebankStem)? CarriedCounts(SplitCandidate c, IWordEvidence evidence) =>
        c.StemCountsFrom is { } index && evidence is SegmenterModel model && ReferenceEquals(index, model.Spellings) ? c.StemCounts : null;

    // A few hundred distinct shapes and restorations exist (the clitic inventories are fixed): each string is made
    // once, not once per candidate of every new word.
    private static readonly ConcurrentDictionary<(string Prefix, bool ArticleLam, bool ParticleStem, string Suffix), string> Shapes = new();
    private static readonly ConcurrentDictionary<(StemRestoration Kind, string Source, char Hamza), string> Restorations = new();

    private static string ShapeOf(SplitCandidate c) =>
        Shapes.GetOrAdd((c.Prefix, c.ArticleLam, c.ParticleStem, c.Suffix),
            static k => CandidateGenerator.ShapeOf(k.Prefix, k.ArticleLam, k.ParticleStem, k.Suffix));

    private static string RestorationOf(SplitCandidate c)
    {
        // The generator's sources and hamzas index a table made once; anything else goes through the dictionary.
        int source = c.SpellingSource switch { "" => 0, "table" => 1, "corpus" => 2, _ => -1 };
        int hamza = c.InitialHamza switch { '\0' => 0, ArabicWordText.AlefWithHamzaAbove => 1, ArabicWordText.AlefWithHamzaBelow => 2, _ => -1 };
        int kind = (int)c.Restoration;
        if (source >= 0 && hamza >= 0 && kind < RestorationKinds) return RestorationNames[(kind * 3 + source) * 3 + hamza];
        return Restorations.GetOrAdd((c.Restoration, c.SpellingSource, c.InitialHamza), static k => RestorationName(k.Kind, k.Source, k.Hamza));
    }

    private static string RestorationName(StemRestoration kind, string source, char hamza) => $"{kind}{source}{hamza}";

    private const int RestorationKinds = (int)StemRestoration.HamzaOnLine + 1;

    private static readonly string[] RestorationNames =
    [
        .. from kind in Enumerable.Range(0, RestorationKinds)
           from source in (string[])["", "table", "corpus"]
           from hamza in (char[])['\0', ArabicWordText.AlefWithHamzaAbove, ArabicWordText.AlefWithHamzaBelow]
           select RestorationName((StemRestoration)kind, source, hamza),
    ];

    private const ulong FnvOffset = 14695981039346656037UL;
    private const string Separator = "\u0001";

    /// <summary>The stem's consonant skeleton with long vowels kept (إصلاح → إCCاC), article dropped, written into <paramref name="into"/>; returns its length.</summary>
    private static int Skeleton(string form, Span<char> into)
    {
        var s = form.StartsWith("ال", StringComparison.Ordinal) ? form.AsSpan(2) : form;
        for (int i = 0; i < s.Length; i++)
        {
            into[i] = i == 0 || s[i] is 'ا' or 'و' or 'ي' or 'ة' ? s[i] : 'C';
        }
        return s.Length;
    }

    private static ReadOnlySpan<char> Head(ReadOnlySpan<char> s, int n) => s[..Math.Min(n, s.Length)];

    private static ReadOnlySpan<char> Tail(string s, int n) => s.AsSpan(s.Length - Math.Min(n, s.Length));

    private static readonly string[] Numbers = Enumerable.Range(-16, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string Number(int n) => Numbers[Math.Clamp(n, -16, 23) + 16];

    private static string NameBucket(float score) => Number(Math.Clamp((int)MathF.Round(score / 2), -8, 8));

    // For a positive count the integer log is (int)Math.Log2's value (no int is near enough a power of two to round
    // across it) without the floating-point call; a negative count (never made) keeps the old path.
    private static string Bucket(int count) => count == 0 ? "0"
        : count > 0 ? Number(Math.Min(1 + System.Numerics.BitOperations.Log2((uint)count), 16))
        : Number(Math.Min(1 + (int)Math.Log2(count), 16));

    private static string RatioBucket(int part, int whole)
    {
        double r = Math.Log2(part + 1) - Math.Log2(whole + 1);
        return Number(Math.Clamp((int)Math.Round(r), -6, 6));
    }

    /// <summary>
    /// Each template's name hashed once with its separator: a candidate adds some forty features, and each word
    /// not seen before has a few candidates (2.2 on average over the 36,000 unmemorized words of 1,000 BBC stories), so hashing the names each time was repeated work. Same hashes as before, so models still load.
    /// </summary>
    private static class Names
    {
        public static readonly ulong Bias = Prefix("bias");
        public static readonly ulong Name = Prefix("name");
        public static readonly ulong NameStem = Prefix("name-stem");
        public static readonly ulong NameCf = Prefix("name-cf");
        public static readonly ulong AlSuf = Prefix("al-suf");
        public static readonly ulong Shape = Prefix("shape");
        public static readonly ulong Pre = Prefix("pre");
        public static readonly ulong Suf = Prefix("suf");
        public static readonly ulong N = Prefix("n");
        public static readonly ulong Rest = Prefix("rest");
        public static readonly ulong RestSuf = Prefix("rest-suf");
        public static readonly ulong Len = Prefix("len");
        public static readonly ulong LenShape = Prefix("len-shape");
        public static readonly ulong Cf = Prefix("cf");
        public static readonly ulong CfPre = Prefix("cf-pre");
        public static readonly ulong CfSuf = Prefix("cf-suf");
        public static readonly ulong CfCw = Prefix("cf-cw");
        public static readonly ulong CfCwShape = Prefix("cf-cw-shape");
        public static readonly ulong CsCf = Prefix("cs-cf");
        public static readonly ulong Ratio = Prefix("ratio");
        public static readonly ulong RatioShape = Prefix("ratio-shape");
        public static readonly ulong Tw = Prefix("tw");
        public static readonly ulong Ts = Prefix("ts");
        public static readonly ulong TwTs = Prefix("tw-ts");
        public static readonly ulong TwShape = Prefix("tw-shape");
        public static readonly ulong TsShape = Prefix("ts-shape");
        public static readonly ulong TwCf = Prefix("tw-cf");
        public static readonly ulong First = Prefix("first");
        public static readonly ulong First2 = Prefix("first2");
        public static readonly ulong First3 = Prefix("first3");
        public static readonly ulong Last2 = Prefix("last2");
        public static readonly ulong Last1 = Prefix("last1");
        public static readonly ulong Last3 = Prefix("last3");
        public static readonly ulong Al = Prefix("al");
        public static readonly ulong Wordend = Prefix("wordend");
        public static readonly ulong Wordstart = Prefix("wordstart");
        public static readonly ulong HzSkel = Prefix("hz-skel");
        public static readonly ulong HzCf = Prefix("hz-cf");
        public static readonly ulong HzFirst2 = Prefix("hz-first2");
        public static readonly ulong Tri = Prefix("tri");

        private static ulong Prefix(string name) => Mix(Mix(FnvOffset, name), Separator);
    }

    /// <summary>Adds the feature <paramref name="name"/> (a prefix from <see cref="Names"/>) with up to three values.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Add(List<ulong> features, ulong name, ReadOnlySpan<char> a = default, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default)
    {
        ulong h = Mix(name, a);
        h = Mix(MixSeparator(h), b);
        h = Mix(MixSeparator(h), c);
        features.Add(h);
    }

    /// <summary><see cref="Mix"/> of <see cref="Separator"/>, without a loop.</summary>
    private static ulong MixSeparator(ulong h) => Mix(h, '\u0001');

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var ch in s) h = Mix(h, ch);
        return h;
    }

    /// <summary>One FNV-1a step.</summary>
    private static ulong Mix(ulong h, char ch) => (h ^ ch) * 1099511628211UL;
}
