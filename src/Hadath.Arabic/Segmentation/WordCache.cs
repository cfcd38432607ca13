using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// A thread-safe, grow-only map from a spelling to a shared value, read by span. The segmenter asks it once for every
/// token of every document, and over a stream of news it holds a hundred thousand words, so a hit is bound by memory
/// misses: a dictionary of strings reads a bucket, then a node or entry, then the key string. Here a probe reads slots
/// that hold the spelling's first <see cref="InlineLetters"/> letters and its length, so a word that short (most
/// tokens) is recognised in the slot it lands on; a longer one compares its key string only once the inline part
/// matched. Keys and values sit apart in entries numbered in the order they came (the frequent words first, close
/// together), so the slots hold no references: the garbage collector never scans them, however many new words a
/// document writes into them. Readers take no lock: a writer fills an entry and a slot and publishes the slot by writing
/// its entry number last, and growth publishes new slots while readers finish on the old ones.
/// </summary>
internal sealed class WordCache<TValue> where TValue : class
{
    private const int InlineLetters = 7;
    private const int InitialSlots = 1 << 15;
    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;

    private struct Slot
    {
        /// <summary>Letters 0-3, 16 bits each.</summary>
        public ulong Head;
        /// <summary>Letters 4-6, then the length (capped at 0xFFFF) in the top 16 bits.</summary>
        public ulong Tail;
        /// <summary>The entry's number plus one; 0 while the slot is empty. Written last.</summary>
        public int Entry;
    }

    private struct Entry
    {
        public string Key;
        public TValue Value;
    }

    private readonly Lock _gate = new();
    private readonly int _maxCount;
    // Random per cache, so that text chosen to collide cannot lengthen the probe runs of every reader.
    private readonly ulong _seed = (ulong)Random.Shared.NextInt64() | 1;
    // Entries in chunks small enough to stay off the large object heap; the directory is sized for the cap up front.
    private readonly Entry[]?[] _chunks;
    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;

    /// <param name="maxCount">Past this many words the cache stops growing (a stream of ever-new strings).</param>
    public WordCache(int maxCount)
    {
        _maxCount = Math.Max(0, maxCount);
        _chunks = new Entry[]?[(_maxCount >> ChunkBits) + 1];
    }

    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value)
    {
        var slots = Volatile.Read(ref _slots);
        var (head, tail) = Pack(word);
        int mask = slots.Length - 1;
        for (int i = SlotOf(head, tail, word) & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            int entry = Volatile.Read(ref slot.Entry) - 1;
            if (entry < 0) break;
            if (slot.Head != head || slot.Tail != tail) continue;
            ref var found = ref _chunks[entry >> ChunkBits]![entry & (ChunkSize - 1)];
            if (word.Length <= InlineLetters || word.SequenceEqual(found.Key))
            {
                value = found.Value;
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
            if (_count >= _maxCount) return false;
            var slots = _slots;
            if ((_count + 1) * 2 > slots.Length)
            {
                slots = Grown(slots);
                Volatile.Write(ref _slots, slots);
            }
            var (head, tail) = Pack(key);
            int mask = slots.Length - 1;
            int i = SlotOf(head, tail, key) & mask;
            for (; slots[i].Entry != 0; i = (i + 1) & mask)
            {
                if (slots[i].Head == head && slots[i].Tail == tail && string.Equals(EntryAt(slots[i].Entry - 1).Key, key, StringComparison.Ordinal)) return false;
            }
            int number = _count;
            var chunk = _chunks[number >> ChunkBits];
            if (chunk is null) Volatile.Write(ref _chunks[number >> ChunkBits], chunk = new Entry[ChunkSize]);
            chunk[number & (ChunkSize - 1)] = new Entry { Key = key, Value = value };
            slots[i].Head = head;
            slots[i].Tail = tail;
            Volatile.Write(ref slots[i].Entry, number + 1);
            _count = number + 1;
            return true;
        }
    }

    private ref Entry EntryAt(int number) => ref _chunks[number >> ChunkBits]![number & (ChunkSize - 1)];

    /// <summary>Slots twice as many holding every entry of <paramref name="old"/>; filled before anyone sees them.</summary>
    private Slot[] Grown(Slot[] old)
    {
        var slots = new Slot[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Entry == 0) continue;
            int i = SlotOf(slot.Head, slot.Tail, EntryAt(slot.Entry - 1).Key) & mask;
            while (slots[i].Entry != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
        return slots;
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
