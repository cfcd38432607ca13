using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Counts;

/// <summary>
/// What tells who a count is of from words around it rather than its own noun (the blind <c>cn2-</c> stories):
/// people named before and pointed back at (جرحى عددهم 12, المعتقلين الـ 25), a kind named after (بين القتلى), a plural
/// verb before, bare numbers parallel to a count, and numbers that are no people (percentages, periods).
/// </summary>
public sealed partial class CountRecognizer
{
    private const int MaxParallelGapWords = 4;

    /// <summary>
    /// True when only في and a place (up to <see cref="MaxParallelGapWords"/> words, no punctuation) and و stand between
    /// the last count and the number, and في follows the number too: N1 … في A وN2 في B.
    /// </summary>
    private bool ParallelToLast(string text, IReadOnlyList<Word> w, NumberPhrase number, Count last)
    {
        if (number.Vague || IsDualNoun(number) || number.EndWord >= w.Count || w[number.EndWord].Key != "في") return false;
        if (number.Span.Start <= last.Span.End) return false;
        var gap = text.AsSpan(last.Span.End, number.Span.Start - last.Span.End).Trim();
        return IsPlainGap(gap, "في ", "و", MaxParallelGapWords);
    }

    /// <summary>
    /// The action at word <paramref name="at"/> before a number: a word of the before role (one of kind amount only before
    /// counted people), or, before counted people, a plural verb of the after role (المهاجمين ... وقتلوا سبعة قرويين, واختطفوا ثلاثة رعاة).
    /// </summary>
    private (string Kind, TextSpan Span)? ActionAt(string text, IReadOnlyList<Word> w, int at, bool counted)
    {
        // انقذ (kind amount) counts only people it names: انقذت سبع عمليات 1050 شخصا, انقذ مئات الآلاف من الوظائف are none.
        if (ActionBefore(text, w[at]) is { } before)
        {
            // حكما يقضي بإعدام 17 شخصا: a death sentence, passed and not carried out, kills no one.
            if (before.Kind == "killed" && IsSentencedToDeath(w, at)) return counted ? (Amount, before.Span) : null;
            // بحجز 80 تذكرة: seats and rooms booked, not goods impounded.
            if (before.Kind == "seized" && at + 2 < w.Count && Booked.Contains(w[at + 2].Key)) return counted ? (Amount, before.Span) : null;
            return before.Kind == Amount && !counted ? null : before;
        }
        // راح ضحيته 12 شخصا, ذهب ضحيتها اكثر من 15 فلسطينيا: the lives an attack or a disaster claimed.
        if (at >= 1 && VictimsOf.Contains(w[at].Key) && ClaimedBy.Contains(w[at - 1].Key)) return ("killed", WithoutWa(w[at - 1]));
        if (counted && w[at].Key.EndsWith("وا", StringComparison.Ordinal) && _lexicon.Kind(text, w[at], CountRole.After) is { } after) return after;
        // تم القضاء على 8 إرهابيين: eliminating (القضاء على) is killing; الحكم بالسجن على 25 صحفيا, a prison sentence, an arrest.
        if (counted && at >= 1 && w[at].Key == "علي" && w[at - 1].Key is "القضاء" or "بالقضاء" or "والقضاء") return ("killed", w[at - 1].Span);
        // قضت وحدات الجيش، فجر اليوم، على اربعة ارهابيين: a force that eliminated them (not a court that ruled on them).
        if (counted && at + 1 < w.Count && w[at].Key == "علي" && EliminatedByForce(w, at)) return ("killed", w[at + 1].Span);
        if (counted && at >= 1 && w[at].Key == "علي" && SentenceBefore(w, at) is { } prison) return ("arrested", prison);
        // الافراج عن 40 معتقلا, افرج عن ستة منهم: people released are counted with no event, no more of the arrested.
        // (past the releaser's subject, افرجت السلطات عن 40 معتقلا, the count starts at its number)
        if (counted && IsReleasedAn(w, at)) return (Amount, Releasing.Contains(w[at - 1].Key) || Pardons.Contains(w[at - 1].Key) || at + 1 >= w.Count ? WithoutWa(w[at - 1]) : w[at + 1].Span);
        return null;
    }

    /// <summary>What is booked, not impounded, when حجز (booking or impounding) counts it (تذكرة, مقعد, غرفة, ليلة).</summary>
    private static readonly HashSet<string> Booked = MatchKey.SetOf(
        "تذكرة", "تذاكر", "مقعد", "مقعدا", "مقاعد", "غرفة", "غرف", "ليلة", "ليال", "رحلة", "رحلات", "موعد", "مواعيد");

    /// <summary>قضى, قضت (with و or ف): as a force's act before على, eliminated.</summary>
    private static readonly HashSet<string> Eliminating = MatchKey.SetOf("قضى", "قضت", "وقضى", "وقضت", "فقضى", "فقضت");

    /// <summary>Forces whose قضت على kills (وحدات الجيش, مفرزة للجيش, قوات الامن), not a court whose قضت على rules.</summary>
    private static readonly HashSet<string> EliminatingForces = MatchKey.SetOf(
        "وحدات", "وحدة", "مفرزة", "مفارز", "قوات", "القوات", "الجيش", "الوحدات", "عناصر");

    private const int MaxEliminatingGap = 14;

    /// <summary>
    /// Whether على at word <paramref name="at"/> closes a verb of <see cref="Eliminating"/> whose subject, right after it, is
    /// a force (قضت وحدات الجيش، فجر اليوم، على), within <see cref="MaxEliminatingGap"/> words and no number or full stop between.
    /// </summary>
    private bool EliminatedByForce(IReadOnlyList<Word> w, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - MaxEliminatingGap; k--)
        {
            if (_numbers.Starts(w[k]) || (!w[k].IsLetters && !w[k].IsComma)) return false;
            if (Eliminating.Contains(w[k].Key)) return k + 1 < at && EliminatingForces.Contains(w[k + 1].Key);
        }
        return false;
    }

    /// <summary>
    /// سراح, or عن after a word of <see cref="Releasing"/>, at word <paramref name="at"/>: people released, counted with no
    /// event (الافراج عن 15 محتجزا, اطلاق سراح نحو 400 أسير: an amount, not the arrested), save those a kind noun other than
    /// the detained names (اطلق سراح 7 رهائن: the hostages stay kidnapped).
    /// </summary>
    private static bool IsRelease(IReadOnlyList<Word> w, int at) => w[at].Key == "سراح" || IsReleasedAn(w, at);

    private const int MaxReleaserWords = 4;

    /// <summary>
    /// عن at word <paramref name="at"/> after a word of <see cref="Releasing"/> (افرج عن, الافراج عن), or after such a verb
    /// and its subject of up to <see cref="MaxReleaserWords"/> words (وأفرجت السلطات عن 40 معتقلا); عن or على right after a
    /// pardon (عفوه على 1350 سجينا).
    /// </summary>
    private static bool IsReleasedAn(IReadOnlyList<Word> w, int at)
    {
        // اصدر الملك عفوه على 1350 سجينا, عفوا عن 40 معتقلا: a pardon, with عن or على right after it, releases them.
        if (at >= 1 && w[at].Key is "عن" or "علي" && Pardons.Contains(w[at - 1].Key)) return true;
        if (at < 1 || w[at].Key != "عن") return false;
        for (int k = at - 1; k >= 0 && k >= at - 1 - MaxReleaserWords; k--)
        {
            // الافراج عن: the noun takes عن right after it; a verb may have its subject between (افرجت السلطات عن).
            if (Releasing.Contains(w[k].Key)) return k == at - 1 || !ReleasingNouns.Contains(w[k].Key);
            if (!w[k].IsLetters) return false;
        }
        return false;
    }

    /// <summary>A pardon (عفو, عفوا, عفوه, العفو, بالعفو), which releases those it is granted to.</summary>
    private static readonly HashSet<string> Pardons = MatchKey.SetOf("عفو", "عفوا", "عفوه", "العفو", "بالعفو");

    /// <summary>The verbal nouns of <see cref="Releasing"/>, which take عن right after them only.</summary>
    private static readonly HashSet<string> ReleasingNouns = MatchKey.SetOf("الإفراج", "والإفراج", "بالإفراج", "للإفراج");

    /// <summary>Verbs and nouns of releasing, before عن and the people freed (افرج عن, الافراج عن).</summary>
    private static readonly HashSet<string> Releasing = MatchKey.SetOf(
        "أفرج", "وأفرج", "أفرجت", "وأفرجت", "يفرج", "تفرج", "الإفراج", "والإفراج", "بالإفراج", "للإفراج");

    /// <summary>بالسجن, والسجن, بالحبس, والحبس: a prison sentence passed, when على and its people follow.</summary>
    private static readonly HashSet<string> PrisonSentences = MatchKey.SetOf("بالسجن", "والسجن", "بالحبس", "والحبس");

    private const int MaxSentenceWords = 6;

    /// <summary>
    /// بالسجن على 25 صحفيا, بالسجن المؤبد على 9 متهمين, والسجن المؤبد (25 عاما) على 19 آخرين, بالسجن 10 سنوات على: the
    /// span of a prison sentence up to <see cref="MaxSentenceWords"/> words before على (its term and brackets between,
    /// no comma), or null.
    /// </summary>
    private static TextSpan? SentenceBefore(IReadOnlyList<Word> w, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - MaxSentenceWords; k--)
        {
            if (w[k].Key is "،" or "," or "." or "؛" or "علي") return null;
            if (PrisonSentences.Contains(w[k].Key)) return WithoutWa(w[k]);
        }
        return null;
    }

    /// <summary>ضحيته, ضحيتها, ضحيتهم: the victims of what was named before, after a verb of going (راح, ذهب).</summary>
    private static readonly HashSet<string> VictimsOf = MatchKey.SetOf("ضحيته", "ضحيتها", "ضحيتهم", "ضحيتهما");

    /// <summary>راح, ذهب (with و or ف): went, as in راح ضحيته, the lives a deadly event claimed.</summary>
    private static readonly HashSet<string> ClaimedBy = MatchKey.SetOf("راح", "وراح", "فراح", "ذهب", "وذهب", "فذهب");

    /// <summary>Words of a court's sentence right before إعدام (حكم, أحكام, يقضي, قضت): the execution is ordered, not done.</summary>
    private static readonly HashSet<string> Sentencing = MatchKey.SetOf(
        "حكم", "حكما", "الحكم", "وحكم", "بحكم", "أحكام", "أحكاما", "الأحكام", "يقضي", "تقضي", "قضى", "قضت", "وقضت");

    /// <summary>Whether the word at <paramref name="at"/> is an execution (إعدام, بإعدام) right after a word of sentencing.</summary>
    private static bool IsSentencedToDeath(IReadOnlyList<Word> w, int at) =>
        at >= 1 && w[at].Key.EndsWith("اعدام", StringComparison.Ordinal) && Sentencing.Contains(w[at - 1].Key);

    /// <summary>A word's span with a leading و or ف left out (a word longer than three letters), as counts start after it.</summary>
    private static TextSpan WithoutWa(Word word) =>
        word.Key[0] is 'و' or 'ف' && word.Key.Length > 3 ? new TextSpan(word.Start + 1, word.End) : word.Span;

    /// <summary>Words that point back at the people a count is of: عددهم (their number), with its و and its gender.</summary>
    private static readonly HashSet<string> TheirNumber = new(StringComparer.Ordinal) { "عددهم", "وعددهم", "عددهن", "وعددهن", "عددها", "وعددها", "اعدادهم", "واعدادهم" };

    /// <summary>Verbs of reaching between عددهم and the number (البالغ عددهم, عددهم يبلغ).</summary>
    private static readonly HashSet<string> Reaching = new(StringComparer.Ordinal) { "بلغ", "يبلغ", "ويبلغ", "وبلغ", "يناهز", "يقارب", "يتجاوز", "يفوق" };

    private const int MaxNamedGap = 4;

    /// <summary>
    /// A kind noun named before the number and pointed back at: right before عددهم (جرحى عددهم 14), or a few words before
    /// it past a comma (النازحين الجدد، وعددهم نحو الف; the span then stays the number's); or a definite noun right
    /// before الـ and the number (المعتقلين الـ 1100). Start is where the span should start, null to keep the number's.
    /// </summary>
    private (string Kind, int? Start)? NamedBefore(string text, IReadOnlyList<Word> w, int lead)
    {
        // العامل الـ 39, الاسرة الـ 19: after a singular, الـ and a number is an ordinal; after a plural, how many.
        if (lead >= 2 && w[lead - 1].Key == "ال" && _lexicon.Kind(text, w[lead - 2], CountRole.Noun) is { } definite && IsSoundPlural(w[lead - 2].Key))
        {
            return (definite.Kind, WithArticle(text, w[lead - 2], definite.Span.Start));
        }
        int their = lead - 1;
        if (their >= 1 && Reaching.Contains(w[their].Key)) their--;
        if (their < 1 || !TheirNumber.Contains(w[their].Key)) return null;
        for (int k = their - 1; k >= 0 && k >= their - MaxNamedGap; k--)
        {
            if (w[k].IsComma) continue;
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
            if (_lexicon.Kind(text, w[k], CountRole.Noun) is { } noun)
            {
                // اللاجئين السوريين في المملكة، وعددهم 670 الفا: a nationality describes the kind noun right before it.
                if (noun.Kind == CountLexicon.People && k >= 1 && CountLexicon.IsNationalityWord(text, w[k]) &&
                    _lexicon.Kind(text, w[k - 1], CountRole.Noun) is { Kind: not CountLexicon.People } described)
                {
                    return (described.Kind, null);
                }
                // مقتل جميع ركاب الحافلة وعددهم 23: people named after an action took what it did.
                string kind = noun.Kind == CountLexicon.People && ActionOnAll(text, w, k) is { } done ? done : noun.Kind;
                return (kind, k == their - 1 ? WithArticle(text, w[k], noun.Span.Start) : null);
            }
            // ووفاة جميع ركابه وعددهم 14: people with a pronoun, which the lexicon does not read, after all and an action.
            if (k >= 1 && All.Contains(w[k - 1].Key) && ActionOnAll(text, w, k) is { } onAll) return (onAll, null);
        }
        return null;
    }

    /// <summary>Words of all before the people an action names (وفاة جميع ركابه, اعتقال كامل افراد الخلية).</summary>
    private static readonly HashSet<string> All = MatchKey.SetOf("جميع", "كامل", "كافة", "كل");

    /// <summary>
    /// The kind of an action right before the people at word <paramref name="at"/>, past a word of <see cref="All"/>
    /// (وفاة جميع ركابه: killed); null when none stands there, or it counts with no event (الافراج عن كافة الصيادين).
    /// </summary>
    private string? ActionOnAll(string text, IReadOnlyList<Word> w, int at)
    {
        int before = at - 1;
        if (before >= 0 && All.Contains(w[before].Key)) before--;
        return before >= 0 && ActionAt(text, w, before, counted: true) is { } action && action.Kind != Amount ? action.Kind : null;
    }

    /// <summary>Plural endings (المعتقلين, المتظاهرون, القتلى, الضحايا); a singular (العامل, الاسرة) has none of them.</summary>
    private static bool IsSoundPlural(string key) =>
        key.EndsWith("ين", StringComparison.Ordinal) || key.EndsWith("ون", StringComparison.Ordinal) ||
        key.EndsWith("ات", StringComparison.Ordinal) || key.EndsWith('ي') || key.EndsWith('ا');

    /// <summary>True when a unit of time follows (حبس 38 منهم 15 يوما): the number is a period, not people.</summary>
    private bool IsPeriodAfter(IReadOnlyList<Word> w, int at)
    {
        if (at >= w.Count || !w[at].IsLetters) return false;
        foreach (var phrase in _times.StartingWith(w[at].Key))
        {
            if (phrase.Kind is TimeWordKind.Duration or TimeWordKind.Dual) return true;
        }
        return false;
    }

    /// <summary>
    /// عمرهما 27 و32 سنة, تتراوح اعمارهم بين 18 و27 عاما: the number and a second joined to it by و, a unit of time after
    /// the second; both are ages or periods, as the first would be with the unit right after it.
    /// </summary>
    private bool IsPairedWithPeriod(IReadOnlyList<Word> w, NumberPhrase number) =>
        NumberAfterWa(w, number.EndWord) is { } paired && IsPeriodAfter(w, paired.EndWord);

    /// <summary>Words of a person's age after من (في الـ19 من العمر, في الثلاثين من عمره).</summary>
    private static readonly HashSet<string> Ages = MatchKey.SetOf("العمر", "عمره", "عمرها", "عمرهم", "عمرهما");

    /// <summary>True when من and an age follow the number at word <paramref name="at"/>: years of age, no people.</summary>
    private static bool IsAgeAfter(IReadOnlyList<Word> w, int at) =>
        at + 1 < w.Count && w[at].Key == "من" && Ages.Contains(w[at + 1].Key);

    /// <summary>True when the number from word <paramref name="lead"/> on is a percentage (1 في المئة, 5 %, 10 بالمئة).</summary>
    private bool IsPercent(IReadOnlyList<Word> w, int lead) =>
        _numbers.Starts(w[lead]) && _numbers.Read(w, lead) is { } number && NumberReader.PercentAt(w, number.EndWord);

    /// <summary>Where a noun read without its clitics starts with its article put back (المعتقلين, not معتقلين; و stays out).</summary>
    private static int WithArticle(string text, Word word, int start) =>
        start - 2 >= word.Start && text.AsSpan(start - 2, 2).SequenceEqual("ال") ? start - 2 : start;

    /// <summary>Adverbs between an action and its number (ضبطت كذلك 14 قاربا, اعتقل ايضا 12).</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "كذلك", "ايضا" };

    /// <summary>Nouns of households, which a kind after من names the families of (عائلات من الشهداء), no part of.</summary>
    private static readonly HashSet<string> Households = MatchKey.SetOf("عائلة", "عائلات", "أسرة", "أسر", "اسرة", "اسر");

    /// <summary>
    /// The kind named after the people counted (<see cref="AmongKindAt"/>), right after them or past up to
    /// <see cref="MaxDescribingWords"/> words that describe them (ثمانية ركاب من الرجال والعمال بين القتلى), or null.
    /// </summary>
    private string? AmongKindAfter(string text, IReadOnlyList<Word> w, int at)
    {
        for (int k = at; k < w.Count && k <= at + MaxDescribingWords; k++)
        {
            // 26 رجلا من القتلى: of the dead, right after the people; not families of them (سبع اسر من الشهداء).
            bool partOf = k == at && k > 0 && !Households.Contains(w[k - 1].Key);
            if (AmongKindAt(text, w, k, partOf) is { } kind) return kind;
            if (!w[k].IsLetters || !DescribesPeople(text, w[k])) return null;
        }
        return null;
    }

    /// <summary>
    /// The kind named by بين/من بين and a definite kind noun at word <paramref name="at"/> (… بين القتلى), also past
    /// كانوا and with the noun in construct (17 تلميذا كانوا بين قتلى الحريق), or, where <paramref name="partOf"/>, by من
    /// and the dead or the wounded (26 رجلا من القتلى جنود), or null. بين قتيل وجريح is no such noun.
    /// </summary>
    private string? AmongKindAt(string text, IReadOnlyList<Word> w, int at, bool partOf)
    {
        if (at < w.Count && w[at].Key is "كانوا" or "كن") at++;
        if (at < w.Count && w[at].Key == "من") at++;
        if (partOf && at < w.Count && w[at - 1].Key == "من" && w[at].Key.StartsWith("ال", StringComparison.Ordinal) &&
            _lexicon.Kind(text, w[at], CountRole.Noun) is { Kind: "killed" or "wounded" } casualties)
        {
            return casualties.Kind;
        }
        if (at + 1 >= w.Count || w[at].Key != "بين") return null;
        bool definite = w[at + 1].Key.StartsWith("ال", StringComparison.Ordinal) ||
                        (at + 2 < w.Count && w[at + 2].IsLetters && w[at + 2].Key.StartsWith("ال", StringComparison.Ordinal));
        if (!definite) return null;
        return _lexicon.Kind(text, w[at + 1], CountRole.Noun) is { } named && named.Kind != CountLexicon.People ? named.Kind : null;
    }
}
