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
    private readonly CorpusLexicon _lexicon;
    private readonly IReadOnlyDictionary<string, string> _learnedSpellings;

    public CandidateGenerator(CorpusLexicon lexicon, IReadOnlyDictionary<string, string>? learnedSpellings = null)
    {
        _lexicon = lexicon;
        _learnedSpellings = learnedSpellings ?? new Dictionary<string, string>();
    }

    /// <summary>A run of proclitics: its letters, how many it consumes and whether its ل is the article's (لل).</summary>
    private sealed record Chain(string Conjunction, string Particle, string Letters, int Consumed, bool ArticleLam);

    private static readonly Chain[] Chains = BuildChains();
    private static readonly string[] Suffixes = ["", .. CliticInventory.Enclitics];

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
        foreach (var chain in Chains)
        {
            if (!word.StartsWith(chain.Letters, StringComparison.Ordinal)) continue;
            // The future سـ only comes before an imperfect verb (يـ تـ نـ أ).
            if (chain.Particle == "س" && (word.Length <= chain.Consumed || word[chain.Consumed] is not ('ي' or 'ت' or 'ن' or 'أ' or 'ا'))) continue;
            var rest = word.AsSpan(chain.Consumed);
            if (chain.Particle.Length == 1 && chain.Particle != "س" && EncliticOf(rest) is { } pronoun)
            {
                Add(result, word, chain.Conjunction, chain.Particle, particleStem: true, articleLam: false,
                    stemStart: chain.Conjunction.Length, stemEnd: chain.Consumed, suffix: pronoun, stemSurface: chain.Particle, stemForm: chain.Particle,
                    StemRestoration.AsWritten, "");
            }
            AddStems(result, word, chain.Conjunction, chain.Particle, chain.ArticleLam, chain.Consumed);
        }
        return result;
    }

    /// <summary>The inventory's string for an enclitic spelled <paramref name="s"/>, or null.</summary>
    private static string? EncliticOf(ReadOnlySpan<char> s)
    {
        foreach (var e in CliticInventory.Enclitics)
        {
            if (s.SequenceEqual(e)) return e;
        }
        return null;
    }

    private void AddStems(List<SplitCandidate> result, string word, string conjunction,
        string particle, bool articleLam, int stemStart)
    {
        foreach (var suffix in Suffixes)
        {
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
                ArabicWordText.Teh => (written[..^1] + ArabicWordText.TehMarbuta, StemRestoration.TaMarbuta),
                ArabicWordText.Waw => (written + ArabicWordText.Alef, StemRestoration.WawAlef),
                ArabicWordText.Alef => (written[..^1] + ArabicWordText.AlefMaksura, StemRestoration.AlefMaksura),
                ArabicWordText.YehWithHamzaAbove or ArabicWordText.WawWithHamzaAbove => (written[..^1] + ArabicWordText.Hamza, StemRestoration.HamzaOnLine),
                _ => null,
            };
            bool split = stemStart > 0 || suffix.Length > 0;
            AddSpelling(result, word, conjunction, particle, articleLam, stemStart, stemEnd, suffix, stem, written, writtenKind, split);
            if (restored is { } r) AddSpelling(result, word, conjunction, particle, articleLam, stemStart, stemEnd, suffix, stem, r.Form, r.Kind, split);
        }
    }

    private void AddSpelling(List<SplitCandidate> result, string word, string conjunction, string particle, bool articleLam,
        int stemStart, int stemEnd, string suffix, string stem, string form, StemRestoration kind, bool split)
    {
        Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, stem, form, kind, "");
        if (split && InitialAlefAt(form) is int at and >= 0)
        {
            foreach (var hamza in (ReadOnlySpan<char>)[ArabicWordText.AlefWithHamzaAbove, ArabicWordText.AlefWithHamzaBelow])
            {
                var restored = string.Concat(form.AsSpan(0, at), [hamza], form.AsSpan(at + 1));
                Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, stem, restored, kind, "", hamza);
            }
        }
        if (_learnedSpellings.TryGetValue(form, out var learned) && learned != form)
            Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, stem, learned, kind, "table");
        var usual = _lexicon.UsualSpelling(form);
        if (usual != form)
            Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, stem, usual, kind, "corpus");
    }

    /// <summary>Where a bare alef starts the stem proper (after an article), or -1.</summary>
    private static int InitialAlefAt(string form)
    {
        int at = form.StartsWith("ال", StringComparison.Ordinal) && form.Length > 3 ? 2 : 0;
        return form.Length > at + 2 && form[at] == ArabicWordText.Alef && !(at == 0 && form.StartsWith("ال", StringComparison.Ordinal)) ? at : -1;
    }

    private static void Add(List<SplitCandidate> result, string word, string conjunction,
        string particle, bool particleStem, bool articleLam, int stemStart, int stemEnd, string suffix, string stemSurface,
        string stemForm, StemRestoration kind, string source, char initialHamza = '\0')
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
        result.Add(new SplitCandidate
        {
            Prefix = particleStem || particle.Length == 0 ? conjunction : conjunction + particle,
            ArticleLam = articleLam,
            Suffix = suffix,
            StemSurface = stemSurface,
            StemForm = stemForm,
            Restoration = kind,
            SpellingSource = source,
            ParticleStem = particleStem,
            InitialHamza = initialHamza,
            Conjunction = conjunction,
            // لل contributes only its first ل: the second belongs to the article of the stem.
            Particle = particleStem || particle.Length == 0 ? "" : particle.Length == 1 ? particle : "ل",
            StemStart = stemStart,
            StemEnd = stemEnd,
            WordLength = word.Length,
        });
    }
}
