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

    public List<SplitCandidate> Generate(string word)
    {
        var result = new List<SplitCandidate>(16);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var conjunction in (ReadOnlySpan<string>)["", .. CliticInventory.Conjunctions])
        {
            if (!word.StartsWith(conjunction, StringComparison.Ordinal)) continue;
            foreach (var particle in (ReadOnlySpan<string>)["", "لل", .. CliticInventory.Particles])
            {
                bool articleLam = particle == "لل";
                var consumed = conjunction + (articleLam ? "ل" : particle);
                if (!word.StartsWith(conjunction + particle, StringComparison.Ordinal)) continue;
                // The future سـ only comes before an imperfect verb (يـ تـ نـ أ).
                if (particle == "س" && (word.Length <= consumed.Length || word[consumed.Length] is not ('ي' or 'ت' or 'ن' or 'أ' or 'ا'))) continue;
                var rest = word.AsSpan(consumed.Length);
                if (particle.Length == 1 && particle != "س" && CliticInventory.IsEnclitic(rest))
                {
                    Add(result, seen, word, conjunction, particle, particleStem: true, articleLam: false,
                        stemStart: conjunction.Length, stemEnd: consumed.Length, suffix: rest.ToString(), stemForm: particle,
                        StemRestoration.AsWritten, "");
                }
                AddStems(result, seen, word, conjunction, particle, articleLam, consumed.Length);
            }
        }
        return result;
    }

    private void AddStems(List<SplitCandidate> result, HashSet<string> seen, string word, string conjunction,
        string particle, bool articleLam, int stemStart)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["", .. CliticInventory.Enclitics])
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
                Add(result, seen, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, form, kind, "");
                if (split && InitialAlefAt(form) is int at and >= 0)
                {
                    foreach (var hamza in (ReadOnlySpan<char>)[ArabicWordText.AlefWithHamzaAbove, ArabicWordText.AlefWithHamzaBelow])
                    {
                        var restored = string.Concat(form.AsSpan(0, at), [hamza], form.AsSpan(at + 1));
                        Add(result, seen, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, restored, kind, "", hamza);
                    }
                }
                if (_learnedSpellings.TryGetValue(form, out var learned) && learned != form)
                    Add(result, seen, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, learned, kind, "table");
                var usual = _lexicon.UsualSpelling(form);
                if (usual != form)
                    Add(result, seen, word, conjunction, particle, false, articleLam, stemStart, stemEnd, suffix, usual, kind, "corpus");
            }
        }
    }

    /// <summary>Where a bare alef starts the stem proper (after an article), or -1.</summary>
    private static int InitialAlefAt(string form)
    {
        int at = form.StartsWith("ال", StringComparison.Ordinal) && form.Length > 3 ? 2 : 0;
        return form.Length > at + 2 && form[at] == ArabicWordText.Alef && !(at == 0 && form.StartsWith("ال", StringComparison.Ordinal)) ? at : -1;
    }

    private static void Add(List<SplitCandidate> result, HashSet<string> seen, string word, string conjunction,
        string particle, bool particleStem, bool articleLam, int stemStart, int stemEnd, string suffix, string stemForm,
        StemRestoration kind, string source, char initialHamza = '\0')
    {
        if (stemEnd <= stemStart) return;
        var pieces = ImmutableArray.CreateBuilder<AnalyzedPiece>(4);
        int at = 0;
        foreach (var c in conjunction)
        {
            pieces.Add(new AnalyzedPiece(at, at + 1, c.ToString(), SegmentRole.Proclitic, true));
            at++;
        }
        if (!particleStem && particle.Length > 0)
        {
            pieces.Add(new AnalyzedPiece(at, at + 1, particle[..1], SegmentRole.Proclitic, true));
        }
        var stemSurface = word[stemStart..stemEnd];
        pieces.Add(new AnalyzedPiece(stemStart, stemEnd, stemForm, SegmentRole.Stem,
            ArabicWordText.SameLetters(stemForm, stemSurface)));
        if (suffix.Length > 0)
        {
            pieces.Add(new AnalyzedPiece(stemEnd, word.Length, suffix, SegmentRole.Enclitic, true));
        }
        var key = string.Join('|', pieces.Select(p => $"{p.Start}:{p.Form}"));
        if (!seen.Add(key)) return;
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
