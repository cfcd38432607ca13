using System.Collections.Immutable;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// Lists every split of a word the clitic rules allow (و/ف, then ب/ل/ك/س or لل, a stem of two letters or more,
/// then a pronoun), each with the stem spellings worth considering. Choosing among them is the scorer's job.
/// </summary>
public sealed class CandidateGenerator
{
    private const int MinimumStemLength = 2;
    private readonly SpellingIndex _spellings;

    public CandidateGenerator(CorpusLexicon lexicon, IReadOnlyDictionary<string, string>? learnedSpellings = null)
        : this(new SpellingIndex(lexicon, learnedSpellings)) { }

    internal CandidateGenerator(SpellingIndex spellings) => _spellings = spellings;

    /// <summary>
    /// A run of proclitics: its letters, how many it consumes, whether its ل is the article's (لل), the prefix a
    /// split with it has, and each suffix's shape (the feature string), made once here rather than per candidate.
    /// </summary>
    private sealed record Chain(string Conjunction, string Particle, string Letters, int Consumed, bool ArticleLam)
    {
        public string Prefix { get; } = Particle.Length == 0 ? Conjunction : Conjunction + Particle;
        /// <summary>By index into <see cref="Suffixes"/>: the shape of a split with this chain and that suffix.</summary>
        public string[] Shapes { get; } = [.. Suffixes.Select(suffix => ShapeOf(Particle.Length == 0 ? Conjunction : Conjunction + Particle, ArticleLam, false, suffix))];
        /// <summary>By index into <see cref="CliticInventory.Enclitics"/>: the shape when the particle is the stem (به، لهم).</summary>
        public string[] ParticleStemShapes { get; } = [.. CliticInventory.Enclitics.Select(suffix => ShapeOf(Conjunction, false, true, suffix))];
    }

    /// <summary>The "shape" feature value of a split: prefix, article after لل, particle stem, suffix.</summary>
    internal static string ShapeOf(string prefix, bool articleLam, bool particleStem, string suffix) =>
        $"{prefix}{(articleLam ? "ال" : "")}|{(particleStem ? "P" : "")}|{suffix}";

    private static readonly string[] Suffixes = ["", .. CliticInventory.Enclitics];
    private static readonly Chain[] Chains = BuildChains();

    private static Chain[] BuildChains()
    {
        var chains = new List<Chain>();
        foreach (var conjunction in (string[])["", .. CliticInventory.Conjunctions])
        {
            foreach (var particle in (string[])["", "لل", .. CliticInventory.Particles])
            {
                bool articleLam = particle == "لل";
                chains.Add(new Chain(conjunction, particle, conjunction + particle, conjunction.Length + (articleLam ? 1 : particle.Length), articleLam));
            }
        }
        return chains.ToArray();
    }

    public List<SplitCandidate> Generate(string word)
    {
        var result = new List<SplitCandidate>(8);
        GenerateInto(word, result);
        return result;
    }

    /// <summary>
    /// <see cref="Generate"/> into a list the caller reuses (cleared first). With <paramref name="spare"/>, the
    /// candidates are that list's, filled again (made and added to it when it runs short): made anew for every new word,
    /// and they were most of what the segmenter allocated. They then hold only until the next call with that list.
    /// </summary>
    internal void GenerateInto(string word, List<SplitCandidate> result, List<SplitCandidate>? spare = null)
    {
        result.Clear();
        foreach (var chain in Chains)
        {
            if (!word.StartsWith(chain.Letters, StringComparison.Ordinal)) continue;
            // The future سـ only comes before an imperfect verb (يـ تـ نـ أ).
            if (chain.Particle == "س" && (word.Length <= chain.Consumed || word[chain.Consumed] is not ('ي' or 'ت' or 'ن' or 'أ' or 'ا'))) continue;
            var rest = word.AsSpan(chain.Consumed);
            if (chain.Particle.Length == 1 && chain.Particle != "س" && EncliticIndex(rest) is int pronoun and >= 0)
            {
                Add(result, spare, word, chain.Conjunction, chain.Particle, chain.Conjunction, chain.ParticleStemShapes[pronoun], particleStem: true, articleLam: false,
                    stemStart: chain.Conjunction.Length, stemEnd: chain.Consumed, suffix: CliticInventory.Enclitics[pronoun], stemSurface: chain.Particle, stemForm: chain.Particle,
                    StemRestoration.AsWritten, "");
            }
            AddStems(result, spare, word, chain);
        }
    }

    /// <summary>Where the enclitic spelled <paramref name="s"/> stands in the inventory, or -1.</summary>
    private static int EncliticIndex(ReadOnlySpan<char> s)
    {
        var enclitics = CliticInventory.Enclitics;
        for (int i = 0; i < enclitics.Length; i++)
        {
            if (s.SequenceEqual(enclitics[i])) return i;
        }
        return -1;
    }

    private void AddStems(List<SplitCandidate> result, List<SplitCandidate>? spare, string word, Chain chain)
    {
        bool articleLam = chain.ArticleLam;
        int stemStart = chain.Consumed;
        for (int s = 0; s < Suffixes.Length; s++)
        {
            var suffix = Suffixes[s];
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            int stemEnd = word.Length - suffix.Length;
            if (stemEnd - stemStart < MinimumStemLength && !(stemStart == 0 && suffix.Length == 0)) continue;
            var stem = stemStart == 0 && stemEnd == word.Length ? word : word[stemStart..stemEnd];
            // The stem as written (with its article back after لل), then at most one restored ending: the last
            // letter decides which, so there are never more than two spellings.
            string written = articleLam ? "ا" + stem : stem;
            var writtenKind = articleLam ? StemRestoration.Article : StemRestoration.AsWritten;
            (string Form, StemRestoration Kind)? restored = suffix.Length == 0 ? null : stem[^1] switch
            {
                ArabicWordText.Teh => (WithLast(written, ArabicWordText.TehMarbuta), StemRestoration.TaMarbuta),
                ArabicWordText.Waw => (written + ArabicWordText.Alef, StemRestoration.WawAlef),
                ArabicWordText.Alef => (WithLast(written, ArabicWordText.AlefMaksura), StemRestoration.AlefMaksura),
                ArabicWordText.YehWithHamzaAbove or ArabicWordText.WawWithHamzaAbove => (WithLast(written, ArabicWordText.Hamza), StemRestoration.HamzaOnLine),
                _ => null,
            };
            bool split = stemStart > 0 || suffix.Length > 0;
            var shape = chain.Shapes[s];
            AddSpelling(result, spare, word, chain, shape, stemStart, stemEnd, suffix, stem, written, writtenKind, split);
            if (restored is { } r) AddSpelling(result, spare, word, chain, shape, stemStart, stemEnd, suffix, stem, r.Form, r.Kind, split);
        }
    }

    private void AddSpelling(List<SplitCandidate> result, List<SplitCandidate>? spare, string word, Chain chain, string shape,
        int stemStart, int stemEnd, string suffix, string stem, string form, StemRestoration kind, bool split)
    {
        var (conjunction, particle, prefix, articleLam) = (chain.Conjunction, chain.Particle, chain.Prefix, chain.ArticleLam);
        // One lookup answers the learned table, the corpus spelling (for a spelling that folds to itself) and the
        // counts the scorer reads, which the candidate carries so that they are not looked up again.
        var facts = _spellings[form];
        Add(result, spare, word, conjunction, particle, prefix, shape, false, articleLam, stemStart, stemEnd, suffix, stem, form, kind, "", factsFrom: _spellings, facts: in facts);
        if (split && InitialAlefAt(form) is int at and >= 0)
        {
            foreach (var hamza in (ReadOnlySpan<char>)[ArabicWordText.AlefWithHamzaAbove, ArabicWordText.AlefWithHamzaBelow])
            {
                var restored = string.Concat(form.AsSpan(0, at), [hamza], form.AsSpan(at + 1));
                Add(result, spare, word, conjunction, particle, prefix, shape, false, articleLam, stemStart, stemEnd, suffix, stem, restored, kind, "", hamza);
            }
        }
        if (facts.Learned is { } learned && learned != form)
            Add(result, spare, word, conjunction, particle, prefix, shape, false, articleLam, stemStart, stemEnd, suffix, stem, learned, kind, "table");
        var usual = _spellings.UsualSpelling(form, facts);
        if (usual != form)
            Add(result, spare, word, conjunction, particle, prefix, shape, false, articleLam, stemStart, stemEnd, suffix, stem, usual, kind, "corpus");
    }

    /// <summary><paramref name="form"/> with its last letter written as <paramref name="last"/>: one string, not a cut and a join.</summary>
    private static string WithLast(string form, char last) => string.Concat(form.AsSpan(0, form.Length - 1), [last]);

    /// <summary>Where a bare alef starts the stem proper (after an article), or -1.</summary>
    private static int InitialAlefAt(string form)
    {
        int at = form.StartsWith("ال", StringComparison.Ordinal) && form.Length > 3 ? 2 : 0;
        return form.Length > at + 2 && form[at] == ArabicWordText.Alef && !(at == 0 && form.StartsWith("ال", StringComparison.Ordinal)) ? at : -1;
    }

    private static void Add(List<SplitCandidate> result, List<SplitCandidate>? spare, string word, string conjunction,
        string particle, string prefix, string shape, bool particleStem, bool articleLam, int stemStart, int stemEnd, string suffix, string stemSurface,
        string stemForm, StemRestoration kind, string source, char initialHamza = '\0', SpellingIndex? factsFrom = null, in SpellingFacts facts = default)
    {
        if (stemEnd <= stemStart) return;
        int lastPieceStart = suffix.Length > 0 ? stemEnd : stemStart;
        foreach (var other in result)
        {
            // The same split reached twice (a learned spelling equal to the corpus one).
            int otherLastStart = other.Suffix.Length > 0 ? other.StemEnd : other.StemStart;
            if (otherLastStart == lastPieceStart && other.StemForm == stemForm
                && other.Suffix == suffix && other.Prefix.Length == conjunction.Length + (particleStem ? 0 : particle.Length)
                && other.ParticleStem == particleStem && other.ArticleLam == articleLam) return;
        }
        SplitCandidate candidate;
        if (spare is null) candidate = new SplitCandidate();
        else if (result.Count < spare.Count) (candidate = spare[result.Count]).ForgetPieces();
        else spare.Add(candidate = new SplitCandidate());
        // Every property is written, so a candidate filled again keeps nothing of the word it was for.
        candidate.Prefix = prefix;
        candidate.Shape = shape;
        candidate.ArticleLam = articleLam;
        candidate.Suffix = suffix;
        candidate.StemSurface = stemSurface;
        candidate.StemForm = stemForm;
        candidate.Restoration = kind;
        candidate.SpellingSource = source;
        candidate.ParticleStem = particleStem;
        candidate.InitialHamza = initialHamza;
        candidate.Conjunction = conjunction;
        // لل contributes only its first ل: the second belongs to the article of the stem.
        candidate.Particle = particleStem || particle.Length == 0 ? "" : particle.Length == 1 ? particle : "ل";
        candidate.StemStart = stemStart;
        candidate.StemEnd = stemEnd;
        candidate.WordLength = word.Length;
        candidate.StemCounts = (facts.CorpusCount, facts.TreebankWordCount, facts.TreebankStemCount);
        candidate.StemCountsFrom = factsFrom;
        result.Add(candidate);
    }
}
