using Hadath.Core;

namespace Hadath.Extraction.Text;

/// <summary>
/// The words of the documents this thread is working on, each scanned once, with each word's proclitic readings
/// made on first use. The quote, time, count, event and actor stages all read the same words: a scan (a key string
/// per word) and a reading (a key string per peeled form) cost far more than looking them up. This is the one cache
/// of <see cref="WordScanner"/> and <see cref="Proclitics"/>. It holds the words of the last
/// <see cref="Pipeline.BatchSize"/> documents a thread read (a batch goes through each stage in turn, so every one
/// of its documents is read again by the next stage); the oldest is dropped when another text is read.
/// </summary>
internal sealed class DocumentWords
{
    /// <summary>The documents this thread read last, in the order they were first read (a ring, oldest at <see cref="t_oldest"/>).</summary>
    [ThreadStatic] private static DocumentWords?[]? t_recent;
    [ThreadStatic] private static int t_oldest, t_last;
    [ThreadStatic] private static List<Word>? t_scratch;
    [ThreadStatic] private static List<ulong>? t_packedScratch;
    private const int MaxKeptCapacity = 1 << 16;

    private readonly string _text;
    /// <summary>The words, in the first <see cref="_count"/> entries (the array may be a longer one kept from an earlier story).</summary>
    private readonly Word[] _words;
    private readonly int _count;
    /// <summary>Each word's key packed six bits a letter, or 0 (<see cref="PackedKeys"/>), in the first <see cref="_count"/> entries.</summary>
    private readonly ulong[] _packed;
    private readonly WordSlice _all;
    private static readonly WordSlice None = new([], 0, 0);
    private readonly Proclitics.Reading[]?[] _readings;
    private int _lastIndex = -1;

    private DocumentWords(string text, DocumentWords? replaced)
    {
        _text = text;
        // Scanned into a list this thread keeps, then copied into the words array of the document this one replaces
        // when it is long enough (see KeptWords), else into a new one of the exact size.
        var scratch = t_scratch ?? new List<Word>(1024);
        var packedScratch = t_packedScratch ?? new List<ulong>(1024);
        t_scratch = null;
        t_packedScratch = null;
        WordScanner.ForgetKeys();
        WordScanner.ScanInto(text, new TextSpan(0, text.Length), scratch, packedScratch);
        _count = scratch.Count;
        _words = KeptWords(replaced, _count) ?? new Word[_count];
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch).CopyTo(_words);
        _packed = replaced is not null && replaced._packed.Length >= _count && replaced._packed.Length <= MaxKeptCapacity ? replaced._packed : new ulong[_count];
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(packedScratch).CopyTo(_packed);
        scratch.Clear();
        packedScratch.Clear();
        if (scratch.Capacity <= MaxKeptCapacity) t_scratch = scratch;
        if (packedScratch.Capacity <= MaxKeptCapacity) t_packedScratch = packedScratch;
        _all = new WordSlice(_words, 0, _count);
        var spareReadings = KeptReadings(replaced);
        _readings = spareReadings is not null && spareReadings.Length >= _count ? spareReadings : new Proclitics.Reading[_count][];
    }

    /// <summary>The words of <paramref name="text"/>, scanned now unless this thread read it among its last documents.</summary>
    public static DocumentWords Of(string text)
    {
        var recent = t_recent ??= new DocumentWords?[Pipeline.BatchSize];
        if (Current(text) is { } known) return known;
        int at = t_oldest;
        t_oldest = (at + 1) % recent.Length;
        t_last = at;
        return recent[at] = new DocumentWords(text, recent[at]);
    }

    /// <summary>The words of <paramref name="text"/> when this thread read it among its last documents, else null (nothing is scanned).</summary>
    public static DocumentWords? Current(string text)
    {
        var recent = t_recent;
        if (recent is null) return null;
        // A stage asks again and again for the document it is on: the one asked for last is tried first.
        if (recent[t_last] is { } last && ReferenceEquals(last._text, text)) return last;
        for (int i = 0; i < recent.Length; i++)
        {
            if (recent[i] is { } document && ReferenceEquals(document._text, text))
            {
                t_last = i;
                return document;
            }
        }
        return null;
    }

    /// <summary>
    /// The readings table of the document this thread read longest ago (and drops now), emptied, for the next one to
    /// fill if it is long enough, so a story does not allocate a table a word long. Only the instance being replaced
    /// gives its table, and nothing reads it again (<see cref="Of"/> no longer hands it out). Only its own words' entries can be
    /// set (each table is emptied so before it is handed on), so only those are cleared.
    /// </summary>
    private static Proclitics.Reading[]?[]? KeptReadings(DocumentWords? replaced)
    {
        if (replaced is null || replaced._readings.Length > MaxKeptCapacity) return null;
        Array.Clear(replaced._readings, 0, replaced._count);
        return replaced._readings;
    }

    /// <summary>
    /// The words array of the document this thread read longest ago (and drops now), for the next one to fill when it
    /// is long enough, so a story does not allocate an array of its words (a third of the names stage's allocation).
    /// The replaced document's words are read no more: a slice is held only while a stage works on its story (a stage
    /// holds none of another story's), and a batch's stories all fit in the documents kept. The entries past the new count are
    /// cleared, so no key of the old story is held.
    /// </summary>
    private static Word[]? KeptWords(DocumentWords? replaced, int count)
    {
        if (replaced is null || replaced._words.Length > MaxKeptCapacity || replaced._words.Length < count) return null;
        if (replaced._count > count) Array.Clear(replaced._words, count, replaced._count - count);
        return replaced._words;
    }

    /// <summary>All the words of the document, in place (shared: never modify them), as <see cref="Slice"/> of the whole text.</summary>
    public ReadOnlySpan<Word> Words => _words.AsSpan(0, _count);

    /// <summary>
    /// Each of <see cref="Words"/>' keys packed six bits a letter (<see cref="KeyGateMemo.Packed(ReadOnlySpan{char})"/>), or 0
    /// for a number, a mark or a key that does not pack: packed once as the word is scanned, for the stages' memos of first
    /// tests (<see cref="KeyGateMemo.Of(string, ulong)"/>) to read by index where they packed every word of the story again.
    /// </summary>
    public ReadOnlySpan<ulong> PackedKeys => _packed.AsSpan(0, _count);

    /// <summary>The words of <paramref name="span"/>: exactly what scanning only that span finds (shared, never modify).</summary>
    public IReadOnlyList<Word> Slice(TextSpan span)
    {
        int start = Math.Max(0, span.Start), end = Math.Min(_text.Length, span.End);
        if (end <= start) return None;
        if (start == 0 && end == _text.Length) return _all;
        int first = FirstAtOrAfterFrom(_nextFirst, start);
        // A word cut by the start would be read differently from its middle: scan the span itself.
        if (first > 0 && _words[first - 1].End > start) return WordScanner.ScanUncached(_text, span);
        int last = FirstAtOrAfterFrom(first, end);
        _nextFirst = last;
        if (last > first && _words[last - 1].End > end) last--;
        // Words wholly inside read the same in the span as in the document; a word cut by the end is scanned on its own.
        int resume = last > first ? _words[last - 1].End : start;
        if (last >= _count || _words[last].Start >= end) return new WordSlice(_words, first, last - first);
        var cut = new List<Word>(2);
        WordScanner.ScanInto(_text, new TextSpan(resume, end), cut);
        return new CutWordSlice(_words, first, last - first, cut.ToArray());
    }

    /// <summary>
    /// Where the words of <paramref name="words"/> stand among this document's (the first one's index), when it is one
    /// of this document's slices, else -1: <see cref="ReadingsAt"/> then reads their readings by index, with no search.
    /// </summary>
    public int OffsetOf(IReadOnlyList<Word> words) => words is WordSlice slice && ReferenceEquals(slice.Source, _words) ? slice.Start : -1;

    /// <summary>The readings of this document's word <paramref name="index"/>, peeled on first use (as <see cref="ReadingsOf"/>).</summary>
    public Proclitics.Reading[] ReadingsAt(int index) => _readings[index] ??= Proclitics.Peel(_text, _words[index]);

    /// <summary>The readings of <paramref name="word"/> when it is one of this document's words, else null.</summary>
    public Proclitics.Reading[]? ReadingsOf(Word word)
    {
        int i = IndexOf(word);
        return i < 0 ? null : _readings[i] ??= Proclitics.Peel(_text, word);
    }

    private int IndexOf(Word word)
    {
        // Stages read words in order: the word after the last one asked for is tried before searching.
        int next = _lastIndex + 1;
        int i = next < _count && IsThis(_words[next], word) ? next : FirstAtOrAfter(word.Start);
        if (i >= _count || !IsThis(_words[i], word)) return -1;
        _lastIndex = i;
        return i;
    }

    /// <summary>
    /// Whether <paramref name="word"/> reads as this document's <paramref name="own"/>: the same span and key (a word
    /// cut by a span's end and scanned on its own has a key of its own), so the same readings. The key is mostly the
    /// same string, answered without reading its letters.
    /// </summary>
    private static bool IsThis(in Word own, in Word word) => own.Span == word.Span && own.Key == word.Key;

    /// <summary>Where the last slice ended: the stages read a document's sentences in order, so the next one mostly starts there.</summary>
    private int _nextFirst;

    /// <summary>
    /// <see cref="FirstAtOrAfter"/>, tried at <paramref name="hint"/> and the few words after it before searching: a
    /// sentence's words follow the last slice's, and its end is a few dozen words on.
    /// </summary>
    private int FirstAtOrAfterFrom(int hint, int offset)
    {
        const int Steps = 64;
        if (hint > 0 && (hint > _count || _words[hint - 1].Start >= offset)) return FirstAtOrAfter(offset);
        for (int i = hint, stop = Math.Min(_count, hint + Steps); i < stop; i++)
        {
            if (_words[i].Start >= offset) return i;
        }
        return hint + Steps >= _count ? _count : FirstAtOrAfter(offset);
    }

    private int FirstAtOrAfter(int offset) => WordScanner.FirstAtOrAfter(_words.AsSpan(0, _count), offset);
}
