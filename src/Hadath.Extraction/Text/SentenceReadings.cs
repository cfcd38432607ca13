namespace Hadath.Extraction.Text;

/// <summary>
/// The <see cref="Proclitics"/> readings of a sentence's words, each made when first asked for: the event rules ask
/// for a word's readings only when its key may start a trigger (a <see cref="ReadingPrefilter"/>) or be a CAMEO verb
/// (the verb table's <c>FormShapes</c>), or when it stands next to one, so most words of a sentence are never peeled.
/// </summary>
internal sealed class SentenceReadings
{
    private readonly string _text;
    private readonly IReadOnlyList<Word> _words;
    // Made when a word is first asked for: a sentence whose rules ask for no word's readings makes none.
    private Proclitics.Reading[]?[]? _readings;

    // A sentence of the thread's document reads its words' readings from the document's table by index: the table
    // keeps each word's readings already, so no table of the sentence's own is made.
    private readonly DocumentWords? _document;
    private readonly int _offset;

    public SentenceReadings(string text, IReadOnlyList<Word> words)
    {
        _text = text;
        _words = words;
        if (DocumentWords.Current(text) is { } document && document.OffsetOf(words) is var offset and >= 0)
        {
            _document = document;
            _offset = offset;
        }
    }

    public int Length => _words.Count;

    /// <summary>
    /// The story's named mentions in order of start (the event stage's list), or null where none was given: a rule that
    /// must step over a named subject (ضبطت مديرية أمن غازي عنتاب 214 مهاجرا) reads them here.
    /// </summary>
    public (Hadath.Core.TextSpan Span, Hadath.Core.Entity Entity)[]? Names { get; init; }

    /// <summary>The text the words index into.</summary>
    public string Text => _text;

    /// <summary>Whether word <paramref name="i"/> is written with و/ف right after a comma (…، واتهم): it opens a clause of its own.</summary>
    public bool OpensClauseAfterComma(int i) =>
        i > 0 && _words[i - 1].IsComma && _words[i].IsLetters && _words[i].Key.Length > 2 && _words[i].Key[0] is 'و' or 'ف' && this[i].Length > 1;

    /// <summary>Whether a reading of word <paramref name="i"/> has one of <paramref name="keys"/> as its key.</summary>
    public bool AnyKeyIn(int i, HashSet<string> keys)
    {
        foreach (var r in this[i])
        {
            if (keys.Contains(r.Key)) return true;
        }
        return false;
    }

    public Proclitics.Reading[] this[int i] => _document is not null && (uint)i < (uint)_words.Count
        ? _document.ReadingsAt(_offset + i)
        : (_readings ??= new Proclitics.Reading[_words.Count][])[i] ??= Proclitics.ReadingsOf(_text, _words[i]);
}
