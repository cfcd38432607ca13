using Hadath.Entities.Tagging;

namespace Hadath.Entities.Training;

/// <summary>Self-training: auto-tagged corpus sentences the model is sure of, added to training with a lower weight.</summary>
public sealed record SelfTrainingOptions
{
    /// <summary>Update weight of an auto-tagged sentence (a gold sentence has 1).</summary>
    public float Weight { get; init; } = 0.3f;

    /// <summary>At most this many auto-tagged sentences are added.</summary>
    public int MaxSentences { get; init; } = 10000;
}

/// <summary>
/// Picks auto-tagged sentences from the prediction-history corpus where three views agree: the first pass alone, the
/// full model (document consistency and history), and the corpus history of every word (each word the history calls
/// mostly a name of one type, at least 60%, carries that type, and every tagged word's form is mostly that type in
/// the corpus). Sentences without a name teach nothing new and are skipped.
/// </summary>
internal static class SelfTraining
{
    public static List<List<LabeledSentence>> Select(NerModel model, IReadOnlyList<string[]> corpus, int documentSize,
        SelfTrainingOptions options, int seed, TextWriter log)
    {
        var history = model.History ?? throw new InvalidOperationException("self-training needs the prediction history");
        var chosen = new List<LabeledSentence>();
        var keys = new List<ulong>(4096);
        var starts = new int[HistoryCorpus.MaxSentenceWords + 1];
        int looked = 0;
        foreach (var document in ConllCorpus.Chunk(corpus, documentSize))
        {
            var final = model.DecodeDocument(document);
            for (int s = 0; s < document.Count; s++)
            {
                looked++;
                var words = document[s];
                var stems = new ulong[words.Length];
                model.Extractor.Extract(words, null, keys, starts, stems);
                var first = model.FirstPass.Decode(keys, starts, words.Length);
                if (!first.AsSpan().SequenceEqual(final[s]) || !Agrees(final[s], stems, history)) continue;
                var spans = EntityLabels.SpansFromLabels(final[s]);
                if (spans.Count == 0) continue;
                chosen.Add(new LabeledSentence(words, spans));
            }
        }
        // A seeded shuffle spreads the cap over the whole corpus rather than its first files.
        var picked = chosen.ToArray();
        new Random(seed + 4242).Shuffle(picked);
        var kept = picked.Take(options.MaxSentences).ToList();
        log.WriteLine($"self-training: {chosen.Count:N0} of {looked:N0} corpus sentences agree, {kept.Count:N0} kept (weight {options.Weight})");
        return ConllCorpus.Chunk(kept, documentSize);
    }

    private static bool Agrees(int[] labels, ulong[] stems, PredictionHistory history)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            int type = EntityLabels.TypeOf(labels[i]);
            bool known = history.TryMajority(stems[i], out int majority, out int band);
            if (type >= 0 && (!known || majority != type)) return false;
            if (type < 0 && known && majority >= 0 && band >= 4) return false;
        }
        return true;
    }
}
