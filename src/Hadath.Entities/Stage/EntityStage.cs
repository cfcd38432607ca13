using Hadath.Core;

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

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var ranges = new List<Range>();
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var sentence in document.Sentences)
        {
            var range = document.TokenRange(sentence.Span);
            var (offset, length) = range.GetOffsetAndLength(document.Tokens.Length);
            if (length == 0) continue;
            var words = new string[length];
            for (int i = 0; i < length; i++) words[i] = document.Slice(document.Tokens[offset + i].Span);
            ranges.Add(range);
            sentences.Add(words);
        }
        var tagged = _model.TagDocument(sentences);
        var mentions = new List<(TextSpan, EntityType)>();
        for (int s = 0; s < tagged.Length; s++)
        {
            int offset = ranges[s].GetOffsetAndLength(document.Tokens.Length).Offset;
            foreach (var span in tagged[s])
            {
                var first = _bounds.Strip(document.Text, document.Tokens[offset + span.Start]);
                var end = document.Tokens[offset + span.End - 1].End;
                if (first.Start < end) mentions.Add((new TextSpan(first.Start, end), span.Type));
            }
        }
        return document.WithEntities(EntityGrouper.Group(document.Text, mentions));
    }
}
