using System.Collections.Concurrent;
using System.Collections.Immutable;
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
    // Sized for a stream of news from the start: each growth rehashes every word under all the locks.
    private readonly ConcurrentDictionary<string, WordAnalysis> _cache = new(Environment.ProcessorCount, 1 << 16, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordAnalysis>.AlternateLookup<ReadOnlySpan<char>> _cacheBySpan;
    private readonly int _cacheCapacity;
    private int _cached;

    public CliticSegmenter(IWordAnalyzer analyzer, int cacheCapacity = 1 << 20)
    {
        _analyzer = analyzer;
        _cacheCapacity = cacheCapacity;
        _cacheBySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Description => _analyzer.Description;

    public IWordAnalyzer Analyzer => _analyzer;

    public ImmutableArray<Segment> Segment(ReadOnlySpan<char> token, TextSpan span) => Analyze(token).ToSegments(span);

    public WordAnalysis Analyze(ReadOnlySpan<char> token)
    {
        if (_cacheBySpan.TryGetValue(token, out var known)) return known;
        var surface = token.ToString();
        var analysis = Compute(surface);
        // Past the cap (a stream of ever-new strings) the cache stops growing rather than eating memory.
        if (Volatile.Read(ref _cached) < _cacheCapacity && _cache.TryAdd(surface, analysis))
        {
            Interlocked.Increment(ref _cached);
        }
        return analysis;
    }

    private WordAnalysis Compute(string surface)
    {
        if (surface.Length == 0 || surface.Length > 64 || !ArabicWordText.IsArabicWord(surface))
            return WordAnalysis.Whole(surface);
        if (!ArabicWordText.ContainsMark(surface)) return Checked(_analyzer.Analyze(surface), surface.Length) ?? WordAnalysis.Whole(surface);

        // Analyse the bare letters, then map each piece boundary back to the marked surface.
        var letterAt = new List<int>(surface.Length);
        for (int i = 0; i < surface.Length; i++)
        {
            if (!ArabicWordText.IsMark(surface[i])) letterAt.Add(i);
        }
        var letters = ArabicWordText.StripMarks(surface);
        if (letters.Length == 0) return WordAnalysis.Whole(surface);
        var bare = Checked(_analyzer.Analyze(letters), letters.Length);
        if (bare is null || letters.Length == 0) return WordAnalysis.Whole(surface);
        int Map(int offset) => offset == 0 ? 0 : offset >= letters.Length ? surface.Length : letterAt[offset];
        var pieces = bare.Pieces.Select(p => p with
        {
            Start = Map(p.Start),
            End = Map(p.End),
            // An unsplit word keeps its own (marked) spelling; restored forms stay as analysed.
            Form = bare.Pieces.Length == 1 && p.Form == letters ? surface : p.Form,
        });
        return new WordAnalysis(pieces.ToImmutableArray());
    }

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
