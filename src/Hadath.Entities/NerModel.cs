using Hadath.Core;
using Hadath.Entities.Lexicon;
using Hadath.Entities.Neural;
using Hadath.Entities.Tagging;

namespace Hadath.Entities;

/// <summary>A name found by the tagger, in word indices of its sentence: words [Start, End).</summary>
public readonly record struct TaggedSpan(int Start, int End, EntityType Type);

/// <summary>
/// The trained named-entity tagger: an averaged structured perceptron over hashed features with Viterbi decoding
/// in BIOES, plus an optional second pass that reads the first pass's labels for the same word forms elsewhere
/// in the document. Immutable once loaded; one instance serves every thread.
/// </summary>
public sealed class NerModel
{
    internal NerModel(WordLexicon lexicon, FeatureOptions options, LinearChain firstPass, LinearChain? secondPass,
        PredictionHistory? history = null, NeuralTagger? neural = null, JointFeatureTable? jointTable = null)
    {
        Lexicon = lexicon;
        History = history;
        Neural = neural;
        Options = options;
        Extractor = new FeatureExtractor(lexicon, options);
        JointTable = jointTable ?? new JointFeatureTable(firstPass, secondPass);
        // The joint table keeps the weights quantised: every path (keys or rows) and a saved file read those, not the
        // trained floats, so that both paths label alike.
        FirstPass = jointTable is null ? new LinearChain(firstPass.Keys, firstPass.Transitions, JointTable, 0) : firstPass;
        SecondPass = jointTable is null && secondPass is not null ? new LinearChain(secondPass.Keys, secondPass.Transitions, JointTable, 1) : secondPass;
    }

    public WordLexicon Lexicon { get; }
    public FeatureOptions Options { get; }
    internal LinearChain FirstPass { get; }
    internal LinearChain? SecondPass { get; }

    /// <summary>Corpus prediction history read by the second pass; null when the model was trained without it.</summary>
    internal PredictionHistory? History { get; }

    /// <summary>Neural window tagger whose posteriors the second pass reads; null when trained without <c>--neural</c>.</summary>
    internal NeuralTagger? Neural { get; }
    internal FeatureExtractor Extractor { get; }

    /// <summary>Both passes' rows per feature key, for tagging (<see cref="DocumentDecoder"/>).</summary>
    internal JointFeatureTable JointTable { get; }

    /// <summary>
    /// Forgets the word types the calling thread has described (a cache that only makes tagging faster, never changes
    /// it; its arrays are kept): its next story describes every word anew, as a thread's first story does. For
    /// benchmarks that must run the code for new words again.
    /// </summary>
    public static void ForgetThreadWordTypes() => WordTypeCache.ForgetThread();

    public int FeatureCount => FirstPass.Count + (SecondPass?.Count ?? 0);

    public const string EmbeddedResourceName = "Hadath.Entities.ner.bin";

    /// <summary>The model shipped inside this assembly (models/ner/ner.bin at build time).</summary>
    public static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException(
                "This build carries no NER model: models/ner/ner.bin was missing when Hadath.Entities was built (train it with 'hadath train ner').");
        return NerModelFile.Read(stream);
    }

    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return NerModelFile.Read(stream);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        NerModelFile.Write(this, stream);
    }

    public void Save(Stream stream) => NerModelFile.Write(this, stream);

    public static NerModel Load(Stream stream) => NerModelFile.Read(stream);

    /// <summary>Tags one sentence on its own (no document context).</summary>
    public IReadOnlyList<TaggedSpan> TagSentence(IReadOnlyList<string> words) => TagDocument([words])[0];

    /// <summary>
    /// Tags the sentences of one story. With a second pass, the first pass's labels of each word form anywhere in
    /// the story become features, so names are labelled consistently across the story.
    /// </summary>
    public IReadOnlyList<TaggedSpan>[] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences) => ToSpans(DecodeDocument(sentences));

    /// <summary>
    /// The BIOES labels (<see cref="EntityLabels"/>) of a story whose words are spans of <paramref name="text"/> (no string
    /// per word): sentence s owns <c>words[sentenceStarts[s]..sentenceStarts[s+1]]</c>, and word i's label goes to
    /// <c>labels[i - sentenceStarts[0]]</c> (no array per sentence; <see cref="EntityLabels.NextSpan"/> reads the spans).
    /// </summary>
    internal void TagDocumentLabels(string text, ReadOnlySpan<TextSpan> words, ReadOnlySpan<int> sentenceStarts, Span<int> labels) =>
        DocumentDecoder.Decode(this, text, words, sentenceStarts, labels);

    private static IReadOnlyList<TaggedSpan>[] ToSpans(int[][] labels)
    {
        var result = new IReadOnlyList<TaggedSpan>[labels.Length];
        for (int s = 0; s < labels.Length; s++)
        {
            var spans = EntityLabels.SpansFromLabels(labels[s]);
            TaggedSpan[] tagged = spans.Count == 0 ? [] : new TaggedSpan[spans.Count];
            for (int i = 0; i < spans.Count; i++) tagged[i] = new TaggedSpan(spans[i].Start, spans[i].End, EntityLabels.ToEntityType(spans[i].Type));
            result[s] = tagged;
        }
        return result;
    }

    /// <summary>IOB2 tags (B-PER, I-LOC, O) for the words of each sentence of one document.</summary>
    public string[][] TagDocumentIob(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        DecodeDocument(sentences).Select(l => EntityLabels.ToIob(l)).ToArray();

    /// <summary>BIOES labels per sentence of one document (through the word-type cache; see <see cref="DocumentDecoder"/>).</summary>
    internal int[][] DecodeDocument(IReadOnlyList<IReadOnlyList<string>> sentences) => DocumentDecoder.Decode(this, sentences);

    /// <summary>The same labels from the feature keys that training uses: the reference <see cref="DecodeDocument"/> must match.</summary>
    internal int[][] DecodeDocumentByKeys(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        RunDocument(sentences, static (chain, keys, starts, count) => chain.Decode(keys, starts, count));

    /// <summary>The final pass's label scores (n × labels) per sentence, for tuning the mention bias.</summary>
    internal float[][] FinalEmissions(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        RunDocument(sentences, static (chain, keys, starts, count) => chain.Emissions(keys, starts, count));

    /// <summary>The key buffer a thread keeps between documents, up to this many keys (8 MB); longer stories get their own.</summary>
    private const int MaxKeptKeys = 1 << 20;

    [ThreadStatic] private static ulong[]? t_documentKeys;

    /// <summary>Runs the first pass, then hands each sentence's final-pass features to <paramref name="final"/>.</summary>
    private T[] RunDocument<T>(IReadOnlyList<IReadOnlyList<string>> sentences, Func<LinearChain, List<ulong>, int[], int, T> final)
    {
        var keys = new List<ulong>(1024);
        var first = new int[sentences.Count][];
        var stems = new ulong[sentences.Count][];
        // The second pass sees the first pass's features plus document features, so the word features are kept:
        // all sentences' in one buffer of this thread (a copy per sentence was most of what tagging allocated),
        // each sentence's starts made absolute in it.
        var documentKeys = t_documentKeys ?? new ulong[1 << 14];
        int used = 0;
        var wordStarts = new int[sentences.Count][];
        var result = new T[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            var starts = new int[words.Count + 1];
            stems[s] = new ulong[words.Count];
            Extractor.Extract(words, null, keys, starts, stems[s]);
            if (SecondPass is null)
            {
                result[s] = final(FirstPass, keys, starts, words.Count);
                continue;
            }
            first[s] = FirstPass.Decode(keys, starts, words.Count);
            if (used + keys.Count > documentKeys.Length) Array.Resize(ref documentKeys, Math.Max(documentKeys.Length * 2, used + keys.Count));
            keys.CopyTo(documentKeys, used);
            for (int i = 0; i < starts.Length; i++) starts[i] += used;
            used += keys.Count;
            wordStarts[s] = starts;
        }
        if (documentKeys.Length <= MaxKeptKeys) t_documentKeys = documentKeys;
        if (SecondPass is null) return result;

        var memory = new DocumentMemory();
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int i = 0; i < first[s].Length; i++) memory.Record(stems[s][i], first[s][i]);
        }
        for (int s = 0; s < sentences.Count; s++)
        {
            int count = sentences[s].Count;
            var starts = new int[count + 1];
            SecondPassKeys(documentKeys, wordStarts[s], stems[s], first[s], memory, Options.Stacked, keys, starts, History,
                Neural?.Keys(sentences[s], first[s]));
            result[s] = final(SecondPass, keys, starts, count);
        }
        return result;
    }

    /// <summary>
    /// Second-pass features of one sentence: each word's own features, then what the first pass said about its
    /// form elsewhere in the document, then (stacked) the first-pass labels around it. Training and tagging both
    /// build them here, so they cannot drift apart.
    /// </summary>
    internal static void SecondPassKeys(ulong[] wordKeys, int[] wordStarts, ulong[] stems, int[] firstLabels,
        DocumentMemory memory, bool stacked, List<ulong> keys, int[] starts, PredictionHistory? history = null, ulong[]? neural = null)
    {
        int count = stems.Length;
        keys.Clear();
        for (int i = 0; i < count; i++)
        {
            starts[i] = keys.Count;
            keys.AddRange(wordKeys.AsSpan(wordStarts[i], wordStarts[i + 1] - wordStarts[i]));
            DocumentKeys(stems, firstLabels, i, memory, stacked, keys, history, neural);
        }
        starts[count] = keys.Count;
    }

    /// <summary>
    /// The second-pass features of word <paramref name="i"/> beyond its own: the document memory, the corpus
    /// prediction history (when the model has one), the neural tagger's keys of the sentence (when it has one;
    /// <see cref="NeuralTagger.KeysPerToken"/> per word), then (stacked) the first-pass labels around it.
    /// </summary>
    internal static void DocumentKeys(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> firstLabels, int i, DocumentMemory memory, bool stacked,
        List<ulong> keys, PredictionHistory? history, ReadOnlySpan<ulong> neural = default)
    {
        memory.AddFeatures(stems[i], keys);
        ContextKeys(stems, firstLabels, i, stacked, keys, history, neural);
    }

    /// <summary><see cref="DocumentKeys"/> after the document memory's: the history's, the neural tagger's, the stacked labels'.</summary>
    internal static void ContextKeys(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> firstLabels, int i, bool stacked,
        List<ulong> keys, PredictionHistory? history, ReadOnlySpan<ulong> neural = default)
    {
        history?.AddFeatures(stems, i, keys);
        if (!neural.IsEmpty) keys.AddRange(neural.Slice(i * NeuralTagger.KeysPerToken, NeuralTagger.KeysPerToken));
        if (!stacked) return;
        ulong previous = i > 0 ? (ulong)firstLabels[i - 1] : 99;
        ulong next = i + 1 < firstLabels.Length ? (ulong)firstLabels[i + 1] : 99;
        keys.Add(Tagging.FeatureHash.Feature(43, previous));
        keys.Add(Tagging.FeatureHash.Feature(44, (ulong)firstLabels[i]));
        keys.Add(Tagging.FeatureHash.Feature(45, next));
        keys.Add(Tagging.FeatureHash.Feature(46, Tagging.FeatureHash.Combine(previous, (ulong)firstLabels[i], next)));
    }
}
