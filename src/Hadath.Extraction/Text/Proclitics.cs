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
    /// <see cref="Readings"/> as an array shared by every caller on this thread: never modify it. The words of
    /// <see cref="WordScanner.Scan"/> keep theirs with the document's words (<see cref="DocumentWords"/>), so the
    /// time, count, event and actor stages peel each word once. Another text's words (a lexicon entry, a name) are
    /// peeled on their own: only a scan starts a new document, so its words stay in place while its stages read them.
    /// </summary>
    public static Reading[] ReadingsOf(string text, Word word) =>
        DocumentWords.Current(text)?.ReadingsOf(word) ?? Peel(text, word);

    public static IEnumerable<Reading> Readings(string text, Word word) => Peel(text, word);

    /// <summary>At most: the word, then for each of none/و/ف × none/ب/ل/ك the peeled form and its article-less form.</summary>
    private const int MaxReadings = 9;

    /// <summary>The flag of a start (<see cref="Starts"/>) whose reading peeled an article.</summary>
    internal const int Article = 1 << 8;

    /// <summary>As many readings as a word has at most: the room <see cref="Starts"/> needs.</summary>
    internal const int MaxStarts = MaxReadings;

    /// <summary>
    /// Writes where each reading's key starts in <paramref name="key"/> (the key of a word of letters), in the order of
    /// <see cref="Readings"/>, with <see cref="Article"/> set where the reading peeled an article; returns how many (the
    /// word itself, at 0, first). Peels at most one of و/ف, then one of ب/ل/ك, then ال (or the ل of لل standing for
    /// ل+ال). The one rule of peeling: <see cref="Peel"/> makes readings of it, and the verb table reads the keys in place.
    /// </summary>
    internal static int Starts(string key, Span<int> starts)
    {
        int n = 0;
        starts[n++] = 0;
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
                if (at > 0 && key.Length - at >= 2) starts[n++] = at;
                if (key.Length - at > 3 && key[at] == 'ا' && key[at + 1] == 'ل') starts[n++] = (at + 2) | Article;
                // لل = ل + ال with the alef dropped: للقتلى → قتلى
                else if (prep == 1 && key[at - 1] == 'ل' && key.Length - at > 2 && key[at] == 'ل') starts[n++] = (at + 1) | Article;
            }
        }
        return n;
    }

    /// <summary>The readings in an array of their own, and nothing else allocated but their keys (those the story's key table does not hold).</summary>
    internal static Reading[] Peel(string text, Word word)
    {
        var self = new Reading(word.Span, word.Key, false);
        if (!word.IsLetters) return [self];
        string key = word.Key;
        Span<int> starts = stackalloc int[MaxStarts];
        int n = Starts(key, starts);
        var found = new Reading[n];
        found[0] = self;
        // A word whose key is as long as it dropped no mark (haraka, tatweel): its letters are its characters, so a
        // reading after n letters starts n characters in, with no need to walk the text.
        bool unmarked = key.Length == word.Span.Length;
        for (int i = 1; i < n; i++)
        {
            int letters = starts[i] & (Article - 1);
            var span = unmarked ? new TextSpan(word.Start + letters, word.End) : Skip(text, word.Span, letters);
            // The reading's key from the story's table of keys: most are keys of its words, or readings of a word met before.
            found[i] = new Reading(span, WordScanner.StoryKeyOf(key.AsSpan(letters)), (starts[i] & Article) != 0);
        }
        return found;
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
