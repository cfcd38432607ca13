using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Completes person names a tagger cuts short: after a compound first name alone (عبد العزيز بوتفليقة tagged
/// عبد العزيز) the next word is the family name, and a regnal ordinal belongs to the name (عبد الله الثاني).
/// </summary>
public static class PersonNames
{
    private static readonly HashSet<string> Ordinals = Keys("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس");

    /// <summary>Words that never continue a name: particles, prepositions, and speech verbs that often follow one.</summary>
    private static readonly HashSet<string> NotNames = Keys(
        "في", "من", "الى", "إلى", "على", "عن", "مع", "ان", "أن", "إن", "انه", "أنه", "لدى", "قد", "كان", "كانت", "الذي", "التي", "بن", "بنت",
        "ابو", "أبو", "امس", "اليوم", "قال", "اكد", "أكد", "اضاف", "أضاف", "اعلن", "أعلن", "يقول", "وقال", "خلال", "بعد", "قبل", "حول",
        "امام", "أمام", "ثم", "او", "أو", "لا", "لم", "لن", "ما", "هو", "هي", "الذين")
        .Concat(FirstWords("cues.tsv")).Concat(FirstWords("event-triggers.tsv")).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first word of each row: speech cues and event verbs (استقبل, وصل) follow names, they never end them.</summary>
    private static IEnumerable<string> FirstWords(string lexicon) =>
        LexiconTable.Read(lexicon).Select(r => LexiconTable.Keys(r[0])).Where(k => k.Length > 0).Select(k => k[0]);

    public static TextSpan Complete(string text, IReadOnlyList<Word> words, TextSpan span)
    {
        int first = WordScanner.FirstAtOrAfter(words, span.Start);
        int last = first;
        while (last + 1 < words.Count && words[last + 1].Start < span.End) last++;
        if (first >= words.Count || words[last].End != span.End) return span;
        int next = last + 1;
        if (next >= words.Count || !words[next].IsLetters || !Adjacent(text, words[last], words[next])) return span;
        string key = words[next].Key;
        if (Ordinals.Contains(key)) return new TextSpan(span.Start, words[next].End);
        bool compoundFirstName = last == first + 1 && IsAbd(text, words[first], span.Start);
        if (compoundFirstName && !key.StartsWith("ال", StringComparison.Ordinal) && !key.StartsWith('و') && !NotNames.Contains(key) && key.Length > 2)
        {
            return new TextSpan(span.Start, words[next].End);
        }
        return span;
    }

    /// <summary>Only a space between the words (no comma, no line break).</summary>
    private static bool Adjacent(string text, Word a, Word b) => text.AsSpan(a.End, b.Start - a.End) is " ";

    private static bool IsAbd(string text, Word word, int spanStart) =>
        MatchKey.Of(text.AsSpan(Math.Max(word.Start, spanStart), word.End - Math.Max(word.Start, spanStart))) == "عبد";

    private static HashSet<string> Keys(params string[] words) => words.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);
}
