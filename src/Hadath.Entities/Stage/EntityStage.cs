using Hadath.Core;
using Hadath.Entities.Tagging;

namespace Hadath.Entities.Stage;

/// <summary>
/// The <c>entities</c> layer: tags the tokens of each sentence with the NER model (the whole story at once, for
/// document consistency), trims attached clitics off mention starts, and groups mentions into entities.
/// </summary>
public sealed class EntityStage : IStage
{
    private readonly NerModel _model;
    private readonly MentionBounds _bounds;

    public EntityStage(NerModel model)
    {
        _model = model;
        _bounds = new MentionBounds(model.Lexicon);
    }

    public string Name => "entities";
    public Layers Requires => Layers.Tokens | Layers.Sentences;
    public Layers Provides => Layers.Entities;

    // The thread's buffers for a story's word spans, sentence starts and labels (reused from story to story).
    [ThreadStatic] private static TextSpan[]? t_words;
    [ThreadStatic] private static int[]? t_sentenceStarts, t_firstTokens, t_labels;

    /// <summary>The longest story whose label buffer a thread keeps (as <c>DocumentDecoder</c> keeps its own).</summary>
    private const int MaxKeptLabels = 1 << 16;
    [ThreadStatic] private static List<(TextSpan, EntityType)>? t_mentions;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var tokens = document.Tokens;
        var words = t_words is { } keptWords && keptWords.Length >= tokens.Length ? keptWords : t_words = new TextSpan[Math.Max(tokens.Length, 1024)];
        int maxSentences = document.Sentences.Length + 1;
        var sentenceStarts = t_sentenceStarts is { } keptStarts && keptStarts.Length >= maxSentences ? keptStarts : t_sentenceStarts = new int[Math.Max(maxSentences, 256)];
        var firstTokens = t_firstTokens is { } keptFirst && keptFirst.Length >= maxSentences ? keptFirst : t_firstTokens = new int[Math.Max(maxSentences, 256)];
        // The tagger reads each sentence's tokens as spans of the text: no string per token.
        int wordCount = 0, sentenceCount = 0;
        foreach (var sentence in document.Sentences)
        {
            var (offset, length) = document.TokenRange(sentence.Span).GetOffsetAndLength(tokens.Length);
            if (length == 0) continue;
            if (wordCount + length > words.Length) Array.Resize(ref words, Math.Max(words.Length * 2, wordCount + length));   // sentences that overlap
            firstTokens[sentenceCount] = offset;
            sentenceStarts[sentenceCount++] = wordCount;
            for (int i = 0; i < length; i++) words[wordCount++] = tokens[offset + i].Span;
        }
        sentenceStarts[sentenceCount] = wordCount;
        t_words = words;
        // Kept for the thread's next story unless one enormous story asked for it (as DocumentDecoder caps its buffers).
        var labels = t_labels is { } keptLabels && keptLabels.Length >= wordCount ? keptLabels : new int[Math.Max(wordCount, 1024)];
        if (labels.Length <= MaxKeptLabels) t_labels = labels;
        _model.TagDocumentLabels(document.Text, words.AsSpan(0, wordCount), sentenceStarts.AsSpan(0, sentenceCount + 1), labels);
        // The grouper reads the mentions and keeps none of them, so the list is the thread's, emptied per story.
        var mentions = t_mentions ??= new List<(TextSpan, EntityType)>(64);
        mentions.Clear();
        for (int s = 0; s < sentenceCount; s++)
        {
            int offset = firstTokens[s];
            var sentenceLabels = labels.AsSpan(sentenceStarts[s], sentenceStarts[s + 1] - sentenceStarts[s]);
            for (int i = 0; EntityLabels.NextSpan(sentenceLabels, ref i, out var span);)
            {
                var first = _bounds.Strip(document.Text, tokens[offset + span.Start]);
                var end = tokens[offset + span.End - 1].End;
                if (first.Start < end) mentions.Add((new TextSpan(first.Start, end), EntityLabels.ToEntityType(span.Type)));
            }
        }
        var entities = EntityGrouper.Group(document.Text, mentions);
        if (mentions.Capacity > 4096) t_mentions = null;
        return document.WithEntities(entities);
    }
}
