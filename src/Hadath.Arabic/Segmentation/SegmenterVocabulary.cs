using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The trained segmenter's analyses of frequent news words, worked out ahead of time (<c>hadath train
/// segment-vocabulary</c>) and read in place: a word not seen before in a stream mostly costs the scoring of its
/// candidates (about 3.5 µs: their features' weights are cache misses), while its entry here costs a slot and an entry
/// read. Valid only for the model it was built from (<see cref="Fingerprint"/>): <see cref="Open"/> refuses any other.
/// Only plain Arabic words (no marks, at most <see cref="MaxWordLength"/> letters) that the model
/// has not memorized are kept, each with exactly the analysis the model gives it.
/// </summary>
/// <remarks>
/// Layout (little-endian): the magic, format version, model fingerprint, slot count (a power of two), entry bytes and word count;
/// then the slots, 8 bytes each (a tag, 0 when empty, and where the entry starts); then the entries. An entry is the
/// word's letters (a count, then each letter's low byte: all lie in the Arabic block), its piece count, and per piece
/// start, end and flags (the role, <see cref="ConcatenatesFlag"/>, <see cref="LettersFlag"/>), then the form's letters
/// the same way unless <see cref="LettersFlag"/> says it is the word's letters from start to end.
/// </remarks>
public sealed unsafe class SegmenterVocabulary
{
    /// <summary>The longest word held: longer ones do not pack whole (<see cref="PackedSpelling"/>).</summary>
    public const int MaxWordLength = PackedSpelling.MaxCompactLength;

    private const ulong Magic = 0x31424F5644414448UL;   // "HDADVOB1" read as little-endian bytes
    private const int Version = 1;
    private const int HeaderBytes = 8 + 4 + 8 + 4 + 4 + 4;
    private const int SlotBytes = 8;
    private const byte ConcatenatesFlag = 0x80;
    private const byte LettersFlag = 0x40;
    private const byte RoleMask = 0x3F;
    private const char ArabicBlock = '\u0600';
    private const ulong Seed = 0x6A09E667F3BCC908UL;

    private readonly byte* _slots;
    private readonly byte* _entries;
    private readonly int _mask;
    private readonly int _entryBytes;

    private SegmenterVocabulary(byte* data, int slotCount, int entryBytes, object owner)
    {
        _slots = data + HeaderBytes;
        _entries = _slots + (long)slotCount * SlotBytes;
        _mask = slotCount - 1;
        _entryBytes = entryBytes;
        Owner = owner;
    }

    /// <summary>What keeps the bytes alive: the resource stream over the loaded assembly's image, or a pinned array.</summary>
    private object Owner { get; }

    /// <summary>Words held.</summary>
    public int Count { get; private init; }

    /// <summary>
    /// The vocabulary in <paramref name="stream"/> for <paramref name="model"/>, or null when it was built from another
    /// model. A stream over memory (an embedded resource) is read in place, so opening it reads only the header.
    /// </summary>
    public static SegmenterVocabulary? Open(Stream stream, SegmenterModel model)
    {
        byte* data;
        long length;
        object owner;
        if (stream is UnmanagedMemoryStream memory)
        {
            data = memory.PositionPointer;
            length = memory.Length - memory.Position;
            owner = memory;
        }
        else
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            var pinned = GC.AllocateUninitializedArray<byte>((int)copy.Length, pinned: true);
            copy.GetBuffer().AsSpan(0, pinned.Length).CopyTo(pinned);
            data = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
            length = pinned.Length;
            owner = pinned;
        }
        if (length < HeaderBytes) throw new InvalidDataException("segmenter vocabulary is truncated");
        var header = new ReadOnlySpan<byte>(data, HeaderBytes);
        if (BinaryPrimitives.ReadUInt64LittleEndian(header) != Magic) throw new InvalidDataException("not a Hadath segmenter vocabulary");
        int version = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        if (version != Version) throw new InvalidDataException($"segmenter vocabulary version {version}, expected {Version}");
        if (BinaryPrimitives.ReadUInt64LittleEndian(header[12..]) != Fingerprint(model)) return null;
        int slotCount = BinaryPrimitives.ReadInt32LittleEndian(header[20..]);
        int entryBytes = BinaryPrimitives.ReadInt32LittleEndian(header[24..]);
        int count = BinaryPrimitives.ReadInt32LittleEndian(header[28..]);
        if (slotCount <= 0 || (slotCount & (slotCount - 1)) != 0 || entryBytes < 0 || count < 0 || count > slotCount / 4 * 3 || HeaderBytes + (long)slotCount * SlotBytes + entryBytes > length)
            throw new InvalidDataException("segmenter vocabulary is truncated or corrupt");
        return new SegmenterVocabulary(data, slotCount, entryBytes, owner) { Count = count };
    }

    /// <summary>
    /// What ties a vocabulary to its model: the provenance, the table sizes and every weight (a sum over the weights,
    /// so the dictionaries' order does not matter). Another model, even one trained with the same options on other
    /// data, gives another fingerprint.
    /// </summary>
    public static ulong Fingerprint(SegmenterModel model)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in model.Provenance) h = (h ^ c) * 1099511628211UL;
        foreach (long n in (ReadOnlySpan<long>)[model.Memorized.Count, model.LearnedSpellings.Count, model.TreebankWords.Count,
                     model.TreebankStems.Count, model.Corpus.Size, model.Weights.Count, model.Names.LogOdds.Count])
        {
            h = (h ^ (ulong)n) * 1099511628211UL;
        }
        ulong weights = 0;
        foreach (var (key, weight) in model.Weights) weights += Mix(key ^ BitConverter.SingleToUInt32Bits(weight) * 0x9E3779B97F4A7C15UL);
        return Mix(h ^ weights);
    }

    /// <summary>The analysis kept for <paramref name="word"/>, if it is held.</summary>
    public bool TryGet(string word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out WordAnalysis analysis)
    {
        analysis = null;
        var (head, tail) = PackedSpelling.Pack(word, out bool complete);
        if (!PacksAsArabic(tail, complete)) return false;
        ulong hash = Mix(head ^ Seed) ^ Mix(tail);
        uint tag = TagOf(hash);
        // At most one lap of the table, and no offset outside the entries: the file is checked at the header only, and
        // a damaged one must make words unknown, not make a lookup spin or read past the image.
        for (int s = (int)hash & _mask, probes = 0; probes <= _mask; s = (s + 1) & _mask, probes++)
        {
            uint found = SlotTag(_slots, s);
            if (found == 0) return false;
            if (found != tag) continue;
            uint offset = BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(_slots + (long)s * SlotBytes + 4, 4));
            if (offset >= (uint)_entryBytes || !SameLetters(_entries + offset, word)) continue;
            analysis = Decode(_entries + offset, word);
            return true;
        }
        return false;
    }

    /// <summary>Every word held and its analysis, in slot order (for checking a vocabulary against its model).</summary>
    public IEnumerable<(string Word, WordAnalysis Analysis)> Entries()
    {
        for (int s = 0; s <= _mask; s++)
        {
            if (!Held(s)) continue;
            var (word, analysis) = EntryAt(s);
            yield return (word, analysis);
        }
    }

    private bool Held(int slot) => SlotTag(_slots, slot) != 0;

    private (string Word, WordAnalysis Analysis) EntryAt(int slot)
    {
        int offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(_slots + (long)slot * SlotBytes + 4, 4));
        byte* entry = _entries + offset;
        var word = ReadLetters(ref entry);
        return (word, Decode(_entries + offset, word));
    }

    private static uint SlotTag(byte* slots, int slot) =>
        BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(slots + (long)slot * SlotBytes, 4));

    /// <summary>A tag that is never 0 (0 marks an empty slot), from the hash's high half (its low bits pick the slot).</summary>
    private static uint TagOf(ulong hash) => (uint)(hash >> 32) | 1;

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    private static bool SameLetters(byte* entry, string word)
    {
        if (entry[0] != word.Length) return false;
        for (int i = 0; i < word.Length; i++)
        {
            if (entry[1 + i] != (byte)word[i]) return false;
        }
        return true;
    }

    private static string ReadLetters(ref byte* at)
    {
        int length = *at++;
        var letters = string.Create(length, (IntPtr)at, static (chars, from) =>
        {
            byte* bytes = (byte*)from;
            for (int i = 0; i < chars.Length; i++) chars[i] = (char)(ArabicBlock | bytes[i]);
        });
        at += length;
        return letters;
    }

    /// <summary>The analysis of the entry at <paramref name="entry"/>, whose word is <paramref name="word"/>.</summary>
    private static WordAnalysis Decode(byte* entry, string word)
    {
        byte* at = entry + 1 + entry[0];
        var pieces = new AnalyzedPiece[*at++];
        for (int p = 0; p < pieces.Length; p++)
        {
            int start = *at++, end = *at++;
            byte flags = *at++;
            // A piece spelled as the whole word is the word itself, as the model gives it (no copy).
            string form = (flags & LettersFlag) == 0 ? ReadLetters(ref at)
                : start == 0 && end == word.Length ? word : word[start..end];
            pieces[p] = new AnalyzedPiece(start, end, form, (SegmentRole)(flags & RoleMask), (flags & ConcatenatesFlag) != 0);
        }
        return new WordAnalysis(ImmutableCollectionsMarshal.AsImmutableArray(pieces));
    }

    /// <summary>
    /// Whether a packing (<see cref="PackedSpelling.Pack"/>) is of a word this vocabulary may hold: packed whole, a byte a
    /// letter, from the Arabic block. The one test for <see cref="TryGet"/> and <see cref="CanHold"/>: a complete packing
    /// with <see cref="PackedSpelling.ArabicBlockFlag"/> is a compact one of one to <see cref="MaxWordLength"/> letters,
    /// all in U+06xx (a wide packing is complete only up to seven letters, far below the lengths where that bit is set;
    /// the empty word packs without it).
    /// </summary>
    private static bool PacksAsArabic(ulong tail, bool complete) => complete && (tail & PackedSpelling.ArabicBlockFlag) != 0;

    /// <summary>Whether <paramref name="word"/> and its analysis can be kept (see <see cref="Write"/>).</summary>
    public static bool CanHold(string word, WordAnalysis analysis)
    {
        var (_, tail) = PackedSpelling.Pack(word, out bool complete);
        if (!PacksAsArabic(tail, complete) || analysis.Pieces.Length > byte.MaxValue) return false;
        foreach (var piece in analysis.Pieces)
        {
            if ((int)piece.Role > RoleMask || piece.Start > byte.MaxValue || piece.End > byte.MaxValue) return false;
            if (!IsLetters(word, piece) && (piece.Form.Length > byte.MaxValue || !InArabicBlock(piece.Form))) return false;
        }
        return true;
    }

    private static bool InArabicBlock(string s)
    {
        foreach (char c in s)
        {
            if ((c & 0xFF00) != ArabicBlock) return false;
        }
        return true;
    }

    private static bool IsLetters(string word, in AnalyzedPiece piece) =>
        piece.End <= word.Length && piece.Start <= piece.End && word.AsSpan(piece.Start, piece.End - piece.Start).SequenceEqual(piece.Form);

    /// <summary>
    /// Writes a vocabulary of <paramref name="words"/> (each with its analysis by <paramref name="model"/>, which
    /// <see cref="CanHold"/> must accept; no word twice) for that model.
    /// </summary>
    public static void Write(Stream stream, SegmenterModel model, IReadOnlyList<(string Word, WordAnalysis Analysis)> words)
    {
        // At most three quarters full: probe runs stay short, and the slots (8 bytes a word) not much larger than the entries.
        int slotCount = 16;
        while (slotCount * 3L < words.Count * 4L) slotCount <<= 1;
        var slots = new byte[(long)slotCount * SlotBytes];
        var entries = new MemoryStream();
        foreach (var (word, analysis) in words)
        {
            if (!CanHold(word, analysis)) throw new ArgumentException($"'{word}' cannot be kept in a vocabulary", nameof(words));
            var (head, tail) = PackedSpelling.Pack(word, out _);
            ulong hash = Mix(head ^ Seed) ^ Mix(tail);
            int s = (int)hash & (slotCount - 1);
            while (BinaryPrimitives.ReadUInt32LittleEndian(slots.AsSpan(s * SlotBytes)) != 0) s = (s + 1) & (slotCount - 1);
            BinaryPrimitives.WriteUInt32LittleEndian(slots.AsSpan(s * SlotBytes), TagOf(hash));
            BinaryPrimitives.WriteUInt32LittleEndian(slots.AsSpan(s * SlotBytes + 4), checked((uint)entries.Length));
            WriteLetters(entries, word);
            entries.WriteByte((byte)analysis.Pieces.Length);
            foreach (var piece in analysis.Pieces)
            {
                bool letters = IsLetters(word, piece);
                entries.WriteByte((byte)piece.Start);
                entries.WriteByte((byte)piece.End);
                entries.WriteByte((byte)((int)piece.Role | (piece.ConcatenatesBack ? ConcatenatesFlag : 0) | (letters ? LettersFlag : 0)));
                if (!letters) WriteLetters(entries, piece.Form);
            }
        }
        Span<byte> header = stackalloc byte[HeaderBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], Version);
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], Fingerprint(model));
        BinaryPrimitives.WriteInt32LittleEndian(header[20..], slotCount);
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], checked((int)entries.Length));
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], words.Count);
        stream.Write(header);
        stream.Write(slots);
        entries.Position = 0;
        entries.CopyTo(stream);
    }

    private static void WriteLetters(Stream stream, string letters)
    {
        stream.WriteByte((byte)letters.Length);
        foreach (char c in letters) stream.WriteByte((byte)c);
    }
}
