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
            if (chain.Particle.Length == 1 && chain.Particle != "س" && CliticInventory.IsEnclitic(rest))
            {
                Add(result, word, chain.Conjunction, chain.Particle, particleStem: true, articleLam: false,
                    stemStart: chain.Conjunction.Length, stemEnd: chain.Consumed, suffix: rest.ToString(), stemForm: chain.Particle,
                    StemRestoration.AsWritten, "");
            }
            AddStems(result, word, chain.Conjunction, chain.Particle, chain.ArticleLam, chain.Consumed);
        }
        return result;
    }

    private void AddStems(List<SplitCandidate> result, string word, string conjunction,
        string particle, bool articleLam, int stemStart)
    {
        foreach (var suffix in Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            int stemEnd = word.Length - suffix.Length;
            if (stemEnd - stemStart < MinimumStemLength && !(stemStart == 0 && suffix.Length == 0)) continue;
            var stem = word[stemStart..stemEnd];
            var spellings = new List<(string Form, StemRestoration Kind)>(3);
            if (articleLam) spellings.Add(("ا" + stem, StemRestoration.Article));
            else spellings.Add((stem, StemRestoration.AsWritten));
            if (suffix.Length > 0 && stem[^1] == ArabicWordText.Teh)
                spellings.Add((spellings[0].Form[..^1] + ArabicWordText.TehMarbuta, StemRestoration.TaMarbuta));
            if (suffix.Length > 0 && stem[^1] == ArabicWordText.Waw)
                spellings.Add((spellings[0].Form + ArabicWordText.Alef, StemRestoration.WawAlef));
            if (suffix.Length > 0 && stem[^1] == ArabicWordText.Alef)
                spellings.Add((spellings[0].Form[..^1] + ArabicWordText.AlefMaksura, StemRestoration.AlefMaksura));
            if (suffix.Length > 0 && stem[^1] is ArabicWordText.YehWithHamzaAbove or ArabicWordText.WawWithHamzaAbove)
                spellings.Add((spellings[0].Form[..^1] + ArabicWordText.Hamza, StemRestoration.HamzaOnLine));
            bool split = stemStart > 0 || suffix.Length > 0;
            foreach (var (form, kind) in spellings)
            {
                Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, form, kind, "");
                if (split && InitialAlefAt(form) is int at and >= 0)
                {
                    foreach (var hamza in (ReadOnlySpan<char>)[ArabicWordText.AlefWithHamzaAbove, ArabicWordText.AlefWithHamzaBelow])
                    {
                        var restored = string.Concat(form.AsSpan(0, at), [hamza], form.AsSpan(at + 1));
                        Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, restored, kind, "", hamza);
                    }
                }
                if (_learnedSpellings.TryGetValue(form, out var learned) && learned != form)
                    Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, learned, kind, "table");
                var usual = _lexicon.UsualSpelling(form);
                if (usual != form)
                    Add(result, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, usual, kind, "corpus");
            }
        }
    }

    /// <summary>Where a bare alef starts the stem proper (after an article), or -1.</summary>
    private static int InitialAlefAt(string form)
    {
        int at = form.StartsWith("ال", StringComparison.Ordinal) && form.Length > 3 ? 2 : 0;
        return form.Length > at + 2 && form[at] == ArabicWordText.Alef && !(at == 0 && form.StartsWith("ال", StringComparison.Ordinal)) ? at : -1;
    }

    private static void Add(List<SplitCandidate> result, string word, string conjunction,
        string particle, bool particleStem, bool articleLam, int stemStart, int stemEnd, string suffix, string stemForm,
        StemRestoration kind, string source, char initialHamza = '\0')
    {
        if (stemEnd <= stemStart) return;
        foreach (var other in result)
        {
            // The same split reached twice (a learned spelling equal to the corpus one).
            if (other.Pieces[^1].Start == (suffix.Length > 0 ? stemEnd : stemStart) && other.StemForm == stemForm
                && other.Suffix == suffix && other.Prefix.Length == conjunction.Length + (particleStem ? 0 : particle.Length)
                && other.ParticleStem == particleStem && other.ArticleLam == articleLam) return;
        }
        var pieces = ImmutableArray.CreateBuilder<AnalyzedPiece>(4);
        int at = 0;
        if (conjunction.Length > 0)
        {
            pieces.Add(new AnalyzedPiece(at, at + conjunction.Length, conjunction, SegmentRole.Proclitic, true));
            at += conjunction.Length;
        }
        if (!particleStem && particle.Length > 0)
        {
            // لل contributes only its first ل: the second belongs to the article of the stem.
            pieces.Add(new AnalyzedPiece(at, at + 1, particle.Length == 1 ? particle : "ل", SegmentRole.Proclitic, true));
        }
        var stemSurface = word[stemStart..stemEnd];
        pieces.Add(new AnalyzedPiece(stemStart, stemEnd, stemForm, SegmentRole.Stem,
            ArabicWordText.SameLetters(stemForm, stemSurface)));
        if (suffix.Length > 0)
        {
            pieces.Add(new AnalyzedPiece(stemEnd, word.Length, suffix, SegmentRole.Enclitic, true));
        }
        result.Add(new SplitCandidate
        {
            Prefix = conjunction + (particleStem ? "" : particle),
            ArticleLam = articleLam,
            Suffix = suffix,
            StemSurface = stemSurface,
            StemForm = stemForm,
            Restoration = kind,
            SpellingSource = source,
            ParticleStem = particleStem,
            InitialHamza = initialHamza,
            Pieces = pieces.ToImmutable(),
        });
    }
}
