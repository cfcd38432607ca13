using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// A thread-safe, grow-only map from a spelling to a shared value, read by span. The segmenter asks it once for every
/// token of every document, and over a stream of news it holds a hundred thousand words, so a hit is bound by memory
/// misses: a dictionary of strings reads a bucket, then a node or entry, then the key string. Here a probe reads slots
/// that hold the spelling packed (<see cref="PackedSpelling"/>: whole for nearly every token), so a word is recognised
/// in the slot it lands on; only a spelling too long or too mixed to pack whole compares its key string. Values and keys
/// sit apart in chunks numbered in the order they came (the frequent words first, close together; a value is all a hit
/// reads), so the slots hold no references: the garbage collector never scans them, however many new words a document
/// writes into them (with references in the slots, collections of the young generations came twice as often and the
/// old generation was collected during a 1000-article pass). Readers take no lock: a writer fills an entry and a slot
/// and publishes the slot by writing its entry number last, and growth publishes new slots while readers finish on the
/// old ones.
/// </summary>
internal sealed class WordCache<TValue> where TValue : class
{
    private const int InitialSlots = 1 << 15;
    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;

    private struct Slot
    {
        /// <summary>The spelling packed (<see cref="PackedSpelling.Pack"/>).</summary>
        public ulong Head, Tail;
        /// <summary>The entry's number plus one; 0 while the slot is empty. Written last.</summary>
        public int Entry;
    }

    private readonly Lock _gate = new();
    private readonly int _maxCount;
    // Random per cache, so that text chosen to collide cannot lengthen the probe runs of every reader.
    private readonly ulong _seed = (ulong)Random.Shared.NextInt64() | 1;
    // Entries in chunks small enough to stay off the large object heap; the directories are sized for the cap up front.
    private readonly TValue[]?[] _values;
    private readonly string[]?[] _keys;
    private Slot[] _slots = new Slot[InitialSlots];
    private int _count;

    /// <param name="maxCount">Past this many words the cache stops growing (a stream of ever-new strings).</param>
    public WordCache(int maxCount)
    {
        _maxCount = Math.Max(0, maxCount);
        _values = new TValue[]?[(_maxCount >> ChunkBits) + 1];
        _keys = new string[]?[(_maxCount >> ChunkBits) + 1];
    }

    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out TValue value) => TryGetValue(word, Probe(word), out value);

    /// <summary>
    /// <see cref="TryGetValue(ReadOnlySpan{char}, out TValue)"/> with <paramref name="word"/> packed and hashed already
    /// (<see cref="Probe"/>, by this cache), as a caller that prefetched the word's slot has it.
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> word, in SpellingProbe probe, [MaybeNullWhen(false)] out TValue value)
    {
        var slots = Volatile.Read(ref _slots);
        ulong head = probe.Head, tail = probe.Tail;
        int mask = slots.Length - 1;
        for (int i = probe.Hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            int entry = Volatile.Read(ref slot.Entry) - 1;
            if (entry < 0) break;
            if (slot.Head != head || slot.Tail != tail) continue;
            if (probe.Complete || word.SequenceEqual(KeyAt(entry)))
            {
                value = _values[entry >> ChunkBits]![entry & (ChunkSize - 1)];
                return true;
            }
        }
        value = null;
        return false;
    }

    /// <summary>
    /// <paramref name="word"/> packed and hashed for this cache: the hash, not a slot, so it stays good when the slots
    /// grow before the word is looked up.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public SpellingProbe Probe(ReadOnlySpan<char> word)
    {
        var (head, tail) = PackedSpelling.Pack(word, out bool complete);
        return new SpellingProbe(head, tail, PackedSpelling.Hash(_seed, head, tail, complete, word), complete);
    }

    /// <summary>
    /// Asks the processor to fetch the slot where <paramref name="word"/> would be found, without waiting for it: a
    /// caller that knows its next words (a document's tokens) overlaps their memory misses instead of taking them one
    /// after another.
    /// </summary>
    public void Prefetch(ReadOnlySpan<char> word) => Prefetch(Probe(word));

    /// <summary><see cref="Prefetch(ReadOnlySpan{char})"/> of a word probed already; the probe then serves its lookup too.</summary>
    public unsafe void Prefetch(in SpellingProbe probe)
    {
        if (!Sse.IsSupported) return;
        var slots = Volatile.Read(ref _slots);
        Sse.Prefetch0(Unsafe.AsPointer(ref slots[probe.Hash & (slots.Length - 1)]));
    }

    /// <summary>Adds <paramref name="key"/> unless present or the cache is full; false when not added.</summary>
    public bool TryAdd(string key, TValue value) => TryAdd(key, value, Probe(key));

    /// <summary>
    /// <see cref="TryAdd(string, TValue)"/> with <paramref name="key"/> packed and hashed already (<see cref="Probe"/>,
    /// by this cache), as a caller that looked the word up first has it.
    /// </summary>
    public bool TryAdd(string key, TValue value, in SpellingProbe probe)
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
            ulong head = probe.Head, tail = probe.Tail;
            bool complete = probe.Complete;
            int mask = slots.Length - 1;
            int i = probe.Hash & mask;
            for (; slots[i].Entry != 0; i = (i + 1) & mask)
            {
                if (slots[i].Head == head && slots[i].Tail == tail && (complete || string.Equals(KeyAt(slots[i].Entry - 1), key, StringComparison.Ordinal))) return false;
            }
            int number = _count;
            var values = _values[number >> ChunkBits];
            if (values is null)
            {
                Volatile.Write(ref _keys[number >> ChunkBits], new string[ChunkSize]);
                Volatile.Write(ref _values[number >> ChunkBits], values = new TValue[ChunkSize]);
            }
            _keys[number >> ChunkBits]![number & (ChunkSize - 1)] = key;
            values[number & (ChunkSize - 1)] = value;
            slots[i].Head = head;
            slots[i].Tail = tail;
            Volatile.Write(ref slots[i].Entry, number + 1);
            _count = number + 1;
            return true;
        }
    }

    private string KeyAt(int number) => _keys[number >> ChunkBits]![number & (ChunkSize - 1)];

    /// <summary>Slots twice as many holding every entry of <paramref name="old"/>; filled before anyone sees them.</summary>
    private Slot[] Grown(Slot[] old)
    {
        var slots = new Slot[old.Length * 2];
        int mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Entry == 0) continue;
            // Only a spelling packed in part has its key string read (and hashed past the packing).
            bool complete = PackedSpelling.IsComplete(slot.Tail);
            int i = PackedSpelling.Hash(_seed, slot.Head, slot.Tail, complete, complete ? default : KeyAt(slot.Entry - 1)) & mask;
            while (slots[i].Entry != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }
        return slots;
    }
}

/// <summary>A spelling packed (<see cref="PackedSpelling"/>) and hashed for one <see cref="WordCache{TValue}"/>.</summary>
internal readonly record struct SpellingProbe(ulong Head, ulong Tail, int Hash, bool Complete);
