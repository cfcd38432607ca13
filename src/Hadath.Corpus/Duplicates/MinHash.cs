using Hadath.Store;

namespace Hadath.Corpus.Duplicates;

/// <summary>
/// MinHash signatures over word shingles: the share of equal slots in two signatures estimates the Jaccard
/// similarity of the two stories' shingle sets. Unlike SimHash, where a rewritten lead, an added paragraph or a
/// cut ending each move the whole 64-bit fingerprint, an edit changes only the shingles it touches, so a re-edited
/// wire copy keeps most of its slots while a different story on the same topic (same names, other sentences)
/// shares few three-word shingles with it.
/// </summary>
public static class MinHash
{
    /// <summary>Slots per signature; the estimate's standard error is about 0.04 at this size.</summary>
    public const int Slots = 128;

    /// <summary>
    /// The signature of <paramref name="words"/> (folded, as <see cref="TextFingerprint.Words"/> gives them):
    /// slot i holds the smallest i-th hash over the story's shingles.
    /// </summary>
    public static uint[] Signature(IReadOnlyList<string> words) => Signature(TextFingerprint.ShingleHashes(words));

    /// <summary>The signature of a story's shingle hashes (<see cref="TextFingerprint.ShingleHashes"/>).</summary>
    public static uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Slots];
        Array.Fill(signature, uint.MaxValue);
        foreach (ulong mixed in shingles)
        {
            // One strong 64-bit hash per shingle, then cheap independent-enough slot hashes from it (Kirsch–Mitzenmacher).
            uint a = (uint)mixed, b = (uint)(mixed >> 32) | 1;
            for (int i = 0; i < Slots; i++)
            {
                uint h = Mix32(a + (uint)i * b);
                if (h < signature[i]) signature[i] = h;
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the shingle sets: the share of equal slots.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(a.Length, b.Length);
        int equal = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) equal++;
        }
        return (double)equal / a.Length;
    }

    /// <summary>Rows per LSH band: 32 bands of 4 slots.</summary>
    public const int BandRows = 4;

    public const int Bands = Slots / BandRows;

    /// <summary>
    /// One key per LSH band: a hash of the band's number and its slots, so stories agreeing on a whole band share a
    /// key and keys of different bands do not collide by construction. The store indexes them (schema version 3):
    /// never change how they are computed without a migration that recomputes them.
    /// </summary>
    public static long[] BandKeys(uint[] signature)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(signature.Length, Slots);
        var keys = new long[Bands];
        for (int band = 0; band < Bands; band++)
        {
            ulong key = (14695981039346656037UL ^ (ulong)band) * 1099511628211UL;
            for (int i = band * BandRows; i < (band + 1) * BandRows; i++) key = (key ^ signature[i]) * 1099511628211UL;
            keys[band] = unchecked((long)TextFingerprint.Mix(key));
        }
        return keys;
    }

    /// <summary>
    /// What ingest keeps of a story for near-duplicate lookup: its signature always (so it is never taken for one
    /// stored before signatures), band keys only when it is <paramref name="linkable"/> (short notices are never
    /// candidates).
    /// </summary>
    public static MinHashSketch Sketch(ReadOnlySpan<ulong> shingles, bool linkable)
    {
        var signature = Signature(shingles);
        return new MinHashSketch(signature, linkable ? BandKeys(signature) : []);
    }

    /// <summary>A 32-bit finalizer (murmur3 fmix32): spreads the linear slot hashes before taking minima.</summary>
    private static uint Mix32(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >> 16);
    }
}
