using System.Diagnostics;
using Hadath.Entities.Evaluation;
using Hadath.Entities.Lexicon;
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
}

/// <summary>Trains both passes of the <see cref="NerModel"/>, reporting dev figures per epoch when dev data is given.</summary>
public static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<List<LabeledSentence>> documents, WordLexicon lexicon, NerTrainingOptions options,
        IReadOnlyList<List<LabeledSentence>>? dev, TextWriter log)
    {
        var extractor = new FeatureExtractor(lexicon, options.Features);
        var clock = Stopwatch.StartNew();
        var stems = new Dictionary<LabeledSentence, ulong[]>(ReferenceEqualityComparer.Instance);
        var firstFeatures = documents.Select(d => d.Select(s => Featurize(extractor, s, null, stems)).ToList()).ToList();
        log.WriteLine($"features extracted in {clock.Elapsed.TotalSeconds:F1}s");

        var first = PerceptronTrainer.Train(firstFeatures.SelectMany(d => d).ToList(), options.Epochs, options.Seed,
            dev is null || options.SecondPass ? null : (epoch, chain) => Report(log, $"epoch {epoch}", Evaluate(new NerModel(lexicon, options.Features, chain, null), dev)),
            options.MinFeatureCount, options.Ensemble);
        log.WriteLine($"first pass trained ({first.Table.Count:N0} features) in {clock.Elapsed.TotalSeconds:F1}s");
        first = PerceptronTrainer.Compact(first, options.CompactThreshold);
        if (!options.SecondPass) return new NerModel(lexicon, options.Features, first, null);

        // Held-out first-pass labels for every training document, so the second pass learns how far to trust them.
        var heldOut = new int[documents.Count][][];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var rest = firstFeatures.Where((_, d) => d % options.Folds != fold).SelectMany(d => d).ToList();
            var chain = PerceptronTrainer.Train(rest, options.Epochs, options.Seed + fold + 1, null, options.MinFeatureCount, options.Ensemble);
            for (int d = fold; d < documents.Count; d += options.Folds)
            {
                heldOut[d] = firstFeatures[d].Select(s => Decode(chain, s)).ToArray();
            }
            log.WriteLine($"fold {fold + 1}/{options.Folds} done at {clock.Elapsed.TotalSeconds:F1}s");
        }
        var secondFeatures = new List<FeaturizedSentence>();
        for (int d = 0; d < documents.Count; d++)
        {
            var memory = new DocumentMemory();
            for (int s = 0; s < documents[d].Count; s++)
            {
                var sentenceStems = stems[documents[d][s]];
                for (int i = 0; i < sentenceStems.Length; i++) memory.Record(sentenceStems[i], heldOut[d][s][i]);
            }
            for (int s = 0; s < documents[d].Count; s++)
            {
                var words = firstFeatures[d][s];
                var keys = new List<ulong>(words.Keys.Length + 16 * words.Gold.Length);
                var starts = new int[words.Gold.Length + 1];
                NerModel.SecondPassKeys(words.Keys, words.Starts, stems[documents[d][s]], heldOut[d][s], memory,
                    options.Features.Stacked, keys, starts);
                secondFeatures.Add(new FeaturizedSentence(keys.ToArray(), starts, words.Gold));
            }
        }
        var second = PerceptronTrainer.Train(secondFeatures, options.Epochs, options.Seed,
            dev is null ? null : (epoch, chain) => Report(log, $"epoch {epoch}", Evaluate(new NerModel(lexicon, options.Features, first, chain), dev)),
            options.MinFeatureCount, options.Ensemble);
        log.WriteLine($"second pass trained in {clock.Elapsed.TotalSeconds:F1}s");
        second = PerceptronTrainer.Compact(second, options.CompactThreshold);
        return new NerModel(lexicon, options.Features, first, second);
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
