using System.Buffers;
using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Reading a document for the stage: mentions, counts and the time inside a sentence, the accusations told, the actors
/// named before a word, and small tests on codes and words.
/// </summary>
public sealed partial class EventStage
{
    // The loops below stand for LINQ that ran once per sentence or per hit: their closures and iterators were most of
    // what this stage allocated (a closure's environment is made for every sentence that declares what it captures).

    /// <summary>Every entity's mentions with the entity, ordered by start (mentions starting together keep the entities' order).</summary>
    private static (TextSpan Span, Entity Entity)[] MentionsByStart(ImmutableArray<Entity> entities)
    {
        int count = 0;
        foreach (var e in entities) count += e.Mentions.Length;
        var mentions = new (TextSpan Span, Entity Entity)[count];
        // Sorted by start, then by place in the list: the same order a stable sort gives.
        var keys = ArrayPool<long>.Shared.Rent(count);
        int at = 0;
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions)
            {
                keys[at] = ((long)m.Span.Start << 32) | (uint)at;
                mentions[at++] = (m.Span, e);
            }
        }
        Array.Sort(keys, mentions, 0, count);
        ArrayPool<long>.Shared.Return(keys);
        return mentions;
    }

    /// <summary>The spans of the story's direct quotes, in one array of the exact size (none when the quote stage did not run).</summary>
    private static TextSpan[] DirectQuoteSpans(AnalyzedDocument document)
    {
        if (!document.Has(Layers.Quotes)) return [];
        int count = 0;
        foreach (var q in document.Quotes)
        {
            if (q.Direct) count++;
        }
        if (count == 0) return [];
        var spans = new TextSpan[count];
        int at = 0;
        foreach (var q in document.Quotes)
        {
            if (q.Direct) spans[at++] = q.Span;
        }
        return spans;
    }

    /// <summary>
    /// The mentions inside <paramref name="sentence"/>, the dateline's left out (it is where the story was filed, not who
    /// acted), in <paramref name="scratch"/> (grown as needed, kept by the caller for the story's next sentence): the
    /// sentence's mentions are read once, into <see cref="EventArguments.Sentence"/>'s array, so no list of them is made
    /// for each sentence. <paramref name="mentions"/> come by start: none that starts past the sentence's end is read.
    /// </summary>
    private static ReadOnlySpan<(TextSpan Span, Entity Entity)> MentionsIn((TextSpan Span, Entity Entity)[] mentions, TextSpan sentence, int dateline,
        ref (TextSpan Span, Entity Entity)[]? scratch)
    {
        int n = 0;
        foreach (var m in mentions)
        {
            if (m.Span.Start > sentence.End) break;
            if (!sentence.Contains(m.Span) || DatelineHead.Holds(dateline, m.Span)) continue;
            if (scratch is null || n == scratch.Length) Array.Resize(ref scratch, Math.Max(16, 2 * n));
            scratch[n++] = m;
        }
        return scratch.AsSpan(0, n);
    }

    /// <summary>The counts inside <paramref name="sentence"/>; a <see cref="SharedEmptyList{T}"/> (never modify) when there is none, as in most sentences.</summary>
    private static List<Count> CountsIn(ImmutableArray<Count> counts, TextSpan sentence)
    {
        List<Count>? inside = null;
        foreach (var c in counts)
        {
            if (sentence.Contains(c.Span)) (inside ??= []).Add(c);
        }
        return inside ?? SharedEmptyList<Count>.Get();
    }

    /// <summary>The spans of the time expressions inside <paramref name="sentence"/>; a <see cref="SharedEmptyList{T}"/> (never modify) when there is none.</summary>
    private static List<TextSpan> TimeSpansIn(ImmutableArray<TimeExpression> times, TextSpan sentence)
    {
        List<TextSpan>? inside = null;
        foreach (var t in times)
        {
            if (sentence.Contains(t.Span)) (inside ??= []).Add(t.Span);
        }
        return inside ?? SharedEmptyList<TextSpan>.Get();
    }

    /// <summary>
    /// The sentence's first time expression that is no duration (P…) and dates neither a charge quoted after بـ nor a document
    /// (الاتفاق المبرم في 2015: <see cref="DatesWhatIsQuotedOrADocument"/>), or null.
    /// </summary>
    private static TimeExpression? FirstTimeIn(ImmutableArray<TimeExpression> times, TextSpan sentence, IReadOnlyList<Word> words)
    {
        foreach (var t in times)
        {
            if (sentence.Contains(t.Span) && !t.Value.StartsWith('P') && !DatesWhatIsQuotedOrADocument(t, words)) return t;
        }
        return null;
    }

    /// <summary>The words of accusation acts (CAMEO 112): the verb-table hits' words, then the triggers' first words.</summary>
    private static int[] Accusations(List<CameoVerbTable.Hit> verbHits, List<EventRecognizer.Hit> handHits, IReadOnlyList<Word> words)
    {
        List<int>? found = null;
        foreach (var h in verbHits)
        {
            if (h.Pattern.Code.StartsWith("112", StringComparison.Ordinal)) (found ??= []).Add(h.Word);
        }
        foreach (var h in handHits)
        {
            if (h.Trigger.Code.StartsWith("112", StringComparison.Ordinal)) (found ??= []).Add(EventArguments.WordRange(words, h.Span).First);
        }
        return found is null ? [] : found.ToArray();
    }

    /// <summary>
    /// <see cref="EventArguments.OnlyActorBefore"/> when nothing between its last mention and word <paramref name="word"/> ends the
    /// clause (a mark, فيما, مضيفا …) and it is the subject of the verb opening the clause: the subject the و-verb goes
    /// on with (داهمت دورية من الجيش مخيما واوقفت). Past a comma (دهمت قوة من الجيش، فجر اليوم، منزلا في البلدة، واوقفت)
    /// only a و-verb that agrees with the opening one goes on with it: رحب الجيش بالقرار، واوقفت has another subject.
    /// </summary>
    private static Entity? ClauseActorBefore(EventArguments.Sentence s, int word)
    {
        if (EventArguments.OnlyActorBefore(s, word) is not { } actor) return null;
        EventArguments.Placed? last = null;
        foreach (var m in s.Mentions)
        {
            if (m.Entity == actor && m.Last < word) last = m;
        }
        // سجلت اضطرابات في حركة القطارات واضرب, انتشرت عناصر … في محيط ساحة الامم المتحدة واعتقلت: a name that is not the
        // subject of the verb opening the clause is where or what, not who.
        if (last is not { } at) return null;
        int opener = EventArguments.ClauseOpenerOf(s, at.First);
        if (opener < 0) return null;
        for (int k = at.Last + 1; k < word; k++)
        {
            if (s.Words[k].IsComma && Agrees(s.Words[opener].Key, s.Words[word].Key)) continue;
            if (s.Words[k].Kind == WordKind.Punctuation || ClauseBreaks.Contains(s.Words[k].Key) || ClauseLeads.Contains(s.Words[k].Key)) return null;
        }
        return actor;
    }

    /// <summary>
    /// Whether a later verb agrees with the verb opening its clause as one subject's would: the same ending (feminine ت,
    /// plural وا, none), or a bare verb before the subject and a plural after it (وفرق عناصر من الجيش …، واوقفوا).
    /// </summary>
    private static bool Agrees(string opener, string later)
    {
        static int Ending(string key) => key.EndsWith("وا", StringComparison.Ordinal) ? 2 : key.EndsWith('ت') ? 1 : 0;
        int first = Ending(opener), then = Ending(later);
        return first == then || first == 0 && then == 2;
    }

    /// <summary>
    /// Whether the verb at <paramref name="trigger"/> is written with و and carries its subject in its ending (3fs ت, 3mp
    /// وا) with no clause break since the act at <paramref name="previous"/>: it goes on with that act. A verb before its
    /// subject takes no plural; one ending in ت is read as active (وقتلت القيادي X), though unvowelled it may also be a
    /// feminine passive (وقُتلت الناشطة), which is rarer after an act of the same agent; a masculine one may be the passive
    /// (وقتل X), so it is left to be read as one.
    /// </summary>
    private static bool GoesOnWith(IReadOnlyList<Word> words, int first, TextSpan trigger, TextSpan previous)
    {
        var word = words[first];
        if (word.Start >= trigger.Start || word.Key.Length < 4 || word.Key[0] != 'و' || previous.End > trigger.Start) return false;
        bool carried = word.Key.EndsWith("وا", StringComparison.Ordinal) || word.Key.EndsWith('ت');
        return carried && !ClauseBreakBetween(words, previous, trigger);
    }

    private static bool AnyContains(TextSpan[] spans, TextSpan span)
    {
        foreach (var q in spans)
        {
            if (q.Contains(span)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an event of PLOVER type <paramref name="plover"/> was told before; a crowd repressed (CAMEO 17: فضت
    /// الاعتصام, اعتقلت) is no retelling of a fight or an attack of the same type (مواجهات), nor the other way round. A
    /// bomber's detonation (<paramref name="detonation"/>) retells only a bombing: one told after an attack (هجوم …، وقال ان
    /// "فجر انتحاري منهم حزامه قرب النقطة") is how the attack was carried out, an act of its own; a blast or a bomb alone
    /// (سيارة مفخخة انفجرت) may be the attack itself. Stones thrown (CAMEO 145) likewise retell only stones thrown: after a
    /// march (نظم الطلبة مسيرة …، وقال ناطق ان "ثلاثة اعوان اصيبوا جراء رشقهم بالحجارة") they are a riot the march did not tell.
    /// </summary>
    private static bool AnyOfType(ImmutableArray<Event>.Builder events, string plover, string code, bool detonation)
    {
        bool coerced = code.StartsWith("17", StringComparison.Ordinal);
        string? only = detonation ? Bombing : code.StartsWith(Riot, StringComparison.Ordinal) ? Riot : null;
        foreach (var e in events)
        {
            if (e.Plover == plover && e.Code.StartsWith("17", StringComparison.Ordinal) == coerced &&
                (only is null || e.Code.StartsWith(only, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>The rule-string mark of the curfew word a curfew verb found after it (فرضت … حظر تجول: +curfew-object:تجول).</summary>
    private const string CurfewMark = "+curfew-object:";

    /// <summary>How far after a curfew verb its curfew word may stand: past the subject, where it sits and a day set off by commas.</summary>
    private const int CurfewWordReach = 12;

    /// <summary>
    /// The word of the curfew itself after the verb ending at word <paramref name="last"/>, by the key its rule string names
    /// (فرضت السلطات حظر تجول: تجول); <paramref name="last"/> when none is named or found.
    /// </summary>
    private static int CurfewWordAfter(IReadOnlyList<Word> words, int last, string rule)
    {
        int at = rule.IndexOf(CurfewMark, StringComparison.Ordinal);
        if (at < 0) return last;
        int from = at + CurfewMark.Length, end = rule.IndexOf('+', from);
        var key = rule.AsSpan(from, (end < 0 ? rule.Length : end) - from);
        for (int k = last + 1; k < words.Count && k <= last + CurfewWordReach; k++)
        {
            if (key.SequenceEqual(words[k].Key)) return k;
        }
        return last;
    }

    /// <summary>An attack named by its definite noun, the one the story told (الغارة, الهجوم, القصف).</summary>
    private static readonly HashSet<string> ToldAttacks = MatchKey.SetOf("الغارة", "الغارات", "الضربة", "الهجوم", "القصف");

    /// <summary>Quotation marks that may open a quote between a subject and its verb (ان الغارة "استهدفت …").</summary>
    private static readonly HashSet<string> OpeningQuotes = new(StringComparer.Ordinal) { "\"", "«", "“" };

    /// <summary>
    /// Whether the hit at word <paramref name="first"/> tells an attack by its definite noun as the subject: a verb right after
    /// the noun, past an opening quotation mark (ان الغارة "استهدفت عنصرين"), or the noun itself read with the verb of its
    /// happening (ان الهجوم استهدف موقعا عسكريا). The attack's weapon named so (ان الطائرة المسيرة استهدفت, ان الصاروخ
    /// استهدف) tells it again too.
    /// </summary>
    private static bool RetellsAnAttack(IReadOnlyList<Word> words, int first, EventRecognizer.Hit hit)
    {
        if (hit.Trigger.Role != TriggerRole.Verb) return ToldAttacks.Contains(words[first].Key) && hit.Rule.Contains("+occurred:", StringComparison.Ordinal);
        int k = first - 1;
        if (k >= 0 && OpeningQuotes.Contains(words[k].Key)) k--;
        return k >= 0 && (ToldAttacks.Contains(words[k].Key) || ToldWeapons.Contains(words[k].Key) ||
                          k > 0 && Drones.Contains(words[k].Key) && Aircraft.Contains(words[k - 1].Key));
    }

    /// <summary>
    /// The weapon of an attack named by its definite noun (ان الصاروخ استهدف …, ان القذيفة سقطت …): the one the story told,
    /// as الغارة is the raid it told.
    /// </summary>
    private static readonly HashSet<string> ToldWeapons = MatchKey.SetOf("الصاروخ", "الصواريخ", "القذيفة", "القذائف");

    /// <summary>
    /// A drone told by its definite noun and adjective (ان الطائرة المسيرة استهدفت خيام الاسر): the adjective alone is also
    /// the march (المسيرة), so only after الطائرة or الطائرات.
    /// </summary>
    private static readonly HashSet<string> Drones = MatchKey.SetOf("المسيرة", "المسيرات", "المسيرتين");

    private static readonly HashSet<string> Aircraft = MatchKey.SetOf("الطائرة", "الطائرات", "الطائرتين");

    /// <summary>A protest named by its definite singular noun: the one the story told (المسيرة, الوقفة); plurals may be new ones.</summary>
    private static readonly HashSet<string> ToldProtests = MatchKey.SetOf("المسيرة", "الوقفة", "التظاهرة", "المظاهرة", "الاعتصام", "التجمع");

    /// <summary>CAMEO 145: a violent protest, a riot (stones thrown, fire set).</summary>
    private const string Riot = "145";

    /// <summary>CAMEO 143: a strike or boycott (work stopped).</summary>
    private const string Strike = "143";

    /// <summary>The verbal noun of a strike (اضراب, اضرابا, الاضراب, اضرابات), as a protest-object or entered row reads it.</summary>
    private const string StrikeNoun = "اضراب";

    /// <summary>
    /// Whether a demonstration row (141) was read by a strike as what was carried out or entered: its rule ends in the
    /// supporting noun (trigger:نفذ+protest-object:اضرابا, trigger:شرع+entered:اضراب), so a strike is told, not a rally.
    /// </summary>
    private static bool LaunchedStrike(string code, string rule)
    {
        if (code != "141") return false;
        int colon = rule.LastIndexOf(':');
        if (colon < 0) return false;
        var found = rule.AsSpan(colon + 1);
        if (!found.Contains(StrikeNoun, StringComparison.Ordinal)) return false;
        var head = rule.AsSpan(0, colon);
        return head.EndsWith("+protest-object", StringComparison.Ordinal) || head.EndsWith("+entered", StringComparison.Ordinal);
    }

    /// <summary>Whether an event of PLOVER type <paramref name="plover"/> told before was done to <paramref name="target"/>.</summary>
    private static bool ToldAgainst(ImmutableArray<Event>.Builder events, string plover, Entity target)
    {
        foreach (var e in events)
        {
            if (e.Plover == plover && e.Target?.EntityId == target.Id) return true;
        }
        return false;
    }

    /// <summary>CAMEO 183 and its children: a bombing, a suicide bombing, a car bomb, a roadside bomb.</summary>
    private const string Bombing = "183";

    /// <summary>Triggers of someone detonating a bomb (فجر, فجر نفسه, تفجير), not of the blast or the bomb alone (انفجرت, مفخخة).</summary>
    private static readonly HashSet<string> Detonations = MatchKey.SetOf("فجر", "فجروا", "فجر نفسه", "فجرت نفسها", "تفجير", "تفجيرا", "تفجيرات");

    /// <summary>Bombers, whose definite form (الانتحاري) points back to the one whose attack the story told.</summary>
    private static readonly HashSet<string> Bombers = MatchKey.SetOf("الانتحاري", "الانتحارية", "الانتحاريان", "الانتحاريين", "الانتحاريون", "المفجر");

    /// <summary>How many words on either side of a detonation its bomber may stand (انتحاريا يقود عجلة مفخخة فجر نفسه).</summary>
    private const int BomberReach = 5;

    /// <summary>
    /// Whether the hit over words [<paramref name="first"/>, <paramref name="last"/>] tells a new bomber detonating a bomb
    /// (فجر انتحاري منهم حزامه, بتفجير انتحاري): not one told before (الانتحاري فجر السيارة عند البوابة).
    /// </summary>
    private static bool IsDetonation(EventRecognizer.Hit hit, IReadOnlyList<Word> words, int first, int last)
    {
        if (!Detonations.Contains(MatchKey.Of(hit.Trigger.Phrase))) return false;
        for (int k = Math.Max(0, first - BomberReach); k < words.Count && k <= last + BomberReach; k++)
        {
            if (Bombers.Contains(words[k].Key)) return false;
        }
        return true;
    }

    /// <summary>Drops the hand-written blaming verbs (condition blame, a verb) that a hit of the verb table overlaps.</summary>
    private static void DropBlameVerbsTheTableReads(List<EventRecognizer.Hit> hands, List<CameoVerbTable.Hit> verbs)
    {
        for (int k = hands.Count - 1; k >= 0; k--)
        {
            var h = hands[k];
            if (h.Trigger.Condition != TriggerCondition.Blame || h.Trigger.Role != TriggerRole.Verb) continue;
            foreach (var v in verbs)
            {
                if (v.Span.Overlaps(h.Span))
                {
                    hands.RemoveAt(k);
                    break;
                }
            }
        }
    }

    private static bool AnyOverlaps(List<EventRecognizer.Hit> hits, TextSpan span)
    {
        foreach (var h in hits)
        {
            if (h.Span.Start < span.End && span.Start < h.Span.End) return true;
        }
        return false;
    }

    /// <summary>
    /// Protests, coercion and violence (CAMEO 14, 17–20) are done to people and organisations there: a LOC is where they
    /// happened, never their target. Sanctions and broken relations (16) are between countries, so those keep a LOC target.
    /// </summary>
    private static bool IsMaterial(string code) => code.Length >= 2 && code.AsSpan(0, 2) is "14" or "17" or "18" or "19" or "20";

    /// <summary>
    /// Whether <paramref name="entity"/> is coded as rebels, insurgents or unaligned armed men (قوات الدعم السريع: SDNUAF),
    /// whose name may open with قوات as a state's forces do.
    /// </summary>
    private static bool IsIrregularForce(Entity? entity) =>
        entity?.Actor is { Length: >= 6 } actor && IrregularRoles.Contains(actor.Substring(3, 3));

    /// <summary>CAMEO roles of armed men who are no state's forces: rebels, insurgents, unaligned armed forces.</summary>
    private static readonly HashSet<string> IrregularRoles = new(StringComparer.Ordinal) { "REB", "INS", "UAF" };

    /// <summary>Hostages, as whom people are held (احتجزوا عشرات المدنيين رهائن, كرهائن).</summary>
    private static readonly HashSet<string> Hostages = MatchKey.SetOf("رهائن", "كرهائن", "رهينة", "كرهينة", "رهينتين");

    private const int HostageReach = 8;

    /// <summary>Whether hostages are named within a few words after the holding verb ending at word <paramref name="last"/>, before any mark.</summary>
    private static bool HeldAsHostages(IReadOnlyList<Word> words, int last)
    {
        for (int k = last + 1; k < words.Count && k <= last + HostageReach && words[k].Kind != WordKind.Punctuation; k++)
        {
            if (Hostages.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Words opening what arrested men are charged with or suspected of (بتهمة, يشتبه في, للاشتباه ب).</summary>
    /// <remarks>Not المشتبه: the suspect is the one arrested (اعتقلت الشرطة المشتبه بارتكابه الحادث ويحمل اسم X).</remarks>
    private static readonly HashSet<string> ChargeWords = MatchKey.SetOf("بتهمة", "بتهم", "بتهمه", "يشتبه", "يشتبهون", "للاشتباه", "بشبهة", "بشبهه");

    /// <summary>
    /// Whether a charge word stands between the arresting trigger ending at word <paramref name="last"/> and the first
    /// mention of <paramref name="target"/> after it, with no mark but a comma between.
    /// </summary>
    private static bool NamedInCharge(EventArguments.Sentence s, int last, Entity target)
    {
        if (s.FirstAfter(target, last) is not { } named) return false;
        int at = named.First;
        for (int k = last + 1; k < at; k++)
        {
            if (s.Words[k].Kind == WordKind.Punctuation && !s.Words[k].IsComma) return false;
            if (ChargeWords.Contains(s.Words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Nouns for the supporters of a movement or a leader (انصار, مؤيدي, مناصري).</summary>
    private static readonly HashSet<string> SupporterNouns = MatchKey.SetOf("انصار", "مؤيدي", "مناصري", "انصاري");

    /// <summary>
    /// نظم العشرات من انصار حركة الجهاد الاسلامي وقفة, اقتحم المئات من انصار التيار الصدري المنطقة: a crowd told as the
    /// supporters of a named movement or leader acts for it, as the story gold codes it; the one they support is the source.
    /// </summary>
    private static void SupportersActing(List<Draft> drafts, EventArguments.Sentence s)
    {
        for (int k = 0; k < drafts.Count; k++)
        {
            if (drafts[k].Source is null && drafts[k].SourcePhrase is { } crowd && SupportersOf(s, crowd) is { } backed)
                drafts[k] = drafts[k] with { Source = backed, SourcePhrase = null, Rule = drafts[k].Rule + "+supporters" };
        }
    }

    /// <summary>
    /// The movement or person named right after an unnamed crowd phrase that ends with its supporters' noun (العشرات من
    /// انصار حركة X, المئات من مؤيدي الرئيس X), or null.
    /// </summary>
    private static Entity? SupportersOf(EventArguments.Sentence s, ActorPhrases.Phrase crowd)
    {
        int after = crowd.After;
        if (after < 1 || after >= s.Words.Count || !SupporterNouns.Contains(s.Words[after - 1].Key)) return null;
        return s.StartingAt(after) is { Entity.Type: EntityType.ORG or EntityType.PER } named ? named.Entity : null;
    }

    /// <summary>قوات الامن قتلت, قتلت قوات الامن: a state force right before or after the verb.</summary>
    private static bool IsStateForce(IReadOnlyList<Word> words, int first, TextSpan trigger, string? subjectWord)
    {
        if (subjectWord is not null && StateForces.Contains(subjectWord)) return true;
        bool conjunction = words[first].Start < trigger.Start;
        return !conjunction && ((first >= 1 && StateForces.Contains(words[first - 1].Key)) || (first >= 2 && StateForces.Contains(words[first - 2].Key)));
    }

    /// <summary>Activities a stopping verb stops (اوقفت استيراد الغاز, اوقفت الشركة رحلاتها): no arrest.</summary>
    private static readonly HashSet<string> Activities = MatchKey.SetOf("استيراد", "تصدير", "رحلات", "رحلاتها", "رحلاته", "الرحلات", "العمل", "عمل", "انتاج",
        "الانتاج", "بث", "البث", "نشاط", "النشاط", "نشاطها", "نشاطه", "التعامل", "المفاوضات", "مفاوضات", "الدعم", "دعم", "صرف", "تمويل", "التمويل", "التعاون",
        "ضخ", "بيع", "البيع", "شراء", "الشراء", "العمليات", "عمليات", "الدراسة", "الخدمة", "خدمات", "الخدمات", "التصدير", "الاستيراد", "الاشغال", "اشغال");

    private const int StoppedReach = 4;

    /// <summary>
    /// Whether an activity (استيراد, رحلاتها, العمل) stands among the few words after the stopping verb at word
    /// <paramref name="verb"/>, before any number, mark or person: what it stopped was that activity.
    /// </summary>
    private static bool StoppedActivity(IReadOnlyList<Word> words, int verb)
    {
        int seen = 0;
        for (int k = verb + 1; k < words.Count && seen < StoppedReach;)
        {
            // اوقفت تركيا في 25 اذار/مارس الماضي ضخ النفط: a date between the verb and what it stopped takes no room.
            if (DateRunAt(words, k) is var n and > 0)
            {
                k += n;
                continue;
            }
            if (!words[k].IsLetters) return false;
            if (Activities.Contains(words[k].Key)) return true;
            seen++;
            k++;
        }
        return false;
    }

    /// <summary>How many words past a stopping verb's subject (and where and when) whom it took may stand.</summary>
    private const int TakenReach = 3;

    /// <summary>How many words after a stopping verb its named subject may open (اوقفت وحدات تابعة للدرك الوطني).</summary>
    private const int StopSubjectReach = 3;

    /// <summary>Words that tell where or when before whom a force took (في, من ولاية X, خلال الاسبوع الماضي): they take no room.</summary>
    private static readonly HashSet<string> WhereOrWhen = MatchKey.SetOf("في", "من", "خلال", "منذ");

    /// <summary>A word of where or when, or a place's category noun, bare or after ب (بولاية تلمسان).</summary>
    private static bool IsWhereOrWhen(string key) =>
        WhereOrWhen.Contains(key) || EventRecognizer.PlaceCategories.Contains(key) ||
        key.Length > 3 && key[0] == 'ب' && EventRecognizer.PlaceCategories.Contains(key[1..]);

    /// <summary>Words of how many of those told before were taken (اوقفت معظمهم, اوقفت عددا منهم).</summary>
    private static readonly HashSet<string> TakenShares = MatchKey.SetOf("معظمهم", "بعضهم", "اغلبهم", "جميعهم", "عددا", "العشرات", "عشرات", "مئات", "المئات");

    /// <summary>
    /// Whether someone taken follows the stopping verb at word <paramref name="verb"/>, past its subject and where and when:
    /// a person the story names, a noun of people, a share of those told before, or a number first (اوقفت الشرطة المتهم,
    /// اوقفت الشرطة في محافظة البحيرة اربعة اشخاص, اوقفت معظمهم). A thing stopped has none there (اوقفت انقرة ملء خزان السد,
    /// اوقفت السلطات منحة كانت تتيح للطلاب: the students come too late; صفقة بقيمة مليار دولار: an amount further on).
    /// </summary>
    private static bool TakenAfterStop(EventArguments.Sentence s, int verb, EventArguments.Roles roles)
    {
        var words = s.Words;
        int k = verb + 1;
        if (roles.SourcePhrase is { } phrase && phrase.After > k) k = phrase.After;
        else if (roles.Source is { } source)
        {
            foreach (var m in s.Mentions)
            {
                if (m.Entity != source || m.First <= verb || m.First > verb + StopSubjectReach) continue;
                k = m.Last + 1;
                break;
            }
        }
        for (int seen = 0; k < words.Count && seen < TakenReach; k++)
        {
            if (DateRunAt(words, k) is var date and > 0)
            {
                k += date - 1;
                continue;
            }
            if (words[k].IsComma || words[k].IsLetters && (IsWhereOrWhen(words[k].Key) || DayAside.IsDayWord(words[k].Key))) continue;
            // صفقة بقيمة مليار دولار: a number further on is an amount, not the people taken.
            if (IsNumber(words[k])) return seen == 0;
            if (!words[k].IsLetters) return false;
            if (s.StartingAt(k) is { } named)
            {
                if (named.Entity.Type == EntityType.PER) return true;
                if (named.Entity.Type == EntityType.LOC)
                {
                    k = named.Last;
                    continue;
                }
            }
            if (TakenShares.Contains(words[k].Key) || CountLexicon.Shared.NounKind(s.Text, words[k]) is not null) return true;
            seen++;
        }
        return false;
    }

    /// <summary>Words that name a year before its number (عام 2015).</summary>
    private static readonly HashSet<string> YearNouns = MatchKey.SetOf("عام", "العام", "سنة");

    /// <summary>
    /// How many words a date told after a verb holds from word <paramref name="k"/> (في 25 اذار/مارس الماضي, منذ ايلول/سبتمبر,
    /// الشهر الماضي, في عام 2015): months, time nouns and the words ending a time phrase, the slash joining a month's two
    /// names, a day's number before its month and a year's after its noun, with في or منذ before them; 0 where none starts.
    /// A number before anything else is a count (اوقفت منذ مطلع العام الجاري 112 عنصرا), no part of the date.
    /// </summary>
    private static int DateRunAt(IReadOnlyList<Word> words, int k)
    {
        int j = k < words.Count && words[k].Key is "في" or "منذ" ? k + 1 : k;
        int start = j;
        while (j < words.Count)
        {
            var w = words[j];
            bool part = w.Key == "/" || w.IsLetters && EventArguments.IsTimeWord(w.Key) ||
                        w.Kind == WordKind.Number && (j + 1 < words.Count && (words[j + 1].Key == "/" || words[j + 1].IsLetters && EventArguments.IsTimeWord(words[j + 1].Key)) ||
                                                      j > start && YearNouns.Contains(words[j - 1].Key));
            if (!part) break;
            j++;
        }
        return j > start ? j - k : 0;
    }

    /// <summary>Subordinators after which a verb opens its clause with no conjunction (بعدما, عندما, حين, الذي, التي).</summary>
    private static readonly HashSet<string> Subordinators = MatchKey.SetOf("بعدما", "عندما", "حينما", "حين", "لما", "كلما", "ريثما", "الذي", "التي", "الذين");

    /// <summary>يدعى, تدعى (is named) and يدعي (claims), written alike without vowels: no call (دعا).</summary>
    private static readonly HashSet<string> NamingVerbs = MatchKey.SetOf("يدعى", "تدعى", "ويدعى", "وتدعى", "يدعي", "تدعي", "ويدعي", "وتدعي");

    /// <summary>What one declines to give who asks not to be named (رفض الكشف عن اسمه, رفض ذكر هويته).</summary>
    private static readonly HashSet<string> OwnNames = MatchKey.SetOf("اسمه", "اسمها", "هويته", "هويتها", "اسماءهم", "هوياتهم");

    private const int MaxWithheldWords = 3;

    /// <summary>
    /// A reject verb that rejects nothing: بحسب مسؤول رفض الكشف عن اسمه (he withheld his name, his own name within a few
    /// words), and رفضا ل, "in rejection of", the purpose a protest is told with (مسيرة جابت الشوارع رفضا لاجراءات الوزارة).
    /// </summary>
    private static bool NoRejection(IReadOnlyList<Word> words, int verb)
    {
        if (verb + 1 < words.Count && words[verb].Key == "رفضا" && words[verb + 1].Key.StartsWith('ل')) return true;
        return WithholdsName(words, verb);
    }

    /// <summary>The verb at <paramref name="verb"/> withholds a name: its own within a few words (رفض الكشف عن اسمه).</summary>
    private static bool WithholdsName(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb + 1; k < words.Count && k <= verb + MaxWithheldWords; k++)
        {
            if (!words[k].IsLetters) return false;
            if (OwnNames.Contains(words[k].Key)) return true;
        }
        return false;
    }

    /// <summary>Verbs one withholds one's name with (طلب عدم ذكر اسمه, رفض الكشف عن هويته, فضل عدم …).</summary>
    private static readonly HashSet<string> Withholding = MatchKey.SetOf("طلب", "رفض", "فضل", "اشترط", "طالبا", "رافضا", "مفضلا", "مشترطا");

    /// <summary>
    /// واتهم مسؤول في الوزارة، طلب عدم ذكر اسمه، جهات …: the subject right after the verb sets off between commas that
    /// he withholds his name. He is an unnamed source (null by the annotation rules), but one an agency quotes as speaking
    /// in office, so the act is reported and stands as an event.
    /// </summary>
    private static bool SubjectWithholdsName(IReadOnlyList<Word> words, int verb)
    {
        for (int k = verb + 2; k < words.Count - 1 && k <= verb + MaxSubjectWords; k++)
        {
            if (!words[k].IsLetters) return words[k].IsComma && Withholding.Contains(words[k + 1].Key) && WithholdsName(words, k + 1);
        }
        return false;
    }

    /// <summary>Whether the word opens a number, in digits or in words (واوقفت 27 شخصا, واوقفت ثلاثة مطلوبين).</summary>
    private static bool IsNumber(Word word) => NumberReader.Shared.Starts(word);

    /// <summary>عددا, "a number" in the accusative: the object a verb took (ورحّل عددا منهم).</summary>
    private static readonly string AccusativeNumber = MatchKey.Of("عددا");

    /// <summary>
    /// Whether <paramref name="word"/> opens the counted crowd an act was done to: a number (27 سوريا, ثلاثة لاجئين) or a
    /// count the count stage read over it with no number word first (واوقفت شخصين, واوقفت سوريين اثنين: a dual, whose
    /// count takes the verb in, or a noun with its number after it). A و-verb whose object opens at once carries no
    /// subject of its own.
    /// </summary>
    private static bool CountedObject(EventArguments.Sentence s, Word word)
    {
        // ورحّل عددا منهم, واعتقلت عددا من المحتجين: "a number" in the accusative is a counted object too.
        if (IsNumber(word) || word.Key == AccusativeNumber) return true;
        var counts = s.Counts;
        for (int i = 0; i < counts.Count; i++)
        {
            var c = counts[i];
            if (c.Span.Start <= word.Start && word.Start < c.Span.End) return true;
        }
        return false;
    }
}
