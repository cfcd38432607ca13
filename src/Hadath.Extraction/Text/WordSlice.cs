using System.Collections;

namespace Hadath.Extraction.Text;

/// <summary>
/// A run of a document's words, read in place (<see cref="DocumentWords.Slice"/>). The stages index their words
/// through <see cref="IReadOnlyList{T}"/>: on an array of a reference type each such read goes through the runtime's
/// shared generic array helper, which cost more than the rule reading the word; on this sealed class the JIT calls
/// (and mostly inlines) the indexer directly.
/// </summary>
internal sealed class WordSlice : IReadOnlyList<Word>
{
    private readonly Word[] _words;
    private readonly int _start;

    public WordSlice(Word[] words, int start, int count)
    {
        _words = words;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The array the words are read from, and where the first of them stands in it.</summary>
    public Word[] Source => _words;

    /// <inheritdoc cref="Source"/>
    public int Start => _start;

    public Word this[int index] => (uint)index < (uint)Count ? _words[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The words in place (shared: never modify them).</summary>
    public ReadOnlySpan<Word> AsSpan() => _words.AsSpan(_start, Count);

    public IEnumerator<Word> GetEnumerator() => new WordEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// A <see cref="WordSlice"/> whose end cuts a word (a window of 200 characters after a quote ends mid-word): the
/// words wholly inside read in place, then those of the cut piece, scanned on their own. A class of its own, so
/// that the slices of whole sentences (several per story and stage) stay as small as they were.
/// </summary>
internal sealed class CutWordSlice(Word[] words, int start, int whole, Word[] cut) : IReadOnlyList<Word>
{
    public int Count { get; } = whole + cut.Length;

    public Word this[int index] => (uint)index < (uint)whole ? words[start + index] : cut[index - whole];

    public IEnumerator<Word> GetEnumerator() => new WordEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// Written out, not an iterator method: an iterator's object kept a copy of the current word besides its state
/// (64 bytes, where this is 32).
/// </summary>
internal sealed class WordEnumerator(IReadOnlyList<Word> words) : IEnumerator<Word>
{
    private int _index = -1;

    public Word Current => words[_index];

    object IEnumerator.Current => Current;

    public bool MoveNext() => ++_index < words.Count;

    public void Reset() => _index = -1;

    public void Dispose()
    {
    }
}
