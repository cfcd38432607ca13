using Hadath.Extraction.Text;

namespace Hadath.Extraction.Actors;

/// <summary>
/// The key names and titles are compared by: each word folded (<see cref="MatchKey"/>), its article and a final
/// ta marbuta dropped, words joined by one space. The PETRARCH dictionaries write lemmas
/// (<c>وزير_خارجية_أميركي_</c>) and the text inflects (<c>وزير الخارجية الاميركية</c>): both fall on one key.
/// </summary>
public static class NameKey
{
    public static string Of(IEnumerable<string> words) =>
        string.Join(' ', words.Select(Word).Where(w => w.Length > 0));

    public static string Of(string phrase) =>
        Of(phrase.Split(new[] { ' ', '_', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries));

    public static string Word(string word)
    {
        string key = MatchKey.Of(word);
        if (key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal)) key = key[2..];
        if (key.Length > 3 && key[^1] == 'ه') key = key[..^1];
        return key;
    }
}
