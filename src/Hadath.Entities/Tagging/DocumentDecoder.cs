using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hadath.Entities.Tagging;

/// <summary>
/// Tags one document with both passes, at tagging time. Gives exactly the labels of the key-based path
/// (<see cref="NerModel.DecodeDocumentByKeys"/>) with less work: word features come as rows from the thread's
/// <see cref="WordTypeCache"/> (one joint lookup serves both passes), and the second pass's score of a word's own
/// features is summed during the first pass, in the same order, so the second pass only adds the document features.
/// Every score is the same sequence of float additions as before, so ties break the same way.
/// </summary>
internal static class DocumentDecoder
{
    private const int L = EntityLabels.Count;

    [ThreadStatic] private static RowPair[]? t_rows;
    [ThreadStatic] private static float[]? t_secondSums;
    [ThreadStatic] private static List<ulong>? t_keys;
    [ThreadStatic] private static DocumentMemory? t_memory;

    /// <summary>The document memory a thread keeps between documents, up to this many stems (about 1.5 MB).</summary>
    private const int MaxKeptStems = 1 << 14;

    /// <summary>The row buffer a thread keeps between documents, up to this many rows (8 MB).</summary>
    private const int MaxKeptRows = 1 << 20;

    /// <summary>The second pass's word sums a thread keeps between documents, up to this many floats (4 MB).</summary>
    private const int MaxKeptSums = 1 << 20;

    [SkipLocalsInit]   // the first-pass scores of a sentence are written in full before they are read
    public static int[][] Decode(NerModel model, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var first = model.FirstPass;
        var second = model.SecondPass;
        var cache = WordTypeCache.For(model.Extractor, model.JointTable);
        var rows = t_rows ?? new RowPair[4096];
        int tokens = 0, longest = 0;
        foreach (var sentence in sentences)
        {
            tokens += sentence.Count;
            longest = Math.Max(longest, sentence.Count);
        }
        var firstScores = longest * L <= 8192 ? stackalloc float[longest * L] : new float[longest * L];
        var secondSums = second is null ? null
            : t_secondSums is { } kept && kept.Length >= tokens * L ? kept : new float[Math.Max(tokens * L, 4096)];

        var labels = new int[sentences.Count][];
        var stems = new ulong[sentences.Count][];
        int offset = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            int n = words.Count;
            var starts = new int[n + 1];
            stems[s] = new ulong[n];
            model.Extractor.ExtractRows(words, cache, ref rows, starts, stems[s]);
            var emissions = firstScores[..(n * L)];
            SumRows(first.Weights, second?.Weights, rows, starts, emissions, secondSums is null ? default : secondSums.AsSpan(offset * L, n * L));
            labels[s] = new int[n];
            Viterbi.Decode(emissions, first.Transitions, labels[s]);
            offset += n;
        }
        if (rows.Length <= MaxKeptRows) t_rows = rows;
        if (second is null || secondSums is null) return labels;
        if (secondSums.Length <= MaxKeptSums) t_secondSums = secondSums;

        var memory = t_memory ?? new DocumentMemory();
        memory.Clear();
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int i = 0; i < labels[s].Length; i++) memory.Record(stems[s][i], labels[s][i]);
        }
        var keys = t_keys ??= new List<ulong>(64);
        t_memory = memory.Count <= MaxKeptStems ? memory : null;
        var result = new int[sentences.Count][];
        offset = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int n = labels[s].Length;
            var emissions = secondSums.AsSpan(offset * L, n * L);
            var neural = model.Neural?.Keys(sentences[s], labels[s]);
            for (int i = 0; i < n; i++)
            {
                keys.Clear();
                NerModel.DocumentKeys(stems[s], labels[s], i, memory, model.Options.Stacked, keys, model.History, neural);
                var target = emissions.Slice(i * L, L);
                foreach (ulong key in keys)
                {
                    int row = second.Table.Find(key);
                    if (row >= 0) Add(target, second.Weights.AsSpan(row * L, L));
                }
            }
            result[s] = new int[n];
            Viterbi.Decode(emissions, second.Transitions, result[s]);
            offset += n;
        }
        return result;
    }

    private static void Add(Span<float> target, ReadOnlySpan<float> source)
    {
        for (int l = 0; l < L; l++) target[l] += source[l];
    }

    /// <summary>How many rows ahead <see cref="SumRows"/> prefetches weights (rare words' rows are cache misses).</summary>
    private const int PrefetchDistance = 8;

    /// <summary>
    /// Sums each word's rows into its first-pass scores and, when there is a second pass, its second-pass word
    /// scores: per label, zero plus the rows in order, as <see cref="Viterbi.Emissions"/> does, but held in
    /// registers until the word is done.
    /// </summary>
    private static unsafe void SumRows(float[] firstWeights, float[]? secondWeights, ReadOnlySpan<RowPair> rows, ReadOnlySpan<int> starts,
        Span<float> first, Span<float> second)
    {
        int n = starts.Length - 1;
        int total = starts[n];
        ref float w1 = ref MemoryMarshal.GetArrayDataReference(firstWeights);
        ref float w2 = ref secondWeights is null ? ref Unsafe.NullRef<float>() : ref MemoryMarshal.GetArrayDataReference(secondWeights);
        bool both = secondWeights is not null;
        ref RowPair row0 = ref MemoryMarshal.GetReference(rows);
        for (int i = 0; i < n; i++)
        {
            Vector256<float> a0 = Vector256<float>.Zero, a1 = Vector256<float>.Zero, b0 = Vector256<float>.Zero, b1 = Vector256<float>.Zero;
            float a16 = 0, b16 = 0;
            for (int f = starts[i]; f < starts[i + 1]; f++)
            {
                // Prefetches never fault, and the weight arrays live on the large-object heap, which the GC does not move.
                if (Sse.IsSupported && f + PrefetchDistance < total)
                {
                    var ahead = Unsafe.Add(ref row0, f + PrefetchDistance);
                    if (ahead.First >= 0) Prefetch(ref Unsafe.Add(ref w1, ahead.First * L));
                    if (both && ahead.Second >= 0) Prefetch(ref Unsafe.Add(ref w2, ahead.Second * L));
                }
                var r = Unsafe.Add(ref row0, f);
                if (r.First >= 0)
                {
                    ref float w = ref Unsafe.Add(ref w1, r.First * L);
                    a0 += Vector256.LoadUnsafe(ref w);
                    a1 += Vector256.LoadUnsafe(ref w, 8);
                    a16 += Unsafe.Add(ref w, 16);
                }
                if (both && r.Second >= 0)
                {
                    ref float w = ref Unsafe.Add(ref w2, r.Second * L);
                    b0 += Vector256.LoadUnsafe(ref w);
                    b1 += Vector256.LoadUnsafe(ref w, 8);
                    b16 += Unsafe.Add(ref w, 16);
                }
            }
            ref float e1 = ref first[i * L];
            a0.StoreUnsafe(ref e1);
            a1.StoreUnsafe(ref e1, 8);
            Unsafe.Add(ref e1, 16) = a16;
            if (!both) continue;
            ref float e2 = ref second[i * L];
            b0.StoreUnsafe(ref e2);
            b1.StoreUnsafe(ref e2, 8);
            Unsafe.Add(ref e2, 16) = b16;
        }
    }

    /// <summary>A row is 17 floats, so it may straddle two cache lines: touch both.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ref float row)
    {
        Sse.Prefetch0(Unsafe.AsPointer(ref row));
        Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref row, L - 1)));
    }
}
