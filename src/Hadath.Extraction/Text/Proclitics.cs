using Hadath.Core;

namespace Hadath.Extraction.Text;

/// <summary>
/// Readings of a word with its conjunction, preposition and article peeled off (وامس → امس, بالقتلى → قتلى),
/// each with the span of what remains, so matches never include the clitic. Works whether or not a clitic
/// segmenter ran: the lexicons decide which reading is a word.
/// </summary>
public static class Proclitics
{
    public readonly record struct Reading(TextSpan Span, string Key, bool HadArticle);

    /// <summary>
    /// The readings of the words of the document this thread is working on, by word instance: the time, count
    /// and event stages (the events twice) read the same words of <see cref="WordScanner"/>'s cache, and each
    /// reading costs a key string. Dropped as soon as another text is read, like the scanner's cache.
    /// </summary>
    [ThreadStatic] private static string? t_readText;
    [ThreadStatic] private static Dictionary<Word, Reading[]>? t_readings;

    /// <summary><see cref="Readings"/> as an array shared by every caller on this thread: never modify it.</summary>
    public static Reading[] ReadingsOf(string text, Word word)
    {
        var cache = t_readings ??= new Dictionary<Word, Reading[]>(ReferenceEqualityComparer.Instance);
        if (!ReferenceEquals(t_readText, text))
        {
            cache.Clear();
            t_readText = text;
        }
        if (!cache.TryGetValue(word, out var readings))
        {
            readings = Readings(text, word).ToArray();
            cache[word] = readings;
        }
        return readings;
    }

    public static IEnumerable<Reading> Readings(string text, Word word)
    {
        yield return new Reading(word.Span, word.Key, false);
        if (!word.IsLetters) yield break;
        string key = word.Key;
        // Peel at most: one of و/ف, then one of ب/ل/ك, then ال (or the ل of لل standing for ل+ال).
        for (int conj = 0; conj <= 1; conj++)
        {
            if (conj == 1 && !(key.Length > 2 && key[0] is 'و' or 'ف')) continue;
            for (int prep = 0; prep <= 1; prep++)
            {
                int at = conj;
                if (prep == 1)
                {
                    if (!(key.Length > at + 2 && key[at] is 'ب' or 'ل' or 'ك')) continue;
                    at++;
                }
                if (at > 0 && key.Length - at >= 2)
                {
                    yield return new Reading(Skip(text, word.Span, at), key[at..], false);
                }
                if (key.Length - at > 3 && key[at] == 'ا' && key[at + 1] == 'ل')
                {
                    yield return new Reading(Skip(text, word.Span, at + 2), key[(at + 2)..], true);
                }
                else if (prep == 1 && key[at - 1] == 'ل' && key.Length - at > 2 && key[at] == 'ل')
                {
                    // لل = ل + ال with the alef dropped: للقتلى → قتلى
                    yield return new Reading(Skip(text, word.Span, at + 1), key[(at + 1)..], true);
                }
            }
        }
    }

    /// <summary>The span after the first <paramref name="letters"/> key letters of the word (harakat skipped).</summary>
    public static TextSpan Skip(string text, TextSpan span, int letters)
    {
        int i = span.Start;
        while (letters > 0 && i < span.End)
        {
            if (MatchKey.Fold(text[i]) != '\0') letters--;
            i++;
            while (i < span.End && MatchKey.Fold(text[i]) == '\0') i++;
        }
        return new TextSpan(i, span.End);
    }
}
