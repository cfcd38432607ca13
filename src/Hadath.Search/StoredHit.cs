using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Hadath.Search;

/// <summary>
/// The stored fields a hit shows, read straight into strings (no <c>Document</c> of <c>Field</c> objects), for
/// segments written before <see cref="HitFields"/> packed them; the text is decoded only when a snippet is wanted.
/// </summary>
internal sealed class StoredHit : StoredFieldVisitor
{
    private readonly bool _withText;
    private int _missing;

    private StoredHit(bool withText)
    {
        _withText = withText;
        _missing = withText ? 5 : 4;
    }

    public string? Id { get; private set; }
    public string? Title { get; private set; }
    public string? Date { get; private set; }
    public string? Source { get; private set; }
    public string? Text { get; private set; }

    public static StoredHit Read(IndexSearcher searcher, int doc, bool withText)
    {
        var hit = new StoredHit(withText);
        searcher.Doc(doc, hit);
        return hit;
    }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        if (_missing == 0) return Status.STOP;
        return fieldInfo.Name switch
        {
            IndexFields.Id or IndexFields.Title or IndexFields.Date or IndexFields.Source => Status.YES,
            IndexFields.Text when _withText => Status.YES,
            _ => Status.NO,
        };
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        _missing--;
        switch (fieldInfo.Name)
        {
            case IndexFields.Id: Id = value; break;
            case IndexFields.Title: Title = value; break;
            case IndexFields.Date: Date = value; break;
            case IndexFields.Source: Source = value; break;
            case IndexFields.Text: Text = value; break;
        }
    }
}
