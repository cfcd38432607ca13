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

    public Word this[int index] => (uint)index < (uint)Count ? _words[_start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<Word> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _words[_start + i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
