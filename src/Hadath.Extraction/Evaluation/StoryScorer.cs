using Hadath.Extraction.Text;

namespace Hadath.Extraction.Evaluation;

/// <summary>
/// Scores the pipeline's reading of a story against its hand annotation, layer by layer (see
/// <c>tests/Hadath.Extraction.Tests/StoryGold/README.md</c> for the annotation rules):
/// <list type="bullet">
/// <item>mentions: exact span and entity type;</item>
/// <item>coreference: B³ (and MUC) over the gold mentions, each put in the predicted entity of the predicted mention
/// that overlaps it (a gold mention nothing overlaps is a singleton): a title never linked to its person (الوزير
/// الاميركي) costs recall, a wrong merge costs precision, and span boundaries are left to the mentions layer. B³ is
/// the headline because it credits singletons (most entities of a wire story) and grades a wrong merge by its size,
/// where MUC ignores singletons and counts links;</item>
/// <item>quotes: one-to-one by span overlap; with speaker, the predicted speaker must denote the gold speaker
/// entity, or for an unnamed speaker be unnamed too with speaker text that contains or is contained in the gold one;</item>
/// <item>counts: overlapping span, same kind and same value;</item>
/// <item>times: exact span and same value (and span alone, for diagnosis);</item>
/// <item>events: same sentence, same CAMEO root, source and target denoting the gold ones (null for null); an unnamed
/// actor (entity null, with its words' span) denotes the gold entity a mention of which its span overlaps most; and
/// for diagnosis, events (action): same sentence and CAMEO root whatever the sides, which tells an act missed from an
/// act read with the wrong source or target.</item>
/// </list>
/// A predicted entity denotes the gold entity most of its mentions overlap.
/// </summary>
public sealed class StoryScorer
{
    public static readonly string[] LayerNames =
    {
        "mentions", "coref B3", "coref MUC", "quotes (span)", "quotes+speaker", "counts", "times (span)", "times", "events (action)", "events",
    };

    /// <summary>The layers the issue sets targets for, averaged into the summary figure.</summary>
    public static readonly string[] HeadlineLayers = { "mentions", "coref B3", "quotes+speaker", "counts", "times", "events" };

    public Dictionary<string, LayerTally> Layers { get; } = LayerNames.ToDictionary(n => n, _ => new LayerTally());

    /// <summary>Each miss (gold only) and false alarm (predicted only), for <c>--errors</c>.</summary>
    public List<string> Errors { get; } = new();

    /// <summary>Scores one story and returns its own per-layer tallies (also added to <see cref="Layers"/>).</summary>
    public Dictionary<string, LayerTally> Add(StoryAnnotation gold, StoryAnnotation predicted)
    {
        var story = LayerNames.ToDictionary(n => n, _ => new LayerTally());
        var denotes = Denotations(gold.Entities ?? Array.Empty<StoryEntity>(), predicted.Entities ?? Array.Empty<StoryEntity>());
        string name = gold.Id ?? "story";
        if (gold.Entities is { } entities)
        {
            Mentions(name, gold.Text, entities, predicted.Entities ?? Array.Empty<StoryEntity>(), story);
        }
        if (gold.Quotes is { } quotes) Quotes(name, gold.Text, quotes, predicted.Quotes ?? Array.Empty<StoryQuote>(), denotes, story);
        if (gold.Counts is { } counts) Counts(name, gold.Text, counts, predicted.Counts ?? Array.Empty<StoryCount>(), story);
        if (gold.Times is { } times) Times(name, gold.Text, times, predicted.Times ?? Array.Empty<StoryTime>(), story);
        if (gold.Events is { } events)
        {
            Events(name, gold.Text, events, predicted.Events ?? Array.Empty<StoryEvent>(), predicted.Sentences, denotes, gold.Entities ?? Array.Empty<StoryEntity>(), story);
        }
        foreach (var (layer, tally) in story)
        {
            Layers[layer].Add(tally.PrecisionHits, tally.Predicted, tally.RecallHits, tally.Gold);
        }
        return story;
    }

    /// <summary>Mean micro F1 of the headline layers that had anything to score.</summary>
    public double MeanF1 => HeadlineLayers.Select(l => Layers[l]).Where(t => !t.IsEmpty).Select(t => t.F1).DefaultIfEmpty(0).Average();

    private void Mentions(string name, string text, IReadOnlyList<StoryEntity> gold, IReadOnlyList<StoryEntity> predicted, Dictionary<string, LayerTally> story)
    {
        var g = gold.SelectMany(e => e.Mentions.Select(m => (m, e.Type))).ToHashSet();
        var p = predicted.SelectMany(e => e.Mentions.Select(m => (m, e.Type))).ToHashSet();
        story["mentions"].Add(g.Intersect(p).Count(), p.Count, g.Count);
        foreach (var (m, type) in g.Except(p)) Errors.Add($"{name}\tmention\tmissed\t{type} {Show(text, m)}");
        foreach (var (m, type) in p.Except(g)) Errors.Add($"{name}\tmention\textra\t{type} {Show(text, m)}");

        // Clusters over the gold mentions: each takes the predicted entity of the predicted mention overlapping it most
        // (a clitic left on a span is the mentions layer's fault, not a linking error); one nobody found stands alone.
        var goldOf = gold.SelectMany(e => e.Mentions.Select(m => (m, e.Id))).GroupBy(x => x.m).ToDictionary(x => x.Key, x => x.First().Id);
        var predMentions = predicted.SelectMany(e => e.Mentions.Select(m => (m, e.Id))).ToList();
        var predOf = new Dictionary<StorySpan, string>();
        foreach (var m in goldOf.Keys)
        {
            var best = predMentions.Where(x => x.m.Overlaps(m)).OrderByDescending(x => x.m.Overlap(m)).Select(x => x.Id).FirstOrDefault();
            predOf[m] = best ?? $"\u0000{m.Start}";
        }
        var common = goldOf.Keys.OrderBy(m => m.Start).ToList();
        double precision = 0, recall = 0;
        foreach (var m in common)
        {
            var g1 = common.Where(x => goldOf[x] == goldOf[m]).ToHashSet();
            var p1 = common.Where(x => predOf[x] == predOf[m]).ToHashSet();
            double both = g1.Intersect(p1).Count();
            precision += both / p1.Count;
            recall += both / g1.Count;
            if (both < g1.Count) Errors.Add($"{name}\tcoref\tsplit\t{Show(text, m)} from {string.Join(", ", g1.Except(p1).Select(x => Show(text, x)))}");
            if (both < p1.Count) Errors.Add($"{name}\tcoref\tmerged\t{Show(text, m)} with {string.Join(", ", p1.Except(g1).Select(x => Show(text, x)))}");
        }
        story["coref B3"].Add(precision, common.Count, recall, common.Count);
        var (mucRecall, mucRecallOf) = Muc(common, goldOf, predOf);
        var (mucPrecision, mucPrecisionOf) = Muc(common, predOf, goldOf);
        story["coref MUC"].Add(mucPrecision, mucPrecisionOf, mucRecall, mucRecallOf);
    }

    /// <summary>MUC (Vilain et al. 1995): links of the key clusters kept by the response partition.</summary>
    private static (double Hits, double Links) Muc(List<StorySpan> common, Dictionary<StorySpan, string> key, Dictionary<StorySpan, string> response)
    {
        double hits = 0, links = 0;
        foreach (var cluster in common.GroupBy(m => key[m]))
        {
            int size = cluster.Count();
            int parts = cluster.Select(m => response[m]).Distinct().Count();
            hits += size - parts;
            links += size - 1;
        }
        return (hits, links);
    }

    private void Quotes(string name, string text, IReadOnlyList<StoryQuote> gold, IReadOnlyList<StoryQuote> predicted,
        Func<string?, string?> denotes, Dictionary<string, LayerTally> story)
    {
        var pairs = Align(gold, predicted, q => q.Span, (_, _) => true);
        int right = 0;
        foreach (var (g, p) in pairs)
        {
            if (SpeakerMatches(g, p, denotes)) right++;
            else Errors.Add($"{name}\tquote\tspeaker\t{Show(text, g.Span)}: gold {g.Speaker ?? "-"} \"{g.SpeakerText}\", got {p.Speaker ?? "-"}→{denotes(p.Speaker) ?? "-"} \"{p.SpeakerText}\"");
        }
        story["quotes (span)"].Add(pairs.Count, predicted.Count, gold.Count);
        story["quotes+speaker"].Add(right, predicted.Count, gold.Count);
        foreach (var g in gold.Where(g => pairs.All(x => x.Gold != g))) Errors.Add($"{name}\tquote\tmissed\t{Show(text, g.Span)}");
        foreach (var p in predicted.Where(p => pairs.All(x => x.Predicted != p))) Errors.Add($"{name}\tquote\textra\t{Show(text, p.Span)}");
    }

    private static bool SpeakerMatches(StoryQuote gold, StoryQuote predicted, Func<string?, string?> denotes)
    {
        if (gold.Speaker is not null) return predicted.Speaker is not null && denotes(predicted.Speaker) == gold.Speaker;
        if (predicted.Speaker is not null) return false;
        if (gold.SpeakerText is null || predicted.SpeakerText is null) return gold.SpeakerText is null && predicted.SpeakerText is null;
        string g = Key(gold.SpeakerText), p = Key(predicted.SpeakerText);
        return p.Length > 0 && (g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal));
    }

    private static string Key(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => MatchKey.Of(w)));

    private void Counts(string name, string text, IReadOnlyList<StoryCount> gold, IReadOnlyList<StoryCount> predicted, Dictionary<string, LayerTally> story)
    {
        var pairs = Align(gold, predicted, c => c.Span, (g, p) => g.Kind == p.Kind && g.Value.Equals(p.Value));
        story["counts"].Add(pairs.Count, predicted.Count, gold.Count);
        foreach (var g in gold.Where(g => pairs.All(x => x.Gold != g))) Errors.Add($"{name}\tcount\tmissed\t{g.Kind} {g.Value} {Show(text, g.Span)}");
        foreach (var p in predicted.Where(p => pairs.All(x => x.Predicted != p))) Errors.Add($"{name}\tcount\textra\t{p.Kind} {p.Value} {Show(text, p.Span)}");
    }

    private void Times(string name, string text, IReadOnlyList<StoryTime> gold, IReadOnlyList<StoryTime> predicted, Dictionary<string, LayerTally> story)
    {
        var spans = gold.Select(t => t.Span).Intersect(predicted.Select(t => t.Span)).Count();
        var exact = gold.Intersect(predicted).Count();
        story["times (span)"].Add(spans, predicted.Count, gold.Count);
        story["times"].Add(exact, predicted.Count, gold.Count);
        foreach (var g in gold.Except(predicted)) Errors.Add($"{name}\ttime\tmissed\t{g.Value} {Show(text, g.Span)}");
        foreach (var p in predicted.Except(gold)) Errors.Add($"{name}\ttime\textra\t{p.Value} {Show(text, p.Span)}");
    }

    private void Events(string name, string text, IReadOnlyList<StoryEvent> gold, IReadOnlyList<StoryEvent> predicted, IReadOnlyList<StorySpan>? sentences,
        Func<string?, string?> denotes, IReadOnlyList<StoryEntity> goldEntities, Dictionary<string, LayerTally> story)
    {
        int Sentence(StorySpan span)
        {
            if (sentences is null) return 0;
            for (int k = 0; k < sentences.Count; k++)
            {
                if (sentences[k].Start <= span.Start && span.Start < sentences[k].End) return k;
            }
            return -1;
        }
        var goldMentions = goldEntities.SelectMany(e => e.Mentions.Select(m => (Span: m, e.Id))).ToList();
        string? Denotes(string? id, StorySpan? span) =>
            id is not null ? denotes(id)
            : span is { } s ? goldMentions.Where(m => m.Span.Overlaps(s)).OrderByDescending(m => m.Span.Overlap(s)).Select(m => m.Id).FirstOrDefault()
            : null;
        var used = new HashSet<StoryEvent>();
        int matched = 0;
        foreach (var g in gold)
        {
            var p = predicted.FirstOrDefault(p => !used.Contains(p) && Sentence(p.Span) == Sentence(g.Span) && p.Root == g.Root &&
                                                  Denotes(p.Source, p.SourceSpan) == g.Source && Denotes(p.Target, p.TargetSpan) == g.Target);
            if (p is null)
            {
                Errors.Add($"{name}\tevent\tmissed\t{g.Code} {g.Source ?? "-"}→{g.Target ?? "-"} {Show(text, g.Span)}");
                continue;
            }
            used.Add(p);
            matched++;
        }
        foreach (var p in predicted.Where(p => !used.Contains(p)))
        {
            Errors.Add($"{name}\tevent\textra\t{p.Code} {Denotes(p.Source, p.SourceSpan) ?? "-"}→{Denotes(p.Target, p.TargetSpan) ?? "-"} {Show(text, p.Span)}");
        }
        story["events"].Add(matched, predicted.Count, gold.Count);
        story["events (action)"].Add(ActionsMatched(gold, predicted, Sentence), predicted.Count, gold.Count);
    }

    /// <summary>Gold events paired one to one with predicted ones of the same sentence and CAMEO root, sides aside.</summary>
    private static int ActionsMatched(IReadOnlyList<StoryEvent> gold, IReadOnlyList<StoryEvent> predicted, Func<StorySpan, int> sentence)
    {
        var used = new HashSet<StoryEvent>();
        foreach (var g in gold)
        {
            var p = predicted.FirstOrDefault(p => !used.Contains(p) && sentence(p.Span) == sentence(g.Span) && p.Root == g.Root);
            if (p is not null) used.Add(p);
        }
        return used.Count;
    }

    /// <summary>One-to-one pairs by largest span overlap among those that <paramref name="agree"/>.</summary>
    private static List<(T Gold, T Predicted)> Align<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, StorySpan> span, Func<T, T, bool> agree)
        where T : class
    {
        var candidates = gold.SelectMany(g => predicted.Where(p => span(g).Overlaps(span(p)) && agree(g, p)).Select(p => (g, p, span(g).Overlap(span(p)))))
            .OrderByDescending(x => x.Item3)
            .ToList();
        var pairs = new List<(T, T)>();
        foreach (var (g, p, _) in candidates)
        {
            if (pairs.Any(x => ReferenceEquals(x.Item1, g) || ReferenceEquals(x.Item2, p))) continue;
            pairs.Add((g, p));
        }
        return pairs;
    }

    /// <summary>Maps a predicted entity id to the gold entity most of its mentions overlap (null when none).</summary>
    private static Func<string?, string?> Denotations(IReadOnlyList<StoryEntity> gold, IReadOnlyList<StoryEntity> predicted)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var p in predicted)
        {
            map[p.Id] = gold
                .Select(g => (g.Id, Shared: p.Mentions.Count(m => g.Mentions.Any(n => n.Overlaps(m)))))
                .Where(x => x.Shared > 0)
                .OrderByDescending(x => x.Shared)
                .Select(x => x.Id)
                .FirstOrDefault();
        }
        return id => id is not null && map.TryGetValue(id, out var g) ? g : null;
    }

    private static string Show(string text, StorySpan span) => $"[{span.Start},{span.End}) {text[span.Start..span.End].Replace('\n', ' ')}";
}
