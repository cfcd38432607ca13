using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// Segments tokens with an <see cref="IWordAnalyzer"/>, remembering the analysis of every distinct spelling
/// (thread-safe, looked up by span so a hit allocates nothing). Words with marks are analysed without them and the
/// pieces mapped back onto the marked letters; anything that is not an Arabic word stays one stem.
/// </summary>
public sealed class CliticSegmenter
{
    private readonly IWordAnalyzer _analyzer;
    private readonly WordCache<WordAnalysis> _cache;

    /// <param name="cacheCapacity">Past this many spellings (a stream of ever-new strings) the cache stops growing rather than eating memory.</param>
    public CliticSegmenter(IWordAnalyzer analyzer, int cacheCapacity = 1 << 20)
    {
        _analyzer = analyzer;
        _cache = new WordCache<WordAnalysis>(cacheCapacity);
    }

    public string Description => _analyzer.Description;

    public IWordAnalyzer Analyzer => _analyzer;

    public ImmutableArray<Segment> Segment(ReadOnlySpan<char> token, TextSpan span) => Analyze(token).ToSegments(span);

    /// <summary>Starts fetching what <see cref="Analyze"/> will read for <paramref name="token"/> (a hint; it changes nothing).</summary>
    public void Prefetch(ReadOnlySpan<char> token) => _cache.Prefetch(token);

    /// <summary>
    /// <see cref="Prefetch(ReadOnlySpan{char})"/>, returning what the token's lookup needs: <see cref="Analyze(ReadOnlySpan{char}, in SpellingProbe)"/>
    /// then packs and hashes it no second time.
    /// </summary>
    internal SpellingProbe PrefetchProbe(ReadOnlySpan<char> token)
    {
        var probe = _cache.Probe(token);
        _cache.Prefetch(probe);
        return probe;
    }

    public WordAnalysis Analyze(ReadOnlySpan<char> token) => Analyze(token, _cache.Probe(token));

    /// <summary><see cref="Analyze(ReadOnlySpan{char})"/> of a token whose <paramref name="probe"/> <see cref="PrefetchProbe"/> made.</summary>
    internal WordAnalysis Analyze(ReadOnlySpan<char> token, in SpellingProbe probe)
    {
        if (_cache.TryGetValue(token, probe, out var known)) return known;
        var surface = token.ToString();
        var analysis = Compute(surface);
        _cache.TryAdd(surface, analysis, probe);
        return analysis;
    }

    private WordAnalysis Compute(string surface)
    {
        if (surface.Length == 0 || surface.Length > 64 || !ArabicWordText.IsArabicWord(surface))
            return WordAnalysis.Whole(surface);
        if (!ArabicWordText.ContainsMark(surface)) return Checked(_analyzer.Analyze(surface), surface.Length) ?? WordAnalysis.Whole(surface);
        return ComputeMarked(surface);
    }

    /// <summary>A word with marks (at most 64 characters): the bare letters analysed, each piece boundary mapped back to the marked surface.</summary>
    private WordAnalysis ComputeMarked(string surface)
    {
        Span<int> letterAt = stackalloc int[surface.Length];
        int count = 0;
        for (int i = 0; i < surface.Length; i++)
        {
            if (!ArabicWordText.IsMark(surface[i])) letterAt[count++] = i;
        }
        var letters = ArabicWordText.StripMarks(surface);
        if (letters.Length == 0) return WordAnalysis.Whole(surface);
        var bare = Checked(_analyzer.Analyze(letters), letters.Length);
        if (bare is null) return WordAnalysis.Whole(surface);
        var pieces = new AnalyzedPiece[bare.Pieces.Length];
        for (int k = 0; k < pieces.Length; k++)
        {
            var p = bare.Pieces[k];
            pieces[k] = p with
            {
                Start = OnSurface(p.Start, letterAt[..count], surface.Length),
                End = OnSurface(p.End, letterAt[..count], surface.Length),
                // An unsplit word keeps its own (marked) spelling; restored forms stay as analysed.
                Form = pieces.Length == 1 && p.Form == letters ? surface : p.Form,
            };
        }
        return new WordAnalysis(ImmutableCollectionsMarshal.AsImmutableArray(pieces));
    }

    /// <summary>Where the letter offset <paramref name="offset"/> of the bare word falls on the marked surface.</summary>
    private static int OnSurface(int offset, ReadOnlySpan<int> letterAt, int surfaceLength) =>
        offset == 0 ? 0 : offset >= letterAt.Length ? surfaceLength : letterAt[offset];

    /// <summary>Guards the invariants every consumer relies on: pieces inside the word, in order.</summary>
    private static WordAnalysis? Checked(WordAnalysis analysis, int length)
    {
        int previous = 0;
        foreach (var p in analysis.Pieces)
        {
            if (p.Start < previous || p.End < p.Start || p.End > length || p.Form.Length == 0) return null;
            previous = p.Start;
        }
        return analysis;
    }
}
