using Hadath.Core;
using Hadath.Entities.Lexicon;
using Hadath.Entities.Text;

namespace Hadath.Entities.Stage;

/// <summary>
/// Where a mention starts inside its first token: after the attached conjunction and preposition (لموسكو → موسكو,
/// وواشنطن → واشنطن, والعراق → العراق) but never inside the name itself (واشنطن, لبنان, بغداد stay whole).
/// </summary>
public sealed class MentionBounds
{
    /// <summary>A stripped form must be this much more frequent than the whole token in the unlabeled corpus.</summary>
    private const int FrequencyRatio = 2;
    private const int MinStemCount = 5;

    private readonly WordLexicon _lexicon;

    public MentionBounds(WordLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The span of the token without its proclitics, from the segmenter when it split the token, else by rule.</summary>
    public TextSpan Strip(string text, Token token)
    {
        // Segments places the token's segments anew on each read: read once.
        var segments = token.Segments;
        if (segments.Length > 1)
        {
            foreach (var segment in segments)
            {
                if (segment.Role == SegmentRole.Proclitic && segment.Form.Length == 1) continue;
                return new TextSpan(segment.Start, token.End);
            }
            return token.Span;
        }
        return new TextSpan(token.Start + ProcliticLength(text.AsSpan(token.Start, token.Span.Length)), token.End);
    }

    /// <summary>How many leading characters of <paramref name="word"/> are و ف ب ل ك clitics by the corpus-count rule.</summary>
    public int ProcliticLength(ReadOnlySpan<char> word)
    {
        Span<char> folded = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > 64 || NameForms.Normalize(word, folded) != word.Length) return 0;   // harakat: leave as is
        int wholeCount = -1;   // looked up only when a stripped form is frequent enough to compare (most mentions start with no clitic letter)
        for (int length = Math.Min(2, word.Length); length >= 1; length--)
        {
            if (!IsProcliticSequence(folded[..length])) continue;
            var rest = folded[length..];
            if (rest.Length < 2) continue;
            // ل + ال is written لل: the letters do not concatenate back, so the token stays whole (as segments do).
            if (folded[length - 1] == NameForms.Lam && rest[0] == NameForms.Lam) continue;
            if (rest.Length >= 4 && rest[0] == NameForms.Alef && rest[1] == NameForms.Lam && folded[length - 1] != NameForms.Lam) return length;
            // Without the article, trust only و ب ل: كيري is not ك + يري, فرنسا is not ف + رنسا.
            if (folded[length - 1] is NameForms.Kaf || folded[..length] is [NameForms.Feh]) continue;
            int restCount = _lexicon.Find(rest).Count;
            if (restCount < MinStemCount) continue;
            if (wholeCount < 0) wholeCount = _lexicon.Find(folded).Count;
            if (restCount >= FrequencyRatio * wholeCount) return length;
        }
        return 0;
    }

    private static bool IsProcliticSequence(ReadOnlySpan<char> prefix) => prefix.Length switch
    {
        1 => prefix[0] is NameForms.Waw or NameForms.Feh or NameForms.Beh or NameForms.Lam or NameForms.Kaf,
        2 => prefix[0] is NameForms.Waw or NameForms.Feh && prefix[1] is NameForms.Beh or NameForms.Lam or NameForms.Kaf,
        _ => false,
    };
}
