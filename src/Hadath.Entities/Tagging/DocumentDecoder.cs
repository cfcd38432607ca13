using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hadath.Core;

namespace Hadath.Entities.Tagging;

/// <summary>
/// Tags one document with both passes, at tagging time. Gives exactly the labels of the key-based path
/// (<see cref="NerModel.DecodeDocumentByKeys"/>) with less work: the features that depend on one word come from the
/// thread's <see cref="WordTypeCache"/> as that word type's rows summed by role (one joint lookup serves both passes),
/// so a word's score adds five sums and the rows of its combining features; the second pass's score of a word's own
/// features is summed during the first pass, so the second pass only adds the document features. Every score is a
/// whole number of its pass's unit, summed as integers (<see cref="JointRowSums"/>), so it is the same float as the
/// key path's, whatever the order of the additions, and ties break the same way.
/// </summary>
internal static class DocumentDecoder
{
    private const int L = EntityLabels.Count;

    [ThreadStatic] private static float[]? t_secondSums;
    [ThreadStatic] private static List<ulong>? t_keys;
    [ThreadStatic] private static DocumentMemory? t_memory;

    /// <summary>The document memory a thread keeps between documents, up to this many stems (at most about 3 MB: slots, counts and the slot list at their doubled sizes).</summary>
    private const int MaxKeptStems = 1 << 14;

    /// <summary>The document rows a thread keeps between documents, up to this many (4 MB).</summary>
    private const int MaxKeptRows = 1 << 20;

    /// <summary>The second pass's word sums a thread keeps between documents, up to this many floats (4 MB).</summary>
    private const int MaxKeptSums = 1 << 20;

    [ThreadStatic] private static char[]? t_text;
    [ThreadStatic] private static TextSpan[]? t_spans;
    [ThreadStatic] private static int[]? t_sentenceStarts, t_firstLabels;
    [ThreadStatic] private static ulong[]? t_stems, t_hashes;
    [ThreadStatic] private static int[]? t_entries;

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
    public static int[][] Decode(NerModel model, ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words, ReadOnlySpan<int> sentenceStarts)
    {
        int sentenceCount = sentenceStarts.Length - 1;
        var labels = new int[sentenceStarts[sentenceCount] - sentenceStarts[0]];
        Decode(model, text, words, sentenceStarts, labels);
        var result = new int[sentenceCount][];
        for (int s = 0; s < sentenceCount; s++)
        {
            result[s] = labels[(sentenceStarts[s] - sentenceStarts[0])..(sentenceStarts[s + 1] - sentenceStarts[0])];
        }
        return result;
    }

    /// <summary>
    /// <see cref="Decode(NerModel, ReadOnlySpan{char}, ReadOnlySpan{TextSpan}, ReadOnlySpan{int})"/> into one span:
    /// word i's label (from <c>sentenceStarts[0]</c> on) at <c>labels[i - sentenceStarts[0]]</c>, no array per sentence.
    /// </summary>
    [SkipLocalsInit]   // the first-pass scores of a sentence are written in full before they are read
    public static void Decode(NerModel model, ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words, ReadOnlySpan<int> sentenceStarts, Span<int> output)
    {
        var first = model.FirstPass;
        var second = model.SecondPass;
        var cache = WordTypeCache.For(model.Extractor, model.JointTable);
        int sentenceCount = sentenceStarts.Length - 1;
        int tokens = sentenceStarts[sentenceCount] - sentenceStarts[0], longest = 0;
        for (int s = 0; s < sentenceCount; s++) longest = Math.Max(longest, sentenceStarts[s + 1] - sentenceStarts[s]);
        var firstScores = longest * L <= 8192 ? stackalloc float[longest * L] : new float[longest * L];
        var secondSums = second is null ? null
            : t_secondSums is { } kept && kept.Length >= tokens * L ? kept : new float[Math.Max(tokens * L, 4096)];
        // The whole story's first-pass labels and stems, one slice per sentence (the thread's buffers).
        var firstLabels = t_firstLabels is { } keptLabels && keptLabels.Length >= tokens ? keptLabels : new int[Math.Max(tokens, 1024)];
        var stems = t_stems is { } keptStems && keptStems.Length >= tokens ? keptStems : new ulong[Math.Max(tokens, 1024)];
        if (tokens <= MaxKeptWords) (t_firstLabels, t_stems) = (firstLabels, stems);
        if (output.Length < tokens) throw new ArgumentException("too few labels for the words", nameof(output));
        // The story's word types all at once: the cache misses of its new words (and of their rows) overlap.
        var entries = t_entries is { } keptEntries && keptEntries.Length >= tokens ? keptEntries : new int[Math.Max(tokens, 1024)];
        var hashes = t_hashes is { } keptHashes && keptHashes.Length >= tokens ? keptHashes : new ulong[Math.Max(tokens, 1024)];
        if (tokens <= MaxKeptWords) (t_entries, t_hashes) = (entries, hashes);
        cache.LookupAll(new SentenceWords(text, words[sentenceStarts[0]..sentenceStarts[sentenceCount]]), entries.AsSpan(0, tokens), hashes.AsSpan(0, tokens));

        int offset = 0;
        for (int s = 0; s < sentenceCount; s++)
        {
            var sentence = new SentenceWords(text, words[sentenceStarts[s]..sentenceStarts[s + 1]]);
            int n = sentence.Count;
            var sentenceEntries = entries.AsSpan(offset, n);
            var pairRows = model.Extractor.PairRows(sentence, cache, sentenceEntries, stems.AsSpan(offset, n));
            var emissions = firstScores[..(n * L)];
            JointRowSums.SumTokens(cache, sentenceEntries, pairRows, FeatureExtractor.PairSlots, emissions, secondSums is null ? default : secondSums.AsSpan(offset * L, n * L));
            // Without a second pass the first pass's labels are the result.
            var labels = second is null ? output.Slice(offset, n) : firstLabels.AsSpan(offset, n);
            Viterbi.Decode(emissions, first.PreparedTransitions, labels);
            offset += n;
        }
        if (second is null || secondSums is null) return;
        if (secondSums.Length <= MaxKeptSums) t_secondSums = secondSums;

        var memory = t_memory ?? new DocumentMemory();
        memory.Reset(tokens);
        // Each word's row in the memory, so its features need no second lookup of its stem.
        var memoryRows = t_memoryRows is { } keptMemoryRows && keptMemoryRows.Length >= tokens ? keptMemoryRows : new int[Math.Max(tokens, 1024)];
        if (tokens <= MaxKeptWords) t_memoryRows = memoryRows;
        for (int i = 0; i < tokens; i++) memoryRows[i] = memory.Record(stems[i], firstLabels[i]);
        bool context = model.Options.Stacked || model.History is not null || model.Neural is not null;
        var keys = t_keys ??= new List<ulong>(64);
        keys.Clear();
        var keyStarts = t_keyStarts is { } keptKeyStarts && keptKeyStarts.Length > tokens ? keptKeyStarts : new int[Math.Max(tokens + 1, 1024)];
        if (tokens <= MaxKeptWords) t_keyStarts = keyStarts;
        var joint = model.JointTable;
        t_memory = memory.Count <= MaxKeptStems ? memory : null;
        // Every word's document features first, then one lookup over all of them (their cache misses overlap).
        offset = 0;
        for (int s = 0; s < sentenceCount; s++)
        {
            int n = sentenceStarts[s + 1] - sentenceStarts[s];
            var sentenceStems = stems.AsSpan(offset, n);
            var sentenceLabels = firstLabels.AsSpan(offset, n);
            // A model trained with --neural reads its network's posteriors too; the network takes the words as strings.
            var neural = model.Neural?.Keys(WordStrings(text, words[sentenceStarts[s]..sentenceStarts[s + 1]]), sentenceLabels);
            for (int i = 0; i < n; i++)
            {
                keyStarts[offset + i] = keys.Count;
                memory.AddFeaturesOfRow(memoryRows[offset + i], keys);
                if (context) NerModel.ContextKeys(sentenceStems, sentenceLabels, i, model.Options.Stacked, keys, model.History, neural);
            }
            offset += n;
        }
        keyStarts[tokens] = keys.Count;
        var documentRows = t_documentRows is { } keptRows && keptRows.Length >= keys.Count ? keptRows : new int[Math.Max(keys.Count, 1024)];
        if (documentRows.Length <= MaxKeptRows) t_documentRows = documentRows;
        var allKeys = CollectionsMarshal.AsSpan(keys);
        for (int k = 0; k < allKeys.Length; k += FindChunk)
        {
            int count = Math.Min(FindChunk, allKeys.Length - k);
            joint.FindAll(allKeys.Slice(k, count), documentRows.AsSpan(k, count));
        }
        // An enormous story's keys are not kept on the thread for good, as no other buffer here is.
        if (keys.Count > MaxKeptRows) t_keys = null;
        // The second pass's weights of each joint row, word by word in key order (none where only the first pass knows the key).
        JointRowSums.AddSecond(secondSums.AsSpan(0, tokens * L), joint, documentRows, keyStarts.AsSpan(0, tokens + 1));
        offset = 0;
        for (int s = 0; s < sentenceCount; s++)
        {
            int n = sentenceStarts[s + 1] - sentenceStarts[s];
            Viterbi.Decode(secondSums.AsSpan(offset * L, n * L), second.PreparedTransitions, output.Slice(offset, n));
            offset += n;
        }
    }

    /// <summary>Keys per <see cref="JointFeatureTable.FindAll"/> call: its scratch list stays on the stack.</summary>
    private const int FindChunk = 1024;

    [ThreadStatic] private static int[]? t_keyStarts, t_documentRows, t_memoryRows;

    private static string[] WordStrings(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> words)
    {
        var strings = new string[words.Length];
        for (int i = 0; i < words.Length; i++) strings[i] = text.Slice(words[i].Start, words[i].Length).ToString();
        return strings;
    }
}
