using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// A thread-safe, grow-only map from a spelling to a shared value, read by span. The segmenter asks it once for every
/// token of every document, and over a stream of news it holds a hundred thousand words, so a hit is bound by memory
/// misses: a dictionary of strings reads a bucket, then a node or entry, then the key string. Here one slot holds the
/// spelling's first <see cref="InlineLetters"/> letters and its length next to the value, so a word that short (most
/// tokens) is matched in the one slot it lands on; a longer one compares its key string only once the inline part
/// matched. Readers take no lock: a writer fills a slot and publishes it by writing its key last, and growth
/// publishes a new table while readers finish on the old one.
/// </summary>
internal sealed class WordCache<TValue> where TValue : class
{
    private const int InlineLetters = 7;
    private const int InitialCapacity = 1 << 15;

    private struct Slot
    {
        /// <summary>Letters 0-3, 16 bits each.</summary>
        public ulong Head;
        /// <summary>Letters 4-6, then the length (capped at 0xFFFF) in the top 16 bits.</summary>
        public ulong Tail;
        /// <summary>Null while the slot is empty; written last.</summary>
        public string? Key;
        public TValue? Value;
    }

    private sealed class Table(int capacity)
    {
        public readonly Slot[] Slots = new Slot[capacity];
        public readonly int Mask = capacity - 1;
        public int Count;
    }

    private readonly Lock _gate = new();
    private readonly int _maxCount;
    // Random per cache, so that text chosen to collide cannot lengthen the probe runs of every reader.
    private readonly ulong _seed = (ulong)Random.Shared.NextInt64() | 1;
    private Table _table;

    /// <param name="maxCount">Past this many words the cache stops growing (a stream of ever-new strings).</param>
    public WordCache(int maxCount)
    {
        _maxCount = maxCount;
        _table = new Table(InitialCapacity);
    }

    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value)
    {
        var table = Volatile.Read(ref _table);
        var (head, tail) = Pack(word);
        var slots = table.Slots;
        int mask = table.Mask;
        for (int i = SlotOf(head, tail, word) & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var key = Volatile.Read(ref slot.Key);
            if (key is null) break;
            if (slot.Head == head && slot.Tail == tail && (word.Length <= InlineLetters || word.SequenceEqual(key)))
            {
                value = slot.Value!;
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>Adds <paramref name="key"/> unless present or the cache is full; false when not added.</summary>
    public bool TryAdd(string key, TValue value)
    {
        lock (_gate)
        {
            var table = _table;
            if (table.Count >= _maxCount) return false;
            if ((table.Count + 1) * 2 > table.Slots.Length)
            {
                table = Grown(table);
                Volatile.Write(ref _table, table);
            }
            var (head, tail) = Pack(key);
            int i = SlotOf(head, tail, key) & table.Mask;
            for (; table.Slots[i].Key is { } other; i = (i + 1) & table.Mask)
            {
                if (string.Equals(other, key, StringComparison.Ordinal)) return false;
            }
            ref var slot = ref table.Slots[i];
            slot.Head = head;
            slot.Tail = tail;
            slot.Value = value;
            Volatile.Write(ref slot.Key, key);
            table.Count++;
            return true;
        }
    }

    /// <summary>A table twice the size holding every entry of <paramref name="old"/>; filled before anyone sees it.</summary>
    private Table Grown(Table old)
    {
        var table = new Table(old.Slots.Length * 2) { Count = old.Count };
        foreach (var entry in old.Slots)
        {
            if (entry.Key is null) continue;
            int i = SlotOf(entry.Head, entry.Tail, entry.Key) & table.Mask;
            while (table.Slots[i].Key is not null) i = (i + 1) & table.Mask;
            table.Slots[i] = entry;
        }
        return table;
    }

    private static (ulong Head, ulong Tail) Pack(ReadOnlySpan<char> word)
    {
        ulong head = 0, tail = (ulong)Math.Min(word.Length, 0xFFFF) << 48;
        int headEnd = Math.Min(word.Length, 4), tailEnd = Math.Min(word.Length, InlineLetters);
        for (int i = 0; i < headEnd; i++) head |= (ulong)word[i] << (16 * i);
        for (int i = 4; i < tailEnd; i++) tail |= (ulong)word[i] << (16 * (i - 4));
        return (head, tail);
    }

    /// <summary>A hash of the whole spelling (the inline part already packed, then the letters past it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong head, ulong tail, ReadOnlySpan<char> word)
    {
        ulong h = (_seed ^ head) * 0x9E3779B97F4A7C15UL;
        h = (h ^ (h >> 29) ^ tail) * 0xBF58476D1CE4E5B9UL;
        for (int i = InlineLetters; i < word.Length; i++) h = (h ^ word[i]) * 0x100000001B3UL;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return (int)h & int.MaxValue;
    }
}
