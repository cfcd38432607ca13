using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Hadath.Core;

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

    [ThreadStatic] private static int[]? t_rows;
    [ThreadStatic] private static float[]? t_secondSums;
    [ThreadStatic] private static List<ulong>? t_keys;
    [ThreadStatic] private static DocumentMemory? t_memory;

    /// <summary>The document memory a thread keeps between documents, up to this many stems (at most about 3 MB: slots, counts and the slot list at their doubled sizes).</summary>
    private const int MaxKeptStems = 1 << 14;

    /// <summary>The row buffer a thread keeps between documents, up to this many rows (8 MB).</summary>
    private const int MaxKeptRows = 1 << 20;

    /// <summary>The second pass's word sums a thread keeps between documents, up to this many floats (4 MB).</summary>
    private const int MaxKeptSums = 1 << 20;

    [ThreadStatic] private static char[]? t_text;
    [ThreadStatic] private static TextSpan[]? t_spans;
    [ThreadStatic] private static int[]? t_sentenceStarts, t_firstLabels, t_starts;
    [ThreadStatic] private static ulong[]? t_stems;

    /// <summary>The word buffers a thread keeps between documents, up to this many words.</summary>
    private const int MaxKeptWords = 1 << 16;

    /// <summary>Tags a story given as strings (laid out in one text first; see <see cref="SentenceWords.Concatenate"/>).</summary>
    public static int[][] Decode(NerModel model, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var text = t_text ?? [];
        var spans = t_spans ?? [];
        var sentenceStarts = t_sentenceStarts ?? [];
        SentenceWords.Concatenate(sentences, ref text, ref spans, ref sentenceStarts);
        if (spans.Length <= MaxKeptWords)
        {
            (t_text, t_spans, t_sentenceStarts) = (text, spans, sentenceStarts);
        }
        return Decode(model, text, spans, sentenceStarts.AsSpan(0, sentences.Count + 1));
    }

    /// <summary>
    /// Tags a story whose words are spans of <paramref name="text"/>: sentence s owns
    /// <c>words[sentenceStarts[s]..sentenceStarts[s+1]]</c>. Returns each sentence's BIOES labels.
    /// </summary>
    [SkipLocalsInit]   // the first-pass scores of a sentence are written in full before they are read
    public static int[][] Decode(NerModel model, ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words, ReadOnlySpan<int> sentenceStarts)
    {
        var first = model.FirstPass;
        var second = model.SecondPass;
        var cache = WordTypeCache.For(model.Extractor, model.JointTable);
        var rows = t_rows ?? new int[4096];
        int sentenceCount = sentenceStarts.Length - 1;
        int tokens = sentenceStarts[sentenceCount] - sentenceStarts[0], longest = 0;
        for (int s = 0; s < sentenceCount; s++) longest = Math.Max(longest, sentenceStarts[s + 1] - sentenceStarts[s]);
        var firstScores = longest * L <= 8192 ? stackalloc float[longest * L] : new float[longest * L];
        var secondSums = second is null ? null
            : t_secondSums is { } kept && kept.Length >= tokens * L ? kept : new float[Math.Max(tokens * L, 4096)];
        // The whole story's first-pass labels and stems, one slice per sentence (the thread's buffers).
        var firstLabels = t_firstLabels is { } keptLabels && keptLabels.Length >= tokens ? keptLabels : new int[Math.Max(tokens, 1024)];
        var stems = t_stems is { } keptStems && keptStems.Length >= tokens ? keptStems : new ulong[Math.Max(tokens, 1024)];
        var starts = t_starts is { } keptStarts && keptStarts.Length > longest ? keptStarts : new int[Math.Max(longest + 1, 256)];
        if (tokens <= MaxKeptWords) (t_firstLabels, t_stems, t_starts) = (firstLabels, stems, starts);

        var result = new int[sentenceCount][];
        int offset = 0;
        for (int s = 0; s < sentenceCount; s++)
        {
            var sentence = new SentenceWords(text, words[sentenceStarts[s]..sentenceStarts[s + 1]]);
            int n = sentence.Count;
            model.Extractor.ExtractRows(sentence, cache, ref rows, starts, stems.AsSpan(offset, n));
            var emissions = firstScores[..(n * L)];
            SumRows(model.JointTable, rows, starts.AsSpan(0, n + 1), emissions, secondSums is null ? default : secondSums.AsSpan(offset * L, n * L));
            // Without a second pass the first pass's labels are the result.
            var labels = second is null ? (result[s] = new int[n]) : firstLabels.AsSpan(offset, n);
            Viterbi.Decode(emissions, first.Transitions, labels);
            offset += n;
        }
        if (rows.Length <= MaxKeptRows) t_rows = rows;
        if (second is null || secondSums is null) return result;
        if (secondSums.Length <= MaxKeptSums) t_secondSums = secondSums;

        var memory = t_memory ?? new DocumentMemory();
        memory.Clear();
        for (int i = 0; i < tokens; i++) memory.Record(stems[i], firstLabels[i]);
        var keys = t_keys ??= new List<ulong>(64);
        var joint = model.JointTable;
        t_memory = memory.Count <= MaxKeptStems ? memory : null;
        offset = 0;
        for (int s = 0; s < sentenceCount; s++)
        {
            int n = sentenceStarts[s + 1] - sentenceStarts[s];
            var emissions = secondSums.AsSpan(offset * L, n * L);
            var sentenceStems = stems.AsSpan(offset, n);
            var sentenceLabels = firstLabels.AsSpan(offset, n);
            // A model trained with --neural reads its network's posteriors too; the network takes the words as strings.
            var neural = model.Neural?.Keys(WordStrings(text, words[sentenceStarts[s]..sentenceStarts[s + 1]]), sentenceLabels);
            for (int i = 0; i < n; i++)
            {
                keys.Clear();
                NerModel.DocumentKeys(sentenceStems, sentenceLabels, i, memory, model.Options.Stacked, keys, model.History, neural);
                // The second pass's half of the joint rows: zeros where only the first pass knows a key, which leave the sums unchanged.
                var target = emissions.Slice(i * L, L);
                foreach (ulong key in keys)
                {
                    int row = joint.Find(key);
                    if (row >= 0) AddSecond(target, joint, row);
                }
            }
            result[s] = new int[n];
            Viterbi.Decode(emissions, second.Transitions, result[s]);
            offset += n;
        }
        return result;
    }

    /// <summary>Adds joint row <paramref name="row"/>'s second-pass weights to a word's scores: the same per-label additions, eight labels at a time.</summary>
    private static void AddSecond(Span<float> target, JointFeatureTable table, int row)
    {
        ref float t = ref MemoryMarshal.GetReference(target[..L]);
        ref float f = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table.Weights), table.WeightsStart + row * JointFeatureTable.Stride + L - 1);
        (Vector256.LoadUnsafe(ref t) + Vector256.LoadUnsafe(ref f)).StoreUnsafe(ref t);
        (Vector256.LoadUnsafe(ref t, 8) + Vector256.LoadUnsafe(ref f, 8)).StoreUnsafe(ref t, 8);
        Unsafe.Add(ref t, 16) += table.LastLabel[row * 2 + 1];
    }

    /// <summary>How many rows ahead <see cref="SumRows"/> prefetches weights (rare words' rows are cache misses).</summary>
    private const int PrefetchDistance = 16;

    /// <summary>
    /// Sums each word's joint rows into its first-pass scores and, when there is a second pass, its second-pass word
    /// scores: per label, zero plus the rows in order, as <see cref="Viterbi.Emissions"/> does, but held in
    /// registers until the word is done. A row holds both passes (zeros where a pass lacks the feature, which leave
    /// the sums unchanged), so the loop has no branch.
    /// </summary>
    private static unsafe void SumRows(JointFeatureTable table, ReadOnlySpan<int> rows, ReadOnlySpan<int> starts,
        Span<float> first, Span<float> second)
    {
        const int S = JointFeatureTable.Stride;
        int n = starts.Length - 1;
        int total = starts[n];
        bool both = !second.IsEmpty;
        ref float w0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table.Weights), table.WeightsStart);
        ref float last0 = ref MemoryMarshal.GetArrayDataReference(table.LastLabel);
        ref int row0 = ref MemoryMarshal.GetReference(rows);
        for (int i = 0; i < n; i++)
        {
            Vector256<float> a0 = Vector256<float>.Zero, a1 = Vector256<float>.Zero, b0 = Vector256<float>.Zero, b1 = Vector256<float>.Zero;
            float a16 = 0, b16 = 0;
            for (int f = starts[i]; f < starts[i + 1]; f++)
            {
                // A row's two cache lines and its last labels. Prefetches never fault, and the arrays live on the
                // large-object heap, which the GC does not move.
                if (Sse.IsSupported && f + PrefetchDistance < total)
                {
                    int ahead = Unsafe.Add(ref row0, f + PrefetchDistance);
                    ref float aheadRow = ref Unsafe.Add(ref w0, ahead * S);
                    Sse.Prefetch0(Unsafe.AsPointer(ref aheadRow));
                    Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref aheadRow, 16)));
                    Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref last0, ahead * 2)));
                }
                int row = Unsafe.Add(ref row0, f);
                ref float w = ref Unsafe.Add(ref w0, row * S);
                ref float last = ref Unsafe.Add(ref last0, row * 2);
                a0 += Vector256.LoadUnsafe(ref w);
                a1 += Vector256.LoadUnsafe(ref w, 8);
                a16 += last;
                b0 += Vector256.LoadUnsafe(ref w, 16);
                b1 += Vector256.LoadUnsafe(ref w, 24);
                b16 += Unsafe.Add(ref last, 1);
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

    private static string[] WordStrings(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words)
    {
        var strings = new string[words.Length];
        for (int i = 0; i < words.Length; i++) strings[i] = text.Slice(words[i].Start, words[i].Length).ToString();
        return strings;
    }
}
