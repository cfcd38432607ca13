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
}

/// <summary>The features of one split candidate, hashed (FNV-1a, stable across runs) for the perceptron.</summary>
public static class CandidateFeatures
{
    public static ulong[] Extract(string word, SplitCandidate c, IWordEvidence evidence)
    {
        var f = new List<ulong>(64);
        ExtractInto(word, c, evidence, f);
        return f.ToArray();
    }

    /// <summary>What the candidates of one word share, looked up once per word rather than once per candidate.</summary>
    private sealed class WordMemo
    {
        public string? Word, Stem;
        public IWordEvidence? Evidence;
        public int WordCount;
        public string NameWord = "", NameStem = "";
    }

    [ThreadStatic] private static WordMemo? t_memo;

    /// <summary>Appends the candidate's features to <paramref name="f"/> (cleared first); the hot path allocates no array.</summary>
    internal static void ExtractInto(string word, SplitCandidate c, IWordEvidence evidence, List<ulong> f)
    {
        f.Clear();
        var memo = t_memo ??= new WordMemo();
        if (!ReferenceEquals(memo.Word, word) || !ReferenceEquals(memo.Evidence, evidence))
        {
            memo.Word = word;
            memo.Evidence = evidence;
            memo.WordCount = evidence.CorpusCount(word);
            memo.NameWord = NameBucket(evidence.NameScore(word));
            memo.Stem = null;
        }
        if (!string.Equals(memo.Stem, c.StemSurface, StringComparison.Ordinal))
        {
            memo.Stem = c.StemSurface;
            memo.NameStem = NameBucket(evidence.NameScore(c.StemSurface));
        }
        int wordCount = memo.WordCount;
        int formCount = evidence.CorpusCount(c.StemForm);
        int surfaceCount = evidence.CorpusCount(c.StemSurface);
        int treeWord = evidence.TreebankWordCount(c.StemForm);
        int treeStem = evidence.TreebankStemCount(c.StemForm);
        string shape = $"{c.Prefix}{(c.ArticleLam ? "ال" : "")}|{(c.ParticleStem ? "P" : "")}|{c.Suffix}";
        string fb = Bucket(formCount), wb = Bucket(wordCount), sb = Bucket(surfaceCount);
        string tw = Bucket(treeWord), ts = Bucket(treeStem);
        string restoration = $"{c.Restoration}{c.SpellingSource}{c.InitialHamza}";
        int stemLength = Math.Min(c.StemSurface.Length, 9);

        Add(f, "bias");
        string nameWord = memo.NameWord;
        string nameStem = memo.NameStem;
        Add(f, "name", nameWord, shape);
        Add(f, "name-stem", nameStem, shape);
        Add(f, "name-cf", nameWord, fb, c.IsWhole ? "W" : "S");
        Add(f, "al-suf", c.StemForm.StartsWith("ال", StringComparison.Ordinal) ? "al" : "-", c.Suffix);
        Add(f, "shape", shape);
        Add(f, "pre", c.Prefix);
        Add(f, "suf", c.Suffix);
        Add(f, "n", Number(c.Pieces.Length));
        Add(f, "rest", restoration);
        Add(f, "rest-suf", restoration, c.Suffix);
        Add(f, "len", Number(stemLength));
        Add(f, "len-shape", Number(stemLength), shape);
        Add(f, "cf", fb);
        Add(f, "cf-pre", fb, c.Prefix);
        Add(f, "cf-suf", fb, c.Suffix);
        Add(f, "cf-cw", fb, wb);
        Add(f, "cf-cw-shape", fb, wb, shape);
        Add(f, "cs-cf", sb, fb);
        Add(f, "ratio", RatioBucket(formCount, wordCount), c.IsWhole ? "whole" : "split");
        Add(f, "ratio-shape", RatioBucket(formCount, wordCount), shape);
        Add(f, "tw", tw);
        Add(f, "ts", ts);
        Add(f, "tw-ts", tw, ts);
        Add(f, "tw-shape", tw, shape);
        Add(f, "ts-shape", ts, shape);
        Add(f, "tw-cf", tw, fb);
        Add(f, "first", c.Prefix, Head(c.StemSurface, 1));
        Add(f, "first2", c.Prefix, Head(c.StemSurface, 2));
        Add(f, "first3", c.Prefix, Head(c.StemSurface, 3));
        Add(f, "last2", Tail(c.StemForm, 2), c.Suffix);
        Add(f, "last1", Tail(c.StemForm, 1), c.Suffix, restoration);
        Add(f, "last3", Tail(c.StemForm, 3), c.Suffix);
        Add(f, "al", c.Prefix, c.StemForm.StartsWith("ال", StringComparison.Ordinal) ? "al" : "-");
        Add(f, "wordend", Tail(word, 2), c.Suffix);
        Add(f, "wordstart", Head(word, 2), c.Prefix);
        if (c.InitialHamza != '\0')
        {
            ReadOnlySpan<char> hamza = [c.InitialHamza];
            Add(f, "hz-skel", hamza, Skeleton(c.StemForm));
            Add(f, "hz-cf", hamza, fb);
            Add(f, "hz-first2", hamza, Head(c.StemSurface.StartsWith("ال", StringComparison.Ordinal) ? c.StemSurface[2..] : c.StemSurface, 3));
        }
        string split = c.IsWhole ? "W" : c.Prefix + "|" + c.Suffix;
        // Add(f, "tri", split, trigram) for each trigram of "^word$", the constant head hashed once.
        ulong head = Mix(Mix(Mix(Mix(FnvOffset, "tri"), Separator), split), Separator);
        Span<char> t = stackalloc char[3];
        for (int i = 0; i + 3 <= word.Length + 2; i++)
        {
            for (int k = 0; k < 3; k++)
            {
                int at = i + k - 1;
                t[k] = at < 0 ? '^' : at >= word.Length ? '$' : word[at];
            }
            f.Add(Mix(Mix(head, t), Separator));
        }
    }

    private const ulong FnvOffset = 14695981039346656037UL;
    private const string Separator = "\u0001";

    /// <summary>The stem's consonant skeleton with long vowels kept (إصلاح → إCCاC), article dropped.</summary>
    private static string Skeleton(string form)
    {
        var s = form.StartsWith("ال", StringComparison.Ordinal) ? form[2..] : form;
        var chars = s.ToCharArray();
        for (int i = 1; i < chars.Length; i++)
        {
            if (chars[i] is not ('ا' or 'و' or 'ي' or 'ة')) chars[i] = 'C';
        }
        return new string(chars);
    }

    private static ReadOnlySpan<char> Head(string s, int n) => s.AsSpan(0, Math.Min(n, s.Length));

    private static ReadOnlySpan<char> Tail(string s, int n) => s.AsSpan(s.Length - Math.Min(n, s.Length));

    private static readonly string[] Numbers = Enumerable.Range(-16, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string Number(int n) => Numbers[Math.Clamp(n, -16, 23) + 16];

    private static string NameBucket(float score) => Number(Math.Clamp((int)MathF.Round(score / 2), -8, 8));

    private static string Bucket(int count) => count == 0 ? "0" : Number(Math.Min(1 + (int)Math.Log2(count), 16));

    private static string RatioBucket(int part, int whole)
    {
        double r = Math.Log2(part + 1) - Math.Log2(whole + 1);
        return Number(Math.Clamp((int)Math.Round(r), -6, 6));
    }

    private static void Add(List<ulong> features, string name, ReadOnlySpan<char> a = default, ReadOnlySpan<char> b = default, ReadOnlySpan<char> c = default)
    {
        ulong h = 14695981039346656037UL;
        h = Mix(h, name);
        h = Mix(Mix(h, "\u0001"), a);
        h = Mix(Mix(h, "\u0001"), b);
        h = Mix(Mix(h, "\u0001"), c);
        features.Add(h);
    }

    private static ulong Mix(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        return h;
    }
}
