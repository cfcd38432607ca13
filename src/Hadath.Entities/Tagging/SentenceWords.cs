using Hadath.Core;

namespace Hadath.Entities.Tagging;

/// <summary>
/// The words of one sentence as spans of one text (word i is <c>text[spans[i].Start..spans[i].End]</c>), so a story's
/// tokens reach the tagger without a string per word.
/// </summary>
internal readonly ref struct SentenceWords
{
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<TextSpan> _spans;

    public SentenceWords(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> spans)
    {
        _text = text;
        _spans = spans;
    }

    public int Count => _spans.Length;

    public ReadOnlySpan<char> this[int i] => _text.Slice(_spans[i].Start, _spans[i].Length);

    /// <summary>
    /// Lays the sentences of a story given as strings out in one text (the thread's buffers, reused): word spans in
    /// <paramref name="spans"/>, sentence s owning <c>spans[sentenceStarts[s]..sentenceStarts[s+1]]</c>.
    /// </summary>
    public static void Concatenate(IReadOnlyList<IReadOnlyList<string>> sentences, ref char[] text, ref TextSpan[] spans, ref int[] sentenceStarts)
    {
        int chars = 0, words = 0;
        foreach (var sentence in sentences)
        {
            words += sentence.Count;
            foreach (var word in sentence) chars += word.Length;
        }
        if (text.Length < chars) text = new char[Math.Max(chars, text.Length * 2)];
        if (spans.Length < words) spans = new TextSpan[Math.Max(words, spans.Length * 2)];
        if (sentenceStarts.Length < sentences.Count + 1) sentenceStarts = new int[Math.Max(sentences.Count + 1, sentenceStarts.Length * 2)];
        int at = 0, w = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            sentenceStarts[s] = w;
            foreach (var word in sentences[s])
            {
                word.CopyTo(text.AsSpan(at));
                spans[w++] = new TextSpan(at, at + word.Length);
                at += word.Length;
            }
        }
        sentenceStarts[sentences.Count] = w;
    }
}
