using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Counts;

/// <summary>
/// What the blind <c>cn3-</c> stories showed a count's clause saying of it beyond the words next to it: a verb past a
/// description or a qualifier, a period between an action and its number, a number named by عدد further back, things
/// seized in one clause, and shares and weights that are no counts.
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>
    /// The verb after a counted noun, past one definite word of it (عناصر الامن قتلوا), a qualifier (على الاقل توفوا), an
    /// opening quotation mark or, for a plural verb, a few words that describe them: its kind and index.
    /// </summary>
    private (string Kind, int At)? VerbAfter(string text, IReadOnlyList<Word> w, int at)
    {
        if (_lexicon.QualifierAfter(w, at) is { } qualifier) at = qualifier.EndWord;
        // اربعة جنود "استشهدوا": the verb quoted.
        if (at + 1 < w.Count && w[at].Key is "\"" or "«" or "“") at++;
        return FirstVerbAfter(text, w, at) ?? PluralVerbPastDescription(text, w, at);
    }

    private (string Kind, int At)? FirstVerbAfter(string text, IReadOnlyList<Word> w, int at)
    {
        if (at < w.Count && _lexicon.Kind(text, w[at], CountRole.After) is { } verb) return (verb.Kind, at);
        if (at + 1 < w.Count && w[at].IsLetters && w[at].Key.StartsWith("ال", StringComparison.Ordinal) &&
            _lexicon.Kind(text, w[at + 1], CountRole.After) is { } later)
        {
            return (later.Kind, at + 1);
        }
        return null;
    }

    private const int MaxDescribingWords = 4;

    /// <summary>
    /// ثلاثة من عناصر فرق نزع الالغام قتلوا, سبعة افراد من قوات حرس الحدود قتلوا, 11 ناشطة حقوقية اعتقلن: a plural verb of the after role past up to <see cref="MaxDescribingWords"/>
    /// words from <paramref name="first"/> on that describe the people counted (<see cref="DescribesPeople"/>: no
    /// punctuation, number or و-word between but more people): the verb agrees with them. Its kind and index, or null.
    /// </summary>
    private (string Kind, int At)? PluralVerbPastDescription(string text, IReadOnlyList<Word> w, int first)
    {
        for (int k = first + 1; k < w.Count && k <= first + MaxDescribingWords; k++)
        {
            var prev = w[k - 1];
            if (!prev.IsLetters || !DescribesPeople(text, prev)) return null;
            // A masculine plural (قتلوا) or a feminine one (ناشطات … اعتقلن).
            if (!w[k].IsLetters || !(w[k].Key.EndsWith("وا", StringComparison.Ordinal) || w[k].Key.EndsWith('ن'))) continue;
            // 18 من مسلحي الطرف الآخر وقعوا في الاسر: fell into captivity, taken.
            if (w[k].Key == "وقعوا" && k + 2 < w.Count && w[k + 1].Key == "في" && w[k + 2].Key == "الاسر") return ("arrested", k + 2);
            // The verb itself carries no و: وقتلوا opens a clause of its own.
            if (_lexicon.Kind(text, w[k], CountRole.After) is { } verb && verb.Span.Start == w[k].Start) return (verb.Kind, k);
        }
        return null;
    }

    /// <summary>
    /// من right after a number, or after على الاقل there (21 على الاقل من المقاتلين), and a plural verb of the after role
    /// past the words that name the people (<see cref="PluralVerbPastDescription"/>): its kind and index, or null.
    /// </summary>
    private (string Kind, int At)? PluralVerbPastOf(string text, IReadOnlyList<Word> w, int end)
    {
        int of = _lexicon.QualifierAfter(w, end)?.EndWord ?? end;
        return of + 1 < w.Count && w[of].Key == "من" ? PluralVerbPastDescription(text, w, of + 1) : null;
    }

    /// <summary>Passive verbs in the singular (قتل, اصيب, اعتقل) and what they tell.</summary>
    private static readonly Dictionary<string, string> SingularPassives = new(StringComparer.Ordinal)
    {
        [MatchKey.Of("قتل")] = "killed", [MatchKey.Of("استشهد")] = "killed", [MatchKey.Of("أصيب")] = "wounded", [MatchKey.Of("جرح")] = "wounded",
        [MatchKey.Of("اعتقل")] = "arrested", [MatchKey.Of("اختطف")] = "kidnapped", [MatchKey.Of("خطف")] = "kidnapped",
    };

    /// <summary>
    /// 350 مدنيا اصيب بالغاز, 15 شخصا قتل: after a number whose noun is singular the verb right after the people may be
    /// singular too; its kind and index, or null. Where the noun is plural so is its verb: a singular one there has a
    /// subject of its own (خمسة اشخاص قتل والدهم, 106 اشخاص اعتقل ذووهم).
    /// </summary>
    private static (string Kind, int At)? SingularVerbAfter(IReadOnlyList<Word> w, NumberPhrase number, int end) =>
        TakesSingularNoun(number.Value) && !number.Vague && end < w.Count && SingularPassives.TryGetValue(w[end].Key, out var kind) ? (kind, end) : null;

    /// <summary>
    /// Whether the noun after the number is singular: from eleven up, unless its last two digits are three to ten, which
    /// take a plural as they do alone (مئة وخمسة اشخاص, but 15 شخصا, 300 شخص, 1500 شخص).
    /// </summary>
    private static bool TakesSingularNoun(double value) => value >= 11 && value % 100 is not (>= 3 and <= 10);

    /// <summary>
    /// Whether a word between the people counted and a verb after them still describes them: a word that is no number and
    /// opens with no و, the adjective one (من عائلة واحدة), or more people joined by و (والنساء, وأفراد عائلاتهم).
    /// </summary>
    private bool DescribesPeople(string text, Word word)
    {
        if (One.Contains(word.Key)) return true;
        if (_numbers.Starts(word)) return false;
        return word.Key[0] != 'و' || _lexicon.Kind(text, word, CountRole.Noun) is { Kind: CountLexicon.People } noun && noun.Span.Start > word.Start;
    }

    private static readonly HashSet<string> PeriodPrepositions = new(StringComparer.Ordinal) { "في", "خلال", "بعد", "قبل" };

    /// <summary>
    /// The index of the word before a period that stands between an action and its number (الجوع قتل في يومين اكثر من
    /// مئة شخص, قتل خلال 24 ساعة 30 شخصا, اعدم بعد ايام نحو 1700): في, خلال, بعد or قبل and a unit, a dual or a number with
    /// its unit; <paramref name="at"/> itself when none.
    /// </summary>
    private int PastPeriod(IReadOnlyList<Word> w, int at)
    {
        if (at < 1 || !w[at].IsLetters) return at;
        foreach (var phrase in _times.StartingWith(w[at].Key))
        {
            if (phrase.Keys.Length != 1) continue;
            if (phrase.Kind is TimeWordKind.Dual or TimeWordKind.Duration && PeriodPrepositions.Contains(w[at - 1].Key)) return at - 2;   // بعد ايام
            if (phrase.Kind == TimeWordKind.Duration && at >= 2 && w[at - 1].IsNumber && PeriodPrepositions.Contains(w[at - 2].Key)) return at - 3;
        }
        return at;
    }

    /// <summary>Verbs that link a number to the عدد before it, and the qualifier each gives (تجاوز: more than it).</summary>
    private static readonly Dictionary<string, string?> NumberLinks = new(StringComparer.Ordinal)
    {
        ["بلغ"] = null, ["يبلغ"] = null, ["ويبلغ"] = null, ["وبلغ"] = null, ["وصل"] = null, ["يصل"] = null,
        ["تجاوز"] = "more-than", ["يتجاوز"] = "more-than", ["تخطي"] = "more-than", ["يتخطي"] = "more-than",
        ["فاق"] = "more-than", ["يفوق"] = "more-than", ["ناهز"] = "about", ["يناهز"] = "about", ["يقارب"] = "about", ["قارب"] = "about",
        ["هو"] = null,   // ان اجمالي عدد الموقوفين هو 23 شخصا
    };

    private static readonly HashSet<string> Who = new(StringComparer.Ordinal) { "الذين", "اللواتي", "اللاتي", "ممن" };

    private const int MaxCountOfGap = 12;

    /// <summary>
    /// Verbs of rising or falling that take a number after عدد with الى (وارتفع عدد … الى 120, وتراجع عدد النازحين الى
    /// 120 الفا).
    /// </summary>
    private static readonly HashSet<string> RisingOrFalling = MatchKey.SetOf(
        "ارتفع", "وارتفع", "فارتفع", "يرتفع", "ويرتفع", "ليرتفع", "قفز", "وقفز", "زاد", "وزاد",
        "انخفض", "وانخفض", "ينخفض", "تراجع", "وتراجع", "يتراجع", "هبط", "وهبط", "تقلص", "وتقلص");

    /// <summary>
    /// A number that عدد and a noun of people named earlier in its clause (no punctuation or number between): عدد
    /// المهاجرين الذين لقوا حتفهم في البحر المتوسط منذ مطلع العام تجاوز 680, ويبلغ عدد العاطلين عن العمل في تونس نحو
    /// 700 الف. A verb of reaching stands right before the number or right before عدد, a verb of estimating before
    /// عدد with ب on the number (<paramref name="linkedByB"/>: ويقدر عدد الاساتذة … بنحو 70 الفا), or a verb of rising or falling before
    /// عدد with الى on the number (وارتفع عدد … الى 120). The kind is the noun's, else that of a verb in a relative clause
    /// after it (الذين لقوا حتفهم: killed), else an amount. With no noun, the people are those of a relative right after
    /// عدد (عدد من قتلوا, عدد الذين لقوا حتفهم) and take its verb's kind. The span starts at the noun or the relative.
    /// </summary>
    private (string Kind, int Start, string? Qualifier)? CountOf(string text, IReadOnlyList<Word> w, int lead, bool linkedByB)
    {
        string? linkQualifier = null;
        // ان عدد اللاجئين المسجلين … انخفض الى 976 الفا: a verb of rising or falling after the noun, with الى, links as one word.
        int linkWords = lead >= 1 && NumberLinks.TryGetValue(w[lead - 1].Key, out linkQualifier) ? 1
            : lead >= 2 && w[lead - 1].Key == "الي" && RisingOrFalling.Contains(w[lead - 2].Key) ? 2 : 0;
        bool linkedAfter = linkWords > 0;
        for (int k = lead - 1 - linkWords; k >= 0 && k >= lead - MaxCountOfGap; k--)
        {
            if (!w[k].IsLetters || _numbers.Starts(w[k])) return null;
            if (w[k].Key is not ("عدد" or "وعدد") || k + 1 >= lead) continue;
            string? beforeQualifier = null;
            bool linkedBefore = k >= 1 && NumberLinks.TryGetValue(w[k - 1].Key, out beforeQualifier) || (linkedByB && EstimatedBefore(w, k));
            if (linkedBefore) linkQualifier ??= beforeQualifier;
            bool risen = k >= 1 && RisingOrFalling.Contains(w[k - 1].Key) && w[lead - 1].Key == "الي";
            if (!linkedAfter && !linkedBefore && !risen) return null;
            // بلغ عدد سكان الجزيرة وفق احصاء 2010 قرابة 90 الفا: a year with no verb of reaching before it dates the figure.
            if (!linkedAfter && w[lead].IsInteger && w[lead].Digits == 4 && w[lead].Value is >= 1900 and <= 2100) return null;
            if (RelativeAfterCount(text, w, k + 1, lead) is { } suffered) return (suffered, w[k + 1].Start, linkQualifier);
            if (_lexicon.Kind(text, w[k + 1], CountRole.Noun) is not { } noun) return null;
            string kind = noun.Kind;
            if (kind == CountLexicon.People)
            {
                kind = Amount;
                for (int r = k + 2; r + 1 < lead; r++)
                {
                    if (Who.Contains(w[r].Key) && RelativeAction(text, w, r + 1) is { } done)
                    {
                        kind = done.Kind;
                        break;
                    }
                }
            }
            return (kind, WithArticle(text, w[k + 1], noun.Span.Start), linkQualifier);
        }
        return null;
    }

    /// <summary>
    /// عدد من قتلوا, عدد الذين لقوا حتفهم: the kind of the action right after a relative at word <paramref name="at"/>
    /// (من or one of <see cref="Who"/>), before the number at <paramref name="lead"/>; null when no relative or action is there.
    /// </summary>
    private string? RelativeAfterCount(string text, IReadOnlyList<Word> w, int at, int lead) =>
        at + 1 < lead && (Who.Contains(w[at].Key) || w[at].Key == "من") && RelativeAction(text, w, at + 1) is { } done ? done.Kind : null;

    /// <summary>Object pronouns a relative clause's verb carries for the people it took (الذين اعتقلتهم الشرطة).</summary>
    private static readonly string[] ObjectPronouns = ["هم", "هن"];

    /// <summary>
    /// The action of a relative clause's verb at word <paramref name="at"/> (الذين لقوا حتفهم), also a verb of the before role
    /// carrying its object (الذين اعتقلتهم الشرطة, الذين خطفهم المسلحون); null for none.
    /// </summary>
    private (string Kind, TextSpan Span)? RelativeAction(string text, IReadOnlyList<Word> w, int at)
    {
        if (ActionAt(text, w, at, counted: true) is { } done) return done;
        return _lexicon.KindUnderSuffix(w[at], CountRole.Before, ObjectPronouns) is { } kind && kind != Amount ? (kind, w[at].Span) : null;
    }

    private const int MaxSeizeClause = 16;

    /// <summary>
    /// ضبطت الشرطة ثلاثة اطنان من الحشيش و40 قطعة سلاح: a number joined by و to what a verb of seizing took earlier in
    /// its clause (up to <see cref="MaxSeizeClause"/> words, no punctuation), with a noun of things after it, is seized too.
    /// </summary>
    private bool SeizedInClause(string text, IReadOnlyList<Word> w, NumberPhrase number, int lead)
    {
        bool joined = w[lead].Key[0] == 'و' && number.Span.Start > w[lead].Start || (lead >= 1 && w[lead - 1].Key == "و") ||
                      _lexicon.QualifierBefore(w, number.FirstWord) is { Proclitic: 'و' };
        if (!joined || number.EndWord >= w.Count || !w[number.EndWord].IsLetters || IsMeasure(w, number.EndWord)) return false;
        if (w[number.EndWord].Key is "من" or "في" or "علي" or "الي" or "عن") return false;   // وأربعة من أصدقائها: no thing named
        if (_lexicon.Kind(text, w[number.EndWord], CountRole.Noun) is not null) return false;   // people are no things
        for (int k = lead - 1; k >= 0 && k >= lead - MaxSeizeClause; k--)
        {
            if (w[k].Kind == WordKind.Punctuation) return false;
            // The verb itself, with و at most: بالضبط (exactly) is no seizing.
            if (w[k].IsLetters && _lexicon.Kind(text, w[k], CountRole.Before) is { Kind: "seized" } seize &&
                (seize.Span.Start == w[k].Start || (w[k].Key[0] == 'و' && seize.Span.Start == w[k].Start + 1)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// واوقفت افرادها الثمانية, المعتقلين الخمسة: a cardinal with the article right after a plural noun of people (with the
    /// article or a pronoun suffix) counts them. The kind is the noun's, else the action right before the noun, else an
    /// arrest or abduction earlier in the clause; with none of them, no count. The span runs from the noun to the number.
    /// </summary>
    private Count? DefiniteAfterPeople(string text, IReadOnlyList<Word> w, int i)
    {
        if (i < 1 || _numbers.DefiniteCardinal(w[i]) is not { } value || !w[i - 1].IsLetters) return null;
        // الركاب التسعة عشر: the unit of a definite teen, which counts with its ten.
        int last = i;
        if (value < 10 && i + 1 < w.Count && TeenTen.Contains(w[i + 1].Key))
        {
            value += 10;
            last = i + 1;
        }
        var noun = w[i - 1];
        string? kind = null;
        int start = noun.Start;
        if (IsDefinite(noun) && _lexicon.Kind(text, noun, CountRole.Noun) is { } named)
        {
            kind = named.Kind;
            start = WithArticle(text, noun, named.Span.Start);
        }
        else if (_lexicon.NounKind(text, noun) is { } owned && owned.Span.End == noun.End && !IsDefinite(noun))
        {
            kind = owned.Kind;   // افرادها: a noun under a pronoun suffix is definite too
        }
        if (kind is null) return null;
        int verbAt = PastTimeWords(w, i - 2);
        if (kind == CountLexicon.People)
        {
            // الرجال الثلاثة alone mostly names people counted before: only what happened to them makes it a count.
            kind = verbAt >= 0 && ActionAt(text, w, verbAt, counted: true) is { } action ? action.Kind : CaptorBefore(text, w, i - 1);
        }
        // اعدام الرهائن الثمانية: hostages put to death were killed.
        else if (kind == "kidnapped" && verbAt >= 0 && ActionAt(text, w, verbAt, counted: true) is { Kind: "killed" }) kind = "killed";
        return kind is null ? null : new Count(new TextSpan(start, w[last].End), kind, value);
    }

    /// <summary>The count's last word is a noun of protesters and nothing before its number (or the number's qualifier) says what happened.</summary>
    private bool IsProtestersByNoun(string text, IReadOnlyList<Word> w, Count count, int partAt, int end) =>
        count.Kind == "protesters" && count.Span.Start >= w[partAt].Start && count.Span.End == w[end - 1].End &&
        _lexicon.Kind(text, w[end - 1], CountRole.Noun) is { Kind: "protesters" };

    /// <summary>Verbs of holding a protest before the crowd (نظم, نفذ, خاض in Moroccan news), and of keeping one up (يواصل … اعتصامهم).</summary>
    private static readonly HashSet<string> Organise = MatchKey.SetOf(
        "نظم", "ونظم", "نظمت", "ونظمت", "نفذ", "ونفذ", "نفذت", "ونفذت", "خاض", "وخاض", "خاضت", "وخاضت",
        "يواصل", "ويواصل", "تواصل", "وتواصل", "واصل", "وواصل", "واصلت", "يخوض", "ويخوض", "تخوض", "وتخوض");

    /// <summary>Nouns of a protest a crowd may organise (وقفة احتجاجية, تظاهرة, مسيرة, اعتصاما).</summary>
    private static readonly HashSet<string> ProtestNouns = new[]
        {
            "وقفة", "وقفات", "تظاهرة", "تظاهرات", "مظاهرة", "مظاهرات", "مسيرة", "مسيرات", "اعتصاما", "اعتصامات", "احتجاجا", "احتجاجات",
            // The bare masculine nouns, before نظمه/نفذه (اعتصام نظمه عشرات المعطلين), and strikes.
            "اعتصام", "احتجاج", "اضراب", "اضرابا", "اضرابات",
        }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A protest noun, also behind a one-letter clitic (بمسيرة, لمظاهرة).</summary>
    private static bool IsProtestNoun(string key) => ProtestNouns.Contains(key) || (key.Length > 2 && ProtestNouns.Contains(key[1..]));

    private const int MaxOrganisedGap = 8;

    private static readonly HashSet<string> Aircraft = new[] { "طائرة", "طائرات", "طائرتين", "طائرتان" }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words after which a protest noun is where or what the counted people acted on, not what they organised
    /// (نفذ 500 عنصر انتشارا قرب مسيرة, نفذت قوات الامن حملة ضد الاعتصام).</summary>
    private static readonly HashSet<string> NotOrganised = new(StringComparer.Ordinal)
    {
        "قرب", "بالقرب", "ضد", "حول", "لتفريق", "لفض", "لمنع", "لتامين",
    };

    /// <summary>
    /// <paramref name="verb"/>, the word before the count, when it is a verb of <see cref="Organise"/> and a protest word follows the counted
    /// words within <see cref="MaxOrganisedGap"/> words with no punctuation (ونظم مئات من سكان مدينة العريش وقفة احتجاجية,
    /// نفذ مئات اللاجئين في مخيم عين الحلوة اعتصاما), or past a day set off by commas (نظم مئات الاطباء، اليوم الاربعاء، وقفة).
    /// </summary>
    private int? OrganisedProtest(IReadOnlyList<Word> w, int verb, int after) =>
        verb >= 0 && Organise.Contains(w[verb].Key) && ProtestWithin(w, after, MaxOrganisedGap) ? verb : null;

    /// <summary>نظمها, نفذها: a verb of organising whose object pronoun points back to the protest named before it.</summary>
    private static readonly HashSet<string> OrganiseIt = MatchKey.SetOf(
        "نظمها", "نظمتها", "نظموها", "نفذها", "نفذتها", "نفذوها", "خاضها", "خاضتها", "خاضوها",
        "نظمه", "نظمته", "نظموه", "نفذه", "نفذته", "نفذوه", "خاضه", "خاضته", "خاضوه");

    /// <summary>
    /// <paramref name="verb"/>, the word before the count, when it is نظمها/نفذها and a protest noun stands right before it
    /// or one adjective before it (وقفة احتجاجية نظمها عشرات المعطلين, تظاهرة نظمها الاف), else null.
    /// </summary>
    private static int? OrganisedNamedBefore(IReadOnlyList<Word> w, int verb)
    {
        if (verb < 1 || !OrganiseIt.Contains(w[verb].Key)) return null;
        for (int k = verb - 1; k >= 0 && k >= verb - 2; k--)
        {
            if (IsProtestWord(w[k].Key)) return verb;
        }
        return null;
    }

    /// <summary>The word after a day set off by commas that opens at word <paramref name="k"/> (، اليوم الاربعاء،), or null.</summary>
    private int? DayAside(IReadOnlyList<Word> w, int k)
    {
        int j = k;
        while (j < w.Count && j < k + MaxTimeWords && IsDayWord(w[j])) j++;
        return j > k && j < w.Count && w[j].IsComma ? j + 1 : null;
    }

    /// <summary>Protest nouns with the article, as what people take part in (شاركوا في المسيرة, عدد المشاركين في الوقفة).</summary>
    private static readonly HashSet<string> TheProtest = new[]
        {
            "الوقفة", "الوقفات", "التظاهرة", "التظاهرات", "المظاهرة", "المظاهرات", "المسيرة", "المسيرات", "الاعتصام", "الاحتجاج", "الاحتجاجات",
            "الاعتصامات", "الاضراب", "الاضرابات",
        }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> TakingPart = new(StringComparer.Ordinal) { "شاركوا", "شارك", "يشاركون", "يشارك", "شاركن", "وشاركوا" };

    private static readonly HashSet<string> Participants = new(StringComparer.Ordinal) { "المشاركين", "المشاركون" };

    /// <summary>
    /// قدر المنظمون عدد المشاركين في المسيرة بنحو 50 الف شخص, ان عدد المشاركين في الوقفة بلغ نحو 1500 طبيب: a number of
    /// those taking part in a protest named before it in its clause (no punctuation or number between). The index of عدد, or null.
    /// </summary>
    private int? ParticipantsBefore(IReadOnlyList<Word> w, int lead)
    {
        for (int k = lead - 1; k >= 1 && k >= lead - MaxParticipantsGap; k--)
        {
            // عدد المشاركين في المسيرة التي انطلقت من 4 احياء: the number belongs to the relative clause, not to the crowd.
            if (!w[k].IsLetters || _numbers.Starts(w[k]) || w[k].Key is "التي" or "الذي" or "الذين" or "اللواتي") return null;
            // Organisers give a protest only to participants in nothing named (عدد المشاركين في المؤتمر is a conference's).
            bool inNamed = k + 2 < lead && w[k + 1].Key == "في";
            if (Participants.Contains(w[k].Key) && w[k - 1].Key is "عدد" or "وعدد" &&
                ((inNamed && TheProtest.Contains(w[k + 2].Key)) || InTheProtestNamedBefore(w, k) || (!inNamed && OrganisersBefore(w, k - 1))))
            {
                return k - 1;
            }
        }
        return null;
    }

    private const int MaxParticipantsGap = 6;

    /// <summary>Verbs of a protest taking in a crowd (المسيرة ضمت 20 الف شخص, جمعت التظاهرة آلاف).</summary>
    private static readonly HashSet<string> TakingIn = MatchKey.SetOf("ضمت", "ضم", "جمعت", "جمع", "حشدت", "حشد", "استقطبت", "استقطب");

    /// <summary>A protest named right before a verb of taking in right before the number (المسيرة ضمت 20 الف شخص): its crowd.</summary>
    private static bool TakenInByProtest(IReadOnlyList<Word> w, int lead) =>
        lead >= 2 && TakingIn.Contains(w[lead - 1].Key) && IsProtestBareOrDefinite(w[lead - 2].Key);

    /// <summary>The feminine adjective of a protest after its noun (وقفة احتجاجية).</summary>
    private static readonly HashSet<string> ProtestAdjectives = MatchKey.SetOf("احتجاجية");

    /// <summary>
    /// اعتصاما لنحو 400 من عمال الشركة, وقفة احتجاجية لعشرات الممرضين: a protest named right before the count, which
    /// carries ل on its first word (<paramref name="lead"/>): the protest is theirs, they are its protesters.
    /// </summary>
    private static bool ProtestOfTheCounted(IReadOnlyList<Word> w, int lead) =>
        lead >= 1 && w[lead].Key[0] == 'ل' &&
        (IsProtestBareOrDefinite(w[lead - 1].Key) || (lead >= 2 && ProtestAdjectives.Contains(w[lead - 1].Key) && IsProtestWord(w[lead - 2].Key)));

    private const int MaxOrganiserGap = 3;

    /// <summary>
    /// قال منظمون ان عدد المشاركين تجاوز عشرة آلاف: organisers (منظمون, المنظمون; in the construct, with و or ل, only of
    /// a protest named right after: منظمو المسيرة, لمنظمي الوقفة, not منظمو المؤتمر; not منظمة, an organisation) up to
    /// <see cref="MaxOrganiserGap"/> words before عدد at <paramref name="of"/>, no punctuation between, speak of a protest's crowd.
    /// </summary>
    private static bool OrganisersBefore(IReadOnlyList<Word> w, int of)
    {
        for (int k = of - 1; k >= 0 && k >= of - MaxOrganiserGap; k--)
        {
            if (!w[k].IsLetters) return false;
            var key = w[k].Key.AsSpan();
            if (key.StartsWith("و")) key = key[1..];
            if (key.StartsWith("ل") && !key.StartsWith("ال")) key = key[1..];
            if (key.StartsWith("ال")) key = key[2..];
            if (key is "منظمون" or "منظمين") return true;
            if (key is "منظمو" or "منظمي") return k + 1 < of && IsProtestBareOrDefinite(w[k + 1].Key);
        }
        return false;
    }

    private const int MaxTheirNumberGap = 3;

    /// <summary>Words between a relative (الذين) and the عددهم of its clause.</summary>
    private const int MaxRelativeGap = 3;

    /// <summary>
    /// A bare number a few words after عددهم (past its verb: لم يتجاوز, تتجاوز, بلغ; or glued to ب: عددهم بنحو 600), with no
    /// punctuation between: the size of the people counted last, told again by someone else.
    /// </summary>
    private bool AfterTheirNumber(string text, IReadOnlyList<Word> w, int lead, int lastEnd)
    {
        for (int k = lead - 1; k >= 0 && k >= lead - MaxTheirNumberGap; k--)
        {
            if (!w[k].IsLetters) return false;
            if (!TheirNumber.Contains(w[k].Key)) continue;
            // غارات بلغ عددها 20: عددها mostly counts things, not the people counted before.
            if (w[k].Key is "عددها" or "وعددها") return false;
            // سكان الاقليم، البالغ عددهم 4 ملايين: البالغ names the noun right before it, not the people counted last;
            // so does a relative clause (20 من المتظاهرين الذين قدر عددهم بنحو الف: the whole crowd, not the 20; الذين وصل
            // اجمالي عددهم الى 800: a group named after the count).
            for (int r = k - 1; r >= 0 && r >= k - MaxRelativeGap; r--)
            {
                if (w[r].Key is "البالغ" or "البالغين" or "والبالغ" or "الذين" or "اللذين" or "التي" or "الذي" or "اللواتي" or "اللاتي") return false;
            }
            // The pronoun points back to the people counted last only when no other people are named in between; definite
            // words right after the count describe its people (آلاف من الاساتذة المتعاقدين … عددهم).
            int described = WordScanner.FirstAtOrAfter(w, lastEnd);
            while (described < k && IsDefinite(w[described])) described++;
            for (int j = k - 1; j >= described; j--)
            {
                if (w[j].IsLetters && _lexicon.Kind(text, w[j], CountRole.Noun) is not null) return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>في عداد المفقودين, في عداد القتلى right after a number: the tally it is counted in, with the index of its noun.</summary>
    private (string Kind, int At)? InTheTally(string text, IReadOnlyList<Word> w, int at)
    {
        // ثمانية منهم لا يزالون رهن الاعتقال: people held in detention are the arrested.
        for (int k = at; k < w.Count && k <= at + 3; k++)
        {
            if (!w[k].IsLetters) break;
            if (w[k].Key is "رهن" or "قيد" && k + 1 < w.Count && w[k + 1].Key is "الاعتقال" or "الاحتجاز") return ("arrested", k + 1);
        }
        if (at + 2 >= w.Count || w[at].Key != "في" || w[at + 1].Key != "عداد") return null;
        return _lexicon.Kind(text, w[at + 2], CountRole.Noun) is { } noun ? (noun.Kind == CountLexicon.People ? Amount : noun.Kind, at + 2) : null;
    }

    /// <summary>
    /// After من, a noun of people the lexicon lists (with a pronoun suffix, too), or else a definite sound masculine plural
    /// in ين counted by two or more (ثلاثة من المهاجمين): such plurals name people.
    /// </summary>
    private (string Kind, TextSpan Span)? NounAfterOf(string text, Word word, double value)
    {
        if (_lexicon.NounKind(text, word) is { } listed) return listed;
        // ين only: ون ends singulars too (المادة 34 من القانون).
        return value >= 2 && IsDefinite(word) && word.Key.Length >= 7 && word.Key.EndsWith("ين", StringComparison.Ordinal)
            ? (CountLexicon.People, word.Span)
            : null;
    }

    /// <summary>Occasions people take part in that are no protest (a funeral, a vote, a prayer, a meeting, an operation, a survey).</summary>
    private static readonly HashSet<string> Occasions = new[]
        {
            "تشييع", "جنازة", "الجنازة", "مراسم", "الانتخابات", "انتخابات", "الاقتراع", "الاستفتاء", "صلاة", "الصلاة", "المؤتمر",
            "مؤتمر", "الاجتماع", "اجتماع", "المهرجان", "مهرجان", "الاحتفال", "احتفال", "الاحتفالات", "السباق", "المباراة",
            "العملية", "الاستطلاع", "استطلاع",
        }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    private const int MaxOccasionGap = 3;

    /// <summary>True when في and an occasion that is no protest follow the counted words closely (شارك الآلاف في تشييع الضحايا).</summary>
    private static bool IsOccasionAfter(IReadOnlyList<Word> w, int after)
    {
        for (int k = after; k + 1 < w.Count && k < after + MaxOccasionGap; k++)
        {
            if (!w[k].IsLetters) return false;
            if (w[k].Key == "في" && Occasions.Contains(w[k + 1].Key)) return true;
        }
        return false;
    }

    private const int MaxCloseWords = 2;

    /// <summary>
    /// وقالت المنظمة ان 12 الف شخص فروا …، وان 2500 منهم وصلوا الى المخيم: X منهم opening a second ان clause of the
    /// sentence of the last count, no other people named between, is a part of that count.
    /// </summary>
    private bool ThemAfterThat(string text, IReadOnlyList<Word> w, Count last, int partAt)
    {
        if (partAt < 1 || w[partAt - 1].Key is not ("وان" or "ان") || !InOneSentence(text, last.Span.End, w[partAt].Start)) return false;
        for (int k = partAt - 2; k >= 0 && w[k].Start >= last.Span.End; k--)
        {
            if (w[k].IsLetters && _lexicon.Kind(text, w[k], CountRole.Noun) is not null) return false;
        }
        return true;
    }

    /// <summary>
    /// True when at most <see cref="MaxCloseWords"/> words and commas stand between two counts, none of them opening
    /// with و (واطلقت سراح ثمانية منهم starts a clause of its own) and no sentence mark.
    /// </summary>
    private static bool CloseAfter(string text, int end, int start)
    {
        if (start <= end) return false;
        int words = 0;
        bool inWord = false;
        for (int k = end; k < start; k++)
        {
            char c = text[k];
            if (WordScanner.IsWordChar(c))
            {
                if (!inWord && (c == 'و' || ++words > MaxCloseWords)) return false;
                inWord = true;
            }
            else
            {
                if (c is not (' ' or '،' or ',' or '\n')) return false;
                inWord = false;
            }
        }
        return true;
    }

    /// <summary>Words that say how many a place or a vessel holds: a number after them is a capacity, not people counted.</summary>
    private static readonly HashSet<string> Capacity = new[]
        {
            "تتسع", "يتسع", "تستوعب", "يستوعب", "طاقتها", "طاقته", "الاستيعابية", "استيعابية", "استيعاب", "حمولتها", "حمولته",
            "سعتها", "سعته", "بسعة", "قدرتها", "قدرته",
            // The verbs also open a sentence with و (وتتسع القاعة لاكثر من 800 شخص).
            "وتتسع", "ويتسع", "وتستوعب", "ويستوعب",
        }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    private const int MaxCapacityGap = 4;

    /// <summary>
    /// True when a capacity word stands up to <see cref="MaxCapacityGap"/> words before the number (مراكز لا تتسع لاكثر
    /// من 30 الف شخص, حمولتها لا تتجاوز 50 شخصا), with no punctuation between.
    /// </summary>
    private static bool IsCapacity(IReadOnlyList<Word> w, int lead) => ListedShortlyBefore(w, lead, MaxCapacityGap, Capacity);

    /// <summary>
    /// True when a word of <paramref name="listed"/> stands up to <paramref name="gap"/> words before word
    /// <paramref name="at"/>, with no punctuation or number between (a capacity word, a verb of estimating).
    /// </summary>
    private static bool ListedShortlyBefore(IReadOnlyList<Word> w, int at, int gap, HashSet<string> listed)
    {
        for (int k = at - 1; k >= 0 && k >= at - gap; k--)
        {
            if (!w[k].IsLetters) return false;
            if (listed.Contains(w[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Units of weight, volume, length and money: a number of them is a measure, not a count (ثلاثة اطنان, 30 كيلوغراما, 15 الف يورو).</summary>
    private static readonly HashSet<string> Measures = new[]
        {
            "طن", "طنا", "طنين", "أطنان", "كيلوغرام", "كيلوغراما", "كيلوغرامات", "كيلو", "كيلوجرام", "كيلوجراما", "كلغ", "كغ",
            "غرام", "غراما", "غرامات", "جرام", "جراما", "لتر", "لترا", "لترات", "ليتر", "ليترا", "برميل", "برميلا", "براميل",
            "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "ميل", "ميلا", "أميال", "متر", "مترا", "أمتار", "هكتار", "هكتارا",
            "هكتارات", "درجة", "درجات", "قنطار", "قنطارا", "قناطير",
            // Money is no count either (الحبس وغرامة تصل الى 15 الف يورو).
            "دولار", "دولارا", "دولارات", "يورو", "دينار", "دينارا", "دنانير", "درهم", "درهما", "دراهم", "ريال", "ريالا", "ريالات",
            "جنيه", "جنيها", "جنيهات", "ليرة", "ليرات", "فرنك", "فرنكا", "روبل", "يوان", "أوقية", "شيكل", "شيكلا",
        }
        .Select(n => MatchKey.Of(n)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when word <paramref name="at"/> is a unit of measure or money as it stands (بالاطنان is not one).</summary>
    private static bool IsMeasure(IReadOnlyList<Word> w, int at) => at < w.Count && w[at].IsLetters && Measures.Contains(w[at].Key);

    /// <summary>True when a month follows the number (قبل ان يعثر عليه يوم 9 جويلية): a day of the month, not people.</summary>
    private bool IsDayOfMonth(IReadOnlyList<Word> w, int at)
    {
        if (at >= w.Count || !w[at].IsLetters) return false;
        foreach (var phrase in _times.StartingWith(w[at].Key))
        {
            if (phrase.Kind is TimeWordKind.Month or TimeWordKind.Hijri) return true;
        }
        return false;
    }

    /// <summary>The short forms that are also fractions: خمس (a fifth), سبع, تسع, عشر.</summary>
    private static readonly HashSet<string> FractionForms = new(StringComparer.Ordinal) { "خمس", "سبع", "تسع", "عشر" };

    /// <summary>
    /// قرابة خمس سكان المدينة, خمس الواصلين: a short unit form before a definite word, or before a noun in construct with
    /// one, is a share (a fifth), not a number: a cardinal's noun is indefinite (خمس نساء). A day after the noun (سبع
    /// جثث الاحد) is no construct.
    /// </summary>
    private bool IsFraction(string text, IReadOnlyList<Word> w, NumberPhrase number)
    {
        if (number.EndWord != number.FirstWord + 1 || !FractionForms.Contains(w[number.FirstWord].Key)) return false;
        int next = number.EndWord;
        if (next >= w.Count || !w[next].IsLetters) return false;
        if (IsDefinite(w[next]) && !IsDayWord(w[next])) return true;
        return next + 1 < w.Count && !IsDefinite(w[next]) && w[next + 1].IsLetters && IsDefinite(w[next + 1]) && !IsDayWord(w[next + 1]) &&
               _lexicon.Kind(text, w[next + 1], CountRole.After) is null;
    }

    private static bool IsDefinite(Word word) => word.Key.Length > 3 && word.Key.StartsWith("ال", StringComparison.Ordinal);
}
