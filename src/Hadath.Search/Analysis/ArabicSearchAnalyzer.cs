using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Hadath.Search.Analysis;

/// <summary>
/// Standard (UAX #29) words, folded by <see cref="ArabicFolding"/>, each expanded into its
/// <see cref="ArabicLightStemmer"/> forms stacked at one position. Offsets keep pointing into the raw text, so
/// highlights land on the original characters. Used for indexing and for queries alike.
/// </summary>
public sealed class ArabicSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        return new TokenStreamComponents(source, new ArabicFormsFilter(source));
    }
}

/// <summary>Folds each term and emits its other forms at the same position (position increment 0).</summary>
public sealed class ArabicFormsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _pending = new();
    private State? _state;

    public ArabicFormsFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending.Dequeue());
            _position.PositionIncrement = 0;
            return true;
        }
        string folded;
        do
        {
            if (!m_input.IncrementToken()) return false;
            folded = ArabicFolding.Fold(_term.Buffer.AsSpan(0, _term.Length));
        }
        while (folded.Length == 0); // a "word" of harakat or tatweel alone folds to nothing
        var forms = ArabicLightStemmer.Forms(folded);
        _term.SetEmpty().Append(forms[0]);
        if (forms.Count > 1)
        {
            for (int i = 1; i < forms.Count; i++) _pending.Enqueue(forms[i]);
            _state = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
    }
}
