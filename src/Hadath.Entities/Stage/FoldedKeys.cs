using Hadath.Entities.Text;

namespace Hadath.Entities.Stage;

/// <summary>
/// The folded keys of one story's mentions (<see cref="Fold"/>), each a range of one character buffer with its word
/// count and its group, found by span: a story's mentions repeat, and a key is only its characters, never a string or
/// an array of words. Kept by a thread and cleared per story.
/// </summary>
internal sealed class FoldedKeys
{
    private struct Key
    {
        public int Start, Length, Words, Group;
    }

    private char[] _chars = new char[1024];
    private int _used;
    private Key[] _keys = new Key[64];
    private int _count;
    // Open addressing: a key's number + 1, 0 = empty; at most half full.
    private int[] _slots = new int[128];

    /// <summary>Past these sizes a thread does not keep the buffers for its next story.</summary>
    public bool IsLarge => _chars.Length > 1 << 16 || _slots.Length > 1 << 12;

    public ReadOnlySpan<char> this[int key] => _chars.AsSpan(_keys[key].Start, _keys[key].Length);

    public int WordCount(int key) => _keys[key].Words;

    public int GroupOf(int key) => _keys[key].Group;

    public void SetGroup(int key, int group) => _keys[key].Group = group;

    /// <summary>
    /// Writes the mention's words, each folded (<see cref="NameForms.Normalize(ReadOnlySpan{char}, Span{char})"/>),
    /// joined by one space, after the keys kept so far; returns it (valid until the next call). Folded words hold no
    /// white space, so the key splits back into exactly <paramref name="wordCount"/> words.
    /// </summary>
    public ReadOnlySpan<char> Fold(ReadOnlySpan<char> mention, out int wordCount)
    {
        // A key is never longer than its mention: folding drops characters, and one space stands for each run of them.
        if (_used + mention.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + mention.Length));
        var buffer = _chars.AsSpan(_used);
        int length = 0;
        wordCount = 0;
        int i = 0;
        while (i < mention.Length)
        {
            if (char.IsWhiteSpace(mention[i])) { i++; continue; }
            int end = i;
            while (end < mention.Length && !char.IsWhiteSpace(mention[end])) end++;
            if (wordCount++ > 0) buffer[length++] = ' ';
            length += NameForms.Normalize(mention[i..end], buffer[length..]);
            i = end;
        }
        return buffer[..length];
    }

    /// <summary>The number of a kept key with these characters, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        int mask = _slots.Length - 1;
        for (int slot = string.GetHashCode(key) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (this[_slots[slot] - 1].SequenceEqual(key)) return _slots[slot] - 1;
        }
        return -1;
    }

    /// <summary>Keeps the key <see cref="Fold"/> wrote last (not kept yet, <paramref name="length"/> characters); returns its number.</summary>
    public int Keep(int length, int wordCount)
    {
        if ((_count + 1) * 2 > _slots.Length) Grow();
        if (_count == _keys.Length) Array.Resize(ref _keys, _count * 2);
        _keys[_count] = new Key { Start = _used, Length = length, Words = wordCount, Group = -1 };
        _used += length;
        Insert(_count);
        return _count++;
    }

    /// <summary>Forgets every key.</summary>
    public void Clear()
    {
        if (_count > 0) Array.Clear(_slots);
        _count = 0;
        _used = 0;
    }

    /// <summary>
    /// Whether <paramref name="words"/> (a key) are consecutive words of <paramref name="name"/> (another): its
    /// characters at a word start of the name, ending at a word end. Words hold no space, so the spaces line up.
    /// </summary>
    public static bool HoldsWords(ReadOnlySpan<char> name, ReadOnlySpan<char> words)
    {
        for (int start = 0; start + words.Length <= name.Length; start++)
        {
            if (start > 0 && name[start - 1] != ' ') continue;
            int end = start + words.Length;
            if ((end == name.Length || name[end] == ' ') && name.Slice(start, words.Length).SequenceEqual(words)) return true;
        }
        return false;
    }

    private void Insert(int key)
    {
        int mask = _slots.Length - 1;
        int slot = string.GetHashCode(this[key]) & mask;
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        _slots[slot] = key + 1;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        for (int key = 0; key < _count; key++) Insert(key);
    }
}
