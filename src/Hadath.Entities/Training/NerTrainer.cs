using System.Diagnostics;
using Hadath.Entities.Evaluation;
using Hadath.Entities.Lexicon;
using Hadath.Entities.Neural;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Training;

public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 1;

    /// <summary>Sentences per pseudo-document where the data marks no story boundaries.</summary>
    public int DocumentSize { get; init; } = 20;

    /// <summary>Train the document-consistency pass on held-out (jackknifed) first-pass labels.</summary>
    public bool SecondPass { get; init; } = true;
    public int Folds { get; init; } = 4;

    /// <summary>Feature rows whose largest averaged weight is below this are dropped from the saved model.</summary>
    public float CompactThreshold { get; init; } = 0.01f;

    public FeatureOptions Features { get; init; } = new();

    /// <summary>Features seen fewer times than this in training get no weight.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Perceptrons (sentence orders) averaged per pass.</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>
    /// Documents from this index on come from other corpora (AQMAR, Wojood): their features get a second,
    /// domain-only copy ("frustratingly easy" domain adaptation, Daumé 2007) that absorbs what is peculiar to those
    /// corpora, and only the shared copy is ever used when tagging. Past the end (the default): no such documents.
    /// </summary>
    public int OtherDomainFrom { get; init; } = int.MaxValue;

    /// <summary>Word dropout: when above zero, training also sees a copy of the data with this share of words' identity features left out.</summary>
    public double WordDropout { get; init; }

    /// <summary>Cost-augmented training (zero: the plain perceptron).</summary>
    public TrainingCosts Costs { get; init; } = new();

    /// <summary>Per-type bias on mention-opening labels, folded into the final pass; null leaves it at zero.</summary>
    public float[]? MentionBias { get; init; }

    /// <summary>Corpus prediction history for the second pass (null: none).</summary>
    public HistoryOptions? History { get; init; }

    /// <summary>Neural window tagger whose jackknifed posteriors the second pass reads (null: none; see Neural/).</summary>
    public NeuralOptions? Neural { get; init; }

    /// <summary>Self-training on confidently auto-tagged history-corpus sentences (needs <see cref="History"/>; null: none).</summary>
    public SelfTrainingOptions? SelfTraining { get; init; }

    /// <summary>Documents from this index on are auto-tagged; their updates are scaled by <see cref="AutoWeight"/>.</summary>
    internal int AutoFrom { get; init; } = int.MaxValue;
    internal float AutoWeight { get; init; } = 1;
}

/// <summary>Trains both passes of the <see cref="NerModel"/>, reporting dev figures per epoch when dev data is given.</summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<List<LabeledSentence>> documents, WordLexicon lexicon, NerTrainingOptions options,
        IReadOnlyList<List<LabeledSentence>>? dev, TextWriter log)
    {
        if (options.SelfTraining is { } self && options.History is { } corpus && options.SecondPass)
        {
            // Train once, tag the corpus, keep what every view agrees on, train again with it at a lower weight.
            var seedModel = Train(documents, lexicon, options with { SelfTraining = null }, null, log);
            var auto = SelfTraining.Select(seedModel, corpus.Sentences, options.DocumentSize, self, options.Seed, log);
            return Train([.. documents, .. auto], lexicon,
                options with { SelfTraining = null, AutoFrom = documents.Count, AutoWeight = self.Weight }, dev, log);
        }
        var extractor = new FeatureExtractor(lexicon, options.Features);
        var clock = Stopwatch.StartNew();
        var stems = new Dictionary<LabeledSentence, ulong[]>(ReferenceEqualityComparer.Instance);
        var firstFeatures = documents.Select(d => d.Select(s => Featurize(extractor, s, null, stems)).ToList()).ToList();
        for (int d = options.OtherDomainFrom; d < documents.Count; d++)
        {
            firstFeatures[d] = firstFeatures[d].Select(WithDomainCopies).ToList();
        }
        for (int d = options.AutoFrom; d < documents.Count; d++)
        {
            firstFeatures[d] = firstFeatures[d].Select(s => s with { Weight = options.AutoWeight }).ToList();
        }
        // Word dropout: a second copy of every document with some words' identity features left out.
        List<List<FeaturizedSentence>>? dropped = null;
        if (options.WordDropout > 0)
        {
            var dropper = new FeatureExtractor(lexicon, options.Features) { IdentityDropout = (options.WordDropout, new Random(options.Seed + 7919)) };
            dropped = documents.Select(d => d.Select(s => Featurize(dropper, s, null, null)).ToList()).ToList();
        }
        List<FeaturizedSentence> FirstPassData(Func<int, bool> include) =>
            Enumerable.Range(0, documents.Count).Where(include).SelectMany(d => dropped is null ? firstFeatures[d] : firstFeatures[d].Concat(dropped[d])).ToList();
        log.WriteLine($"features extracted in {clock.Elapsed.TotalSeconds:F1}s");

        var first = PerceptronTrainer.Train(FirstPassData(_ => true), options.Epochs, options.Seed,
            dev is null || options.SecondPass ? null : (epoch, chain) => Report(log, $"epoch {epoch}", Evaluate(new NerModel(lexicon, options.Features, chain, null), dev)),
            options.MinFeatureCount, options.Ensemble, options.Costs);
        log.WriteLine($"first pass trained ({first.Table.Count:N0} features) in {clock.Elapsed.TotalSeconds:F1}s");
        first = PerceptronTrainer.Compact(first, options.CompactThreshold);
        if (!options.SecondPass)
        {
            if (options.MentionBias is { } firstBias) MentionBiasTuner.Apply(first, firstBias);
            return new NerModel(lexicon, options.Features, first, null);
        }

        // Held-out first-pass labels for every training document, so the second pass learns how far to trust them.
        var heldOut = new int[documents.Count][][];
        var heldOutDropped = new int[documents.Count][][];
        // Corpus prediction history: the training documents of a fold read the history of the model that never saw
        // them, as dev and new text read the history of the final first pass.
        var foldHistory = new PredictionHistory?[options.Folds];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var rest = FirstPassData(d => d % options.Folds != fold);
            var chain = PerceptronTrainer.Train(rest, options.Epochs, options.Seed + fold + 1, null, options.MinFeatureCount, options.Ensemble, options.Costs);
            for (int d = fold; d < documents.Count; d += options.Folds)
            {
                heldOut[d] = firstFeatures[d].Select(s => Decode(chain, s)).ToArray();
                if (dropped is not null) heldOutDropped[d] = dropped[d].Select(s => Decode(chain, s)).ToArray();
            }
            if (options.History is { } historyOptions) foldHistory[fold] = HistoryBuilder.Build(chain, extractor, historyOptions);
            log.WriteLine($"fold {fold + 1}/{options.Folds} done at {clock.Elapsed.TotalSeconds:F1}s");
        }
        var history = options.History is { } finalOptions ? HistoryBuilder.Build(first, extractor, finalOptions) : null;
        var (neural, neuralPosteriors) = options.Neural is { } neuralOptions
            ? StackedNeural.Train(documents, lexicon, neuralOptions, options.Folds, options.Seed, dev, log)
            : (null, null);
        if (history is not null)
        {
            log.WriteLine($"prediction history: {history.Words.Count:N0} forms, {history.Pairs.Count:N0} pairs at {clock.Elapsed.TotalSeconds:F1}s");
        }
        var secondFeatures = new List<FeaturizedSentence>();
        for (int d = 0; d < documents.Count; d++)
        {
            var documentHistory = foldHistory[d % options.Folds];
            var posteriors = neuralPosteriors?[d];
            AddSecondPass(documents[d], firstFeatures[d], heldOut[d], stems, options.Features.Stacked, documentHistory, secondFeatures, posteriors);
            if (dropped is not null) AddSecondPass(documents[d], dropped[d], heldOutDropped[d], stems, options.Features.Stacked, documentHistory, secondFeatures, posteriors);
        }
        var second = PerceptronTrainer.Train(secondFeatures, options.Epochs, options.Seed,
            dev is null ? null : (epoch, chain) => Report(log, $"epoch {epoch}", Evaluate(new NerModel(lexicon, options.Features, first, chain, history, neural), dev)),
            options.MinFeatureCount, options.Ensemble, options.Costs);
        log.WriteLine($"second pass trained in {clock.Elapsed.TotalSeconds:F1}s");
        second = PerceptronTrainer.Compact(second, options.CompactThreshold);
        if (options.MentionBias is { } bias) MentionBiasTuner.Apply(second, bias);
        return new NerModel(lexicon, options.Features, first, second, history, neural);
    }

    /// <summary>Second-pass training sentences of one document: its word features plus what its held-out first-pass labels say.</summary>
    private static void AddSecondPass(List<LabeledSentence> document, List<FeaturizedSentence> words, int[][] heldOut,
        Dictionary<LabeledSentence, ulong[]> stems, bool stacked, PredictionHistory? history, List<FeaturizedSentence> output,
        float[][]? neuralPosteriors = null)
    {
        var memory = new DocumentMemory();
        for (int s = 0; s < document.Count; s++)
        {
            var sentenceStems = stems[document[s]];
            for (int i = 0; i < sentenceStems.Length; i++) memory.Record(sentenceStems[i], heldOut[s][i]);
        }
        for (int s = 0; s < document.Count; s++)
        {
            var sentence = words[s];
            var keys = new List<ulong>(sentence.Keys.Length + 16 * sentence.Gold.Length);
            var starts = new int[sentence.Gold.Length + 1];
            var neural = neuralPosteriors is null ? null : NeuralTagger.KeysFrom(neuralPosteriors[s], heldOut[s]);
            NerModel.SecondPassKeys(sentence.Keys, sentence.Starts, stems[document[s]], heldOut[s], memory, stacked, keys, starts, history, neural);
            output.Add(new FeaturizedSentence(keys.ToArray(), starts, sentence.Gold, sentence.Weight));
        }
    }

    private const ulong OtherDomainSalt = 0xD0A1_7E55_0000_0001UL;

    /// <summary>Each word's keys followed by their other-domain copies.</summary>
    private static FeaturizedSentence WithDomainCopies(FeaturizedSentence sentence)
    {
        int n = sentence.Gold.Length;
        var keys = new ulong[sentence.Keys.Length * 2];
        var starts = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            starts[i] = k;
            var own = sentence.Keys.AsSpan(sentence.Starts[i], sentence.Starts[i + 1] - sentence.Starts[i]);
            own.CopyTo(keys.AsSpan(k));
            k += own.Length;
            foreach (ulong key in own) keys[k++] = FeatureHash.Combine(key, OtherDomainSalt);
        }
        starts[n] = k;
        return new FeaturizedSentence(keys, starts, sentence.Gold);
    }

    private static FeaturizedSentence Featurize(FeatureExtractor extractor, LabeledSentence sentence, DocumentMemory? memory,
        Dictionary<LabeledSentence, ulong[]>? stems)
    {
        var keys = new List<ulong>(sentence.Words.Length * 48);
        var starts = new int[sentence.Words.Length + 1];
        var sentenceStems = stems is null ? null : new ulong[sentence.Words.Length];
        extractor.Extract(sentence.Words, memory, keys, starts, sentenceStems);
        if (stems is not null) stems[sentence] = sentenceStems!;
        return new FeaturizedSentence(keys.ToArray(), starts, sentence.Labels());
    }

    private static int[] Decode(LinearChain chain, FeaturizedSentence sentence)
    {
        var keys = new List<ulong>(sentence.Keys);
        return chain.Decode(keys, sentence.Starts, sentence.Gold.Length);
    }

    /// <summary>Scores a model on gold documents (exact span match).</summary>
    public static SpanScorer Evaluate(NerModel model, IReadOnlyList<List<LabeledSentence>> documents, SpanScorer? scorer = null)
    {
        scorer ??= new SpanScorer();
        foreach (var document in documents)
        {
            var labels = model.DecodeDocument(document.Select(s => (IReadOnlyList<string>)s.Words).ToList());
            for (int s = 0; s < document.Count; s++)
            {
                scorer.Add(document[s].Spans, EntityLabels.SpansFromLabels(labels[s]));
            }
        }
        return scorer;
    }

    private static void Report(TextWriter log, string label, SpanScorer scorer)
    {
        var parts = Enumerable.Range(0, EntityLabels.TypeCount).Select(t => $"{EntityLabels.TypeNames[t]} {scorer.ForType(t).F1 * 100:F2}");
        log.WriteLine($"{label}: dev micro F1 {scorer.Micro.F1 * 100:F2} ({string.Join(", ", parts)})");
        log.Flush();
    }
}
