using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Officials told by their office alone, no name given (the diplomatic wire's وهدد وزير الخارجية الاميركي ايران, استقبل
/// الرئيس المصري رئيس الوزراء العراقي, وكان الرئيس المصري قد زار بكين): an office of a person (a president, a minister, an
/// ambassador, an envoy, a king) with a nationality among its title words stands for that state's government.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>
    /// Heads of an office held by one person. Bodies (الحكومة, وزارة), spokesmen and officials told indefinitely
    /// (مسؤول اميركي, متحدث) are left out: the first are bodies read elsewhere, the others unnamed sources of what was said.
    /// </summary>
    private static readonly HashSet<string> OfficeHeads = MatchKey.SetOf(
        "الرئيس", "رئيس", "رئيسة", "وزير", "وزيرة", "السفير", "سفير", "السفيرة", "سفيرة", "المبعوث", "مبعوث", "المبعوثة",
        "المندوب", "مندوب", "الملك", "العاهل", "الامير", "امير", "المستشار", "مستشار");

    /// <summary>
    /// The office that opens the words from word <paramref name="k"/>: an <see cref="OfficeHeads"/> word no mention starts
    /// at, its title words (one of them a nationality) and no name after them (a name the tagger missed is
    /// <see cref="TitledMissedName"/>'s; one it read makes the office an apposition). Coded as that nationality's
    /// government; null when there is none.
    /// </summary>
    private ActorPhrases.Phrase? OfficeAt(Sentence s, int k)
    {
        if (k >= s.Words.Count || !s.Words[k].IsLetters || s.InMention(k) || !OfficeHeads.Contains(s.Words[k].Key)) return null;
        int j = k + 1;
        string? country = null;
        while (j < s.Words.Count && j - k <= MaxTitleWords && !s.InMention(j) && IsTitleWord(s.Words[j]))
        {
            // التقى وزير الخارجية الاردني وزير الخارجية المصري: a second office after the nationality is whom he met.
            if (country is not null && OfficeHeads.Contains(s.Words[j].Key)) break;
            country ??= _actors.Nationality(NameKey.Word(s.Words[j].Key));
            j++;
        }
        if (country is null) return null;
        if (j < s.Words.Count && (IsMissedNameWord(s, j) && !IsTitleWord(s.Words[j]) || s.StartingAt(j) is { Entity.Type: EntityType.PER })) return null;
        return new ActorPhrases.Phrase(new TextSpan(s.Words[k].Start, s.Words[j - 1].End), j, country + "GOV", "GOV");
    }

    /// <summary>
    /// An unnamed office right after the verb at <paramref name="verb"/> (its times skipped): وهدد وزير الخارجية الاميركي
    /// ايران, وزار الرئيس المصري بكين. Null when none opens the words after the verb.
    /// </summary>
    /// <remarks>
    /// An office that is the verb's object word in the table (واستدعي السفير الروسي: the summons' سفير, the verb read
    /// passive or with its subject left out) is whom it was done to, no subject.
    /// </remarks>
    public ActorPhrases.Phrase? OfficeAfterVerb(Sentence s, int verb, IReadOnlyList<string> objectWords)
    {
        int k = SkipTimes(s, verb + 1);
        if (objectWords.Count > 0 && k < s.Words.Count)
        {
            string head = s.Words[k].Key.StartsWith("ال", StringComparison.Ordinal) ? s.Words[k].Key[2..] : s.Words[k].Key;
            if (head.StartsWith(objectWords[0], StringComparison.Ordinal)) return null;
        }
        return OfficeAt(s, k);
    }

    /// <summary>
    /// An unnamed office between كان and the pluperfect's قد before the verb at <paramref name="verb"/> (وكان الرئيس
    /// المصري قد زار بكين): the whole stretch must be the office. Null otherwise.
    /// </summary>
    public ActorPhrases.Phrase? OfficeBeforeQad(Sentence s, int verb)
    {
        if (verb < 3 || s.Words[verb - 1].Key != "قد") return null;
        for (int c = verb - 3; c >= 0 && verb - 1 - c <= MaxTitleWords + 1; c--)
        {
            if (s.Words[c].Key is not ("كان" or "وكان" or "فكان" or "كانت" or "وكانت")) continue;
            return OfficeAt(s, c + 1) is { } office && office.After == verb - 1 ? office : null;
        }
        return null;
    }

    /// <summary>
    /// Whom an unnamed office met or received, told by an office too (استقبل الرئيس المصري امس رئيس الوزراء العراقي): the
    /// office right after the subject's words <paramref name="subject"/> (times skipped). Null when none stands there.
    /// </summary>
    public ActorPhrases.Phrase? OfficeAfterSubject(Sentence s, ActorPhrases.Phrase subject) => OfficeAt(s, SkipTimes(s, subject.After));

    /// <summary>Relative pronouns after an antecedent that is the subject of the clause they open (الذي وصل, التي وصلت).</summary>
    private static readonly HashSet<string> SubjectRelatives = MatchKey.SetOf("الذي", "التي");

    /// <summary>
    /// An unnamed office right before the relative pronoun before the verb at <paramref name="verb"/>, past a comma
    /// (استقبل الملك وزير الخارجية الياباني، الذي وصل الى عمان امس): the antecedent is who arrived. Null otherwise.
    /// </summary>
    public ActorPhrases.Phrase? OfficeBeforeRelative(Sentence s, int verb)
    {
        if (verb < 2 || !SubjectRelatives.Contains(s.Words[verb - 1].Key)) return null;
        int end = s.Words[verb - 2].IsComma ? verb - 2 : verb - 1;
        for (int start = end - 2; start >= 0 && start >= end - MaxTitleWords - 1; start--)
        {
            if (OfficeAt(s, start) is { } office && office.After == end) return office;
        }
        return null;
    }
}
