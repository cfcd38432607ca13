using System.Diagnostics;
using Hadath.Entities.Evaluation;
using Hadath.Entities.Lexicon;
using Hadath.Entities.Tagging;
using Hadath.Entities.Training;

namespace Hadath.Entities.Neural;

/// <summary>
/// The neural tagger as the second pass's training needs it: posteriors for every training sentence from a network
/// that never saw its document (the same folds as the first pass's jackknife), so the perceptron learns how far
/// held-out neural guesses can be trusted, and a final network trained on everything for dev and new text.
/// </summary>
internal static class StackedNeural
{
    public static (NeuralTagger Final, float[][][] HeldOut) Train(IReadOnlyList<List<LabeledSentence>> documents, WordLexicon lexicon,
        NeuralOptions options, int folds, int seed, IReadOnlyList<List<LabeledSentence>>? dev, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var encoder = NeuralTrainer.BuildEncoder(options, documents.SelectMany(d => d.Select(s => (IReadOnlyList<string>)s.Words)), lexicon, seed, log);
        log.WriteLine($"neural: {encoder.Vocabulary.Count:N0} word vectors at {clock.Elapsed.TotalSeconds:F1}s");
        var heldOut = new float[documents.Count][][];
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = Enumerable.Range(0, documents.Count).Where(d => d % folds != fold).SelectMany(d => documents[d]).ToList();
            var tagger = NeuralTrainer.Train(encoder, rest, options, seed + fold + 1, TextWriter.Null);
            for (int d = fold; d < documents.Count; d += folds)
            {
                heldOut[d] = documents[d].Select(s => tagger.Posteriors(s.Words)).ToArray();
            }
            log.WriteLine($"neural fold {fold + 1}/{folds} done at {clock.Elapsed.TotalSeconds:F1}s");
        }
        var final = NeuralTrainer.Train(encoder, documents.SelectMany(d => d).ToList(), options, seed, log);
        if (dev is not null)
        {
            var scorer = new SpanScorer();
            foreach (var sentence in dev.SelectMany(d => d)) scorer.Add(sentence.Spans, EntityLabels.SpansFromLabels(final.Decode(sentence.Words)));
            log.WriteLine($"neural tagger alone: dev micro F1 {scorer.Micro.F1 * 100:F2} (P {scorer.Micro.Precision * 100:F2} / R {scorer.Micro.Recall * 100:F2}) at {clock.Elapsed.TotalSeconds:F1}s");
        }
        return (final, heldOut);
    }
}
