using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Counts;

/// <summary>
/// The action or toll standing before a number that says what happened to the people counted: a verb past a day (قتل
/// مساء امس 12 شخصا), past a short subject (اعتقلت قوات الامن خمسة) or a long one for arrests and abductions, a verb of
/// dying before the wounded, the kind named after بين, and a toll (حصيلة القتلى الى 84, عدد الموقوفين تجاوز 220).
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>Verbs and nouns of dying (not of killing): what they tell of the wounded is their death.</summary>
    private static readonly HashSet<string> Dying = new[] { "توفي", "توفيت", "توفوا", "وفاة" }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Where a verb or noun of dying starts (its clitics peeled as the lexicon peels them), or null when the word is none.</summary>
    private static int? DyingStart(string text, Word word)
    {
        foreach (var reading in Proclitics.ReadingsOf(text, word))
        {
            if (Dying.Contains(reading.Key)) return reading.Span.Start;
        }
        return null;
    }

    /// <summary>
    /// Verbs that say what befell only the people counted right after them: أصاب (hit: وأصاب 20 آخرين; أصابت 13 صاروخا,
    /// أصابت أربعة منها are none) and قضى (died: وقضى 12 شخصا في الحريق; with a period after it, قضى 12 عاما, it is spent
    /// and no count; with a dual, قضى الرجلان الأشهر, it is spent too).
    /// </summary>
    private static readonly Dictionary<string, string> Befell = new(StringComparer.Ordinal)
    {
        [MatchKey.Of("أصاب")] = "wounded", [MatchKey.Of("أصابت")] = "wounded", [MatchKey.Of("أصابا")] = "wounded", [MatchKey.Of("أصابوا")] = "wounded",
        [MatchKey.Of("قضى")] = "killed", [MatchKey.Of("قضت")] = "killed", [MatchKey.Of("قضوا")] = "killed",
    };

    /// <summary>
    /// What a verb of <see cref="Befell"/> at word <paramref name="at"/> tells, and where it starts (its clitics peeled), or
    /// null; a disease named shortly before a verb of hitting (الكوليرا التي أصابت مليون شخص) infected them, no wound.
    /// </summary>
    private static (string Kind, int Start)? HitOrDiedAt(string text, IReadOnlyList<Word> w, int at)
    {
        foreach (var reading in Proclitics.ReadingsOf(text, w[at]))
        {
            if (!Befell.TryGetValue(reading.Key, out var kind)) continue;
            return kind == "wounded" && DiseaseBefore(text, w, at) ? null : (kind, reading.Span.Start);
        }
        return null;
    }

    /// <summary>Words of disease (الكوليرا, وباء, مرض, فيروس, كورونا), read with their clitics peeled.</summary>
    private static readonly HashSet<string> Diseases = MatchKey.SetOf("كوليرا", "الكوليرا", "وباء", "الوباء", "مرض", "المرض", "فيروس", "الفيروس", "الحصبة", "الانفلونزا",
        "كورونا", "كوفيد");

    /// <summary>Whether word <paramref name="at"/> names a disease with ب (بفيروس, بالكوليرا, بمرض): what struck the people before it.</summary>
    private static bool DiseaseAfter(string text, IReadOnlyList<Word> w, int at)
    {
        if (at >= w.Count || !w[at].IsLetters || w[at].Key[0] != 'ب') return false;
        foreach (var reading in Proclitics.ReadingsOf(text, w[at]))
        {
            if (reading.Span.Start > w[at].Start && Diseases.Contains(reading.Key)) return true;
        }
        return false;
    }

    private const int MaxDiseaseGap = 8;

    /// <summary>Whether a word of <see cref="Diseases"/> stands up to <see cref="MaxDiseaseGap"/> words before word <paramref name="at"/>.</summary>
    private static bool DiseaseBefore(string text, IReadOnlyList<Word> w, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - MaxDiseaseGap; k--)
        {
            foreach (var reading in Proclitics.ReadingsOf(text, w[k]))
            {
                if (Diseases.Contains(reading.Key)) return true;
            }
        }
        return false;
    }

    /// <summary>Words telling in whose possession what was seized was found (ضبطت بحوزتهم, صادرت بحوزته).</summary>
    private static readonly HashSet<string> Possession = MatchKey.SetOf("بحوزته", "بحوزتها", "بحوزتهم", "بحوزتهما", "بحوزتهن");

    /// <summary>Parts of the day, which stand before a day (مساء امس, صباح الخميس) and are no time of their own.</summary>
    private static readonly HashSet<string> DayParts = new(StringComparer.Ordinal) { "مساء", "صباح", "فجر", "ليل", "ليله", "ظهر", "عصر", "يوم" };

    private const int MaxTimeWords = 3;

    /// <summary>
    /// The index of the word before the day named right before word <paramref name="at"/>+1 (قتل مساء امس 12 شخصا: the
    /// verb), also when commas set the day off (قتل، الجمعة، اربعة اشخاص); <paramref name="at"/> itself when no day or
    /// part of it stands there.
    /// </summary>
    private int PastTimeWords(IReadOnlyList<Word> w, int at)
    {
        if (DayBetweenCommas(w, at) is int before) return before;
        int k = at;
        while (k > 0 && at - k < MaxTimeWords && IsDayWord(w[k])) k--;
        return k;
    }

    /// <summary>
    /// اعتقلت، الثلاثاء، اكثر من 100: the index of the word before a day between two commas that ends at word
    /// <paramref name="at"/> (the second comma), or null. So for a short phrase of time, place or source between the
    /// commas (اعتقلت الشرطة، في ساعة متأخرة، 12 شخصا; وأصيب، بحسب المسعفين، 12 شخصا): see <see cref="PhraseBetweenCommas"/>.
    /// </summary>
    private int? DayBetweenCommas(IReadOnlyList<Word> w, int at)
    {
        if (at < 3 || !w[at].IsComma) return null;
        int k = at - 1;
        while (k > 0 && at - 1 - k < MaxTimeWords && IsDayWord(w[k])) k--;
        return k < at - 1 && w[k].IsComma ? k - 1 : PhraseBetweenCommas(w, at);
    }

    private const int MaxAsidePhraseWords = 8;

    /// <summary>Words that open a phrase of time, place, occasion or source set off by commas (في, خلال, عقب, بحسب, وفقا).</summary>
    private static readonly HashSet<string> AsidePhraseOpeners = MatchKey.SetOf(
        "في", "خلال", "منذ", "بعد", "قبل", "عقب", "اثر", "إثر", "بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا");

    /// <summary>
    /// The word after a phrase set off by commas that opens at word <paramref name="k"/>, right after the opening comma
    /// (، عقب صلاة الجمعة امس،): up to <see cref="MaxAsidePhraseWords"/> words, no number, the first one of
    /// <see cref="AsidePhraseOpeners"/>, the closing comma after them; null for any other words.
    /// </summary>
    private int? PhraseAsideFrom(IReadOnlyList<Word> w, int k)
    {
        if (k >= w.Count || !AsidePhraseOpeners.Contains(w[k].Key)) return null;
        for (int j = k + 1; j < w.Count && j <= k + MaxAsidePhraseWords; j++)
        {
            if (w[j].IsComma) return j + 1 < w.Count ? j + 1 : null;
            if (!w[j].IsLetters || _numbers.Starts(w[j])) return null;
        }
        return null;
    }

    /// <summary>
    /// The index of the word before a phrase of up to <see cref="MaxAsidePhraseWords"/> words set off by commas, the second
    /// at word <paramref name="at"/>, that opens with one of <see cref="AsidePhraseOpeners"/> and holds only words, no
    /// number: an aside that leaves the action before it with the number after it. Null for any other gap.
    /// </summary>
    private int? PhraseBetweenCommas(IReadOnlyList<Word> w, int at)
    {
        for (int k = at - 1; k > 0 && k >= at - MaxAsidePhraseWords; k--)
        {
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
            if (w[k - 1].IsComma) return AsidePhraseOpeners.Contains(w[k].Key) && k >= 2 ? k - 2 : null;
        }
        return null;
    }

    private bool IsDayWord(Word word)
    {
        if (!word.IsLetters) return false;
        if (DayParts.Contains(word.Key)) return true;
        foreach (var phrase in _times.StartingWith(word.Key))
        {
            if (phrase.Keys.Length == 1 && phrase.Kind is TimeWordKind.Weekday or TimeWordKind.RelativeDay) return true;
        }
        return false;
    }

    /// <summary>Pronoun-carrying words between an action and its number (قتل فيها 12 متظاهرا, اعتقل منهم 5).</summary>
    private static readonly HashSet<string> Resumptives = new(StringComparer.Ordinal) { "فيها", "فيه", "خلالها", "خلاله", "منهم", "منها" };

    private const int MaxSubjectWords = 3;

    /// <summary>Words between a toll's noun and its number: الى, ب, and verbs of reaching or passing it.</summary>
    private static readonly HashSet<string> TollLinks = new(StringComparer.Ordinal) { "الي", "ب", "بلغ", "تجاوز", "تخطي", "فاق", "ناهز" };

    /// <summary>أسر with و or ف: captured, or families (أسر الضحايا) when a genitive follows.</summary>
    private static readonly HashSet<string> Capturing = MatchKey.SetOf("أسر", "وأسر", "فأسر");

    /// <summary>A definite sound masculine plural in the nominative (الحوثيون, المسلحون): a subject, no genitive after a construct.</summary>
    private static bool IsNominativePlural(Word word) =>
        word.IsLetters && word.Key.StartsWith("ال", StringComparison.Ordinal) && word.Key.EndsWith("ون", StringComparison.Ordinal);

    /// <summary>An action verb a short subject before the number (اوقفت الشرطة 12, اعتقلت قوات الامن خمسة); the subject is definite.</summary>
    private (string Kind, TextSpan Span)? ActionBeforeSubject(string text, IReadOnlyList<Word> w, int lead)
    {
        for (int k = lead - 1; k >= 0 && k >= lead - 1 - MaxSubjectWords; k--)
        {
            if (!w[k].IsLetters) return null;
            // وتوفي الكاتب الذي الف حوالى 15 رواية: a number inside a relative clause is that clause's, not the verb's before it.
            if (NumberReader.RelativePronouns.Contains(w[k].Key)) return null;
            if (k < lead - 1 && ActionBefore(text, w[k]) is { } action) return (action.Kind, action.Span);
            // وأسر الحوثيون ستة من جنود الجيش: the bare أسر is mostly families, a construct before a genitive (أسر الضحايا);
            // before a nominative plural subject it is the verb of capture.
            if (k < lead - 1 && Capturing.Contains(w[k].Key) && IsNominativePlural(w[k + 1])) return ("arrested", WithoutWa(w[k]));
            if (k == lead - 1 && !w[k].Key.StartsWith("ال", StringComparison.Ordinal)) return null;   // the subject ends definite: قوات الامن
        }
        return null;
    }

    /// <summary>
    /// What a verb of killing or wounding did to people counted right after إلى جانب (alongside) at <paramref name="lead"/>:
    /// the verb up to <see cref="MaxCaptorGap"/> words before, with no punctuation or other number between (وقتل القيادي في
    /// الحركة إلى جانب 17 شخصا: killed), else null (شارك الوزير إلى جانب 17 رئيسا).
    /// </summary>
    private string? AlongsideCasualty(string text, IReadOnlyList<Word> w, int lead) =>
        lead >= 3 && w[lead - 1].Key == "جانب" && w[lead - 2].Key == "الي" ? ActionInClauseBefore(text, w, lead - 2, kind => kind is "killed" or "wounded") : null;

    private const int MaxCaptorGap = 8;

    /// <summary>An arrest or abduction verb up to <see cref="MaxCaptorGap"/> words before the number, with no punctuation or other number between.</summary>
    private string? CaptorBefore(string text, IReadOnlyList<Word> w, int lead) =>
        ActionInClauseBefore(text, w, lead, kind => kind is "arrested" or "kidnapped");

    /// <summary>
    /// As <see cref="CaptorBefore"/>, or a verb of seizing (ضبطت مديرية أمن غازي عنتاب جنوبي تركيا 214 مهاجرا), whose people
    /// the caller reads as arrested and whose things as seized.
    /// </summary>
    private string? CaptorOrSeizerBefore(string text, IReadOnlyList<Word> w, int lead)
    {
        for (int k = lead - 1; k >= 0 && k >= lead - MaxCaptorGap; k--)
        {
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
            if (ActionBefore(text, w[k]) is not { } action || IsStopping(w[k])) continue;
            if (action.Kind is "arrested" or "kidnapped") return action.Kind;
            // the verb, not بالضبط (exactly) or the verbal noun الضبط
            if (action.Kind == "seized" && SeizingVerbs.Contains(w[k].Key)) return action.Kind;
        }
        return null;
    }

    /// <summary>The verb of catching, with و: ضبطت, ضبط, ضبطوا (not بالضبط, exactly).</summary>
    private static readonly HashSet<string> SeizingVerbs = MatchKey.SetOf("ضبط", "ضبطت", "ضبطوا", "وضبط", "وضبطت", "وضبطوا");

    /// <summary>
    /// The kind of the nearest action of a <paramref name="wanted"/> kind in the <see cref="MaxCaptorGap"/> words before word
    /// <paramref name="at"/>, with no punctuation or number between (a stopping verb does not count), else null.
    /// </summary>
    private string? ActionInClauseBefore(string text, IReadOnlyList<Word> w, int at, Func<string, bool> wanted)
    {
        for (int k = at - 1; k >= 0 && k >= at - MaxCaptorGap; k--)
        {
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
            if (ActionBefore(text, w[k]) is { } action && wanted(action.Kind) && !IsStopping(w[k])) return action.Kind;
        }
        return null;
    }

    /// <summary>
    /// Verbs of killing that take an agent (قتل, قتلت, يقتل), with a و or ف: unlike مقتل or لقي, their subject may stand
    /// between them and the people killed.
    /// </summary>
    private static readonly HashSet<string> KillingVerbs = MatchKey.SetOf(
        "قتل", "وقتل", "فقتل", "قتلت", "وقتلت", "فقتلت", "قتلوا", "وقتلوا", "يقتل", "ويقتل", "تقتل", "وتقتل", "يقتلون", "ويقتلون");

    private const int MaxKillerGap = 5;

    /// <summary>
    /// Whether a verb of killing stands up to <see cref="MaxKillerGap"/> words before word <paramref name="lead"/>, past its
    /// subject and a time however described (قتل رجل يحمل سكينا اربعة اشخاص, قتلت الجماعة الشهر الماضي 12 قرويا), a comma
    /// closing the gap at most; not when the gap opens a clause of its own (punctuation, a number, a و-word, a relative,
    /// another action): وقتل جندي وأصيب ثلاثة, قتل قائد الكتيبة التي تضم 400 مقاتل.
    /// </summary>
    private bool KillerBefore(string text, IReadOnlyList<Word> w, int lead)
    {
        int last = lead - 1;
        if (last >= 0 && w[last].IsComma) last--;
        for (int k = last; k >= 0 && last - k <= MaxKillerGap; k--)
        {
            if (!w[k].IsLetters) return false;
            if (KillingVerbs.Contains(w[k].Key)) return k < last;   // right before the number, the action reader has it
            if (_numbers.Starts(w[k]) || w[k].Key[0] == 'و' || ClauseOpeners.Contains(w[k].Key) || ActionBefore(text, w[k]) is not null) return false;
        }
        return false;
    }

    /// <summary>بين القتلى اربع نساء, من بين الجرحى ثلاثة اطفال: the people counted are among the kind named before them.</summary>
    private string? AmongKind(string text, IReadOnlyList<Word> w, int lead) =>
        lead >= 2 && w[lead - 2].Key is "بين" or "وبين" && _lexicon.Kind(text, w[lead - 1], CountRole.Noun) is { } named && named.Kind != CountLexicon.People
            ? named.Kind
            : null;

    private const int MaxTollGap = 6;

    // حصيلة القتلى الى 84, عدد الجرحى بلغ 20, عدد الموقوفين تجاوز 220: a kind noun a few words before the number,
    // joined by الى/ب/بلغ/تجاوز; further back (حصيلة القتلى مساء الثلاثاء الى 31) only when عدد/حصيلة names it a toll;
    // عدد المعتقلين 300: right before it after عدد/حصيلة.
    private (string Kind, int Start)? Toll(string text, IReadOnlyList<Word> w, int lead, bool linkedByB)
    {
        if (lead < 1) return null;
        if (linkedByB || TollLinks.Contains(w[lead - 1].Key))
        {
            int link = linkedByB ? lead : lead - 1;
            for (int k = link - 1; k >= Math.Max(0, link - MaxTollGap); k--)
            {
                if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
                // نقلت الجرحى الى اربعة مستشفيات: through الى, the noun is a toll only after عدد/حصيلة.
                bool named = k > 0 && w[k - 1].Key is "عدد" or "حصيله";
                if (_lexicon.Kind(text, w[k], CountRole.Noun) is { } noun && noun.Kind != CountLexicon.People &&
                    ((k >= link - 2 && (linkedByB || w[link].Key != "الي" || named)) || named))
                {
                    return (noun.Kind, w[k].Start);
                }
            }
            return null;
        }
        // عدد اللاجئين المسجلين 1,1 مليون: the counted noun may take up to two definite adjectives.
        for (int at = lead - 1; at >= 1 && at >= lead - 3; at--)
        {
            if (w[at - 1].Key is "عدد" or "حصيله" &&
                _lexicon.Kind(text, w[at], CountRole.Noun) is { } counted && counted.Kind != CountLexicon.People)
            {
                return (counted.Kind, w[at].Start);
            }
            if (!w[at].IsLetters || !w[at].Key.StartsWith("ال", StringComparison.Ordinal)) return null;
        }
        return null;
    }
}
