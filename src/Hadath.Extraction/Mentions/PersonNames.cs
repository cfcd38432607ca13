using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Completes person names a tagger cuts short: after a compound first name alone (عبد العزيز بوتفليقة tagged
/// عبد العزيز) the next word is the family name, and a regnal ordinal belongs to the name (عبد الله الثاني).
/// </summary>
public static partial class PersonNames
{
    /// <summary>Words that join a name to what follows: بن, بنت, آل (folded ال), عبد, ابو.</summary>
    private static readonly HashSet<string> Linkers = MatchKey.SetOf("بن", "ابن", "بنت", "آل", "عبد", "ابو", "أبو", "ابي", "أبي");

    private static readonly HashSet<string> Ordinals = MatchKey.SetOf("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس");

    /// <summary>Whom a speaker talks to, right after the name (قال رامي عبد الرحمن لوكالة فرانس برس): never a word of the name.</summary>
    private static readonly HashSet<string> Addressees = MatchKey.SetOf("لوكالة", "لصحيفة", "لقناة", "لاذاعة", "لموقع", "لفرانس", "لرويترز");

    /// <summary>The key of الدين, the second half of compound names (شرف الدين, نور الدين).</summary>
    private static readonly string Din = MatchKey.Of("الدين");

    /// <summary>
    /// First halves of compound names with الدين (شرف الدين, نور الدين, عز الدين, صلاح الدين): such a word before الدين makes
    /// one name, where الدين alone after a name is "religion" or "debt".
    /// </summary>
    private static readonly HashSet<string> DinFirsts = MatchKey.SetOf("شرف", "نور", "عز", "صلاح", "علاء", "سعد", "بدر", "جمال", "كمال", "محيي", "محي",
        "تاج", "زين", "شمس", "نجم", "سيف", "عماد", "حسام", "خير", "ضياء", "فخر", "بهاء", "نصر", "شهاب", "برهان", "تقي", "سراج", "نظام", "ناصر",
        "جلال", "قطب", "صفي", "معز", "علم", "مجد", "عصام", "قمر");

    /// <summary>Words that never continue a name: particles, prepositions, and speech verbs that often follow one.</summary>
    private static readonly HashSet<string> NotNames = MatchKey.SetOf(
        "في", "من", "الى", "إلى", "على", "عن", "مع", "ان", "أن", "إن", "انه", "أنه", "لدى", "قد", "كان", "كانت", "الذي", "التي", "بن", "بنت",
        "ابو", "أبو", "امس", "اليوم", "قال", "اكد", "أكد", "اضاف", "أضاف", "اعلن", "أعلن", "يقول", "وقال", "خلال", "بعد", "قبل", "حول",
        "امام", "أمام", "ثم", "او", "أو", "لا", "لم", "لن", "ما", "هو", "هي", "الذين", "نفسه", "نفسها", "ناهز", "يناهز", "يبلغ", "بلغ",
        // adverbs after a bare given name (وزوجته ميشيل معا, وميشيل متحمسان, وهو هنا): the sentence goes on, no family name
        "معا", "معاً", "حاليا", "حالياً", "هنا", "هناك", "ايضا", "أيضا", "أيضاً", "متحمسان", "جدا", "تاون")
        .Concat(Addressees).Concat(FirstWords("cues.tsv")).Concat(FirstWords("event-triggers.tsv")).ToHashSet(StringComparer.Ordinal);

    /// <summary>The first word of each row: speech cues and event verbs (استقبل, وصل) follow names, they never end them.</summary>
    private static IEnumerable<string> FirstWords(string lexicon) =>
        LexiconTable.Read(lexicon).Select(r => LexiconTable.Keys(r[0])).Where(k => k.Length > 0).Select(k => k[0]);

    private static readonly HashSet<string> GivenNames =
        LexiconTable.Read("given-names.tsv").Select(r => MatchKey.Of(r[0])).ToHashSet(StringComparer.Ordinal);

    internal static readonly ReadingPrefilter GivenPrefilter = new(GivenNames, nameKeys: false);

    /// <summary>Whether a <see cref="MatchKey"/> is a listed given name (خالد, جمال).</summary>
    internal static bool IsGivenName(string key) => GivenNames.Contains(key);

    /// <summary>
    /// Persons by a given name and the word after it (فهد المبارك, الحبيب الصيد, ناصر الزفزافي; after عبد, two words:
    /// عبد العزيز بوتفليقة), the first word's و/ب/ل peeled. The next word must be free to be a name: no particle,
    /// cue, event verb or conjunction, and nothing but a space before it.
    /// </summary>
    public static List<TextSpan> Find(string text, IReadOnlyList<Word> words) => Find(text, WordScanner.AsSpan(words), default, 0);

    /// <param name="gates">When not empty, <see cref="GivenPrefilter"/>'s answer for each word, as bit <paramref name="gate"/> (<see cref="ReadingPrefilter.Group"/>).</param>
    internal static List<TextSpan> Find(string text, ReadOnlySpan<Word> words, ReadOnlySpan<byte> gates, int gate)
    {
        var found = new List<TextSpan>();
        for (int i = 0; i + 1 < words.Length; i++)
        {
            // The given-name prefilter reads only this word's letters: it goes first, then the next word's lookups.
            if (!words[i].IsLetters || !GivenPrefilter.MayRead(words[i].Key, gates, gate, i) ||
                !CanFollow(text, words[i], words[i + 1]) || GivenAt(text, words[i]) is not { } start)
            {
                continue;
            }
            int last = i + 1;
            if (IsAbd(text, words[i], start) && last + 1 < words.Length && CanFollow(text, words[last - 1], words[last]) &&
                !LeadingTitles.Contains(words[last + 1].Key)) last++;   // عبد العزيز + family name, not عبد اللهيان + السلطان
            if (!CanFollow(text, words[last - 1], words[last])) continue;
            found.Add(new TextSpan(start, words[last].End));
            i = last;
        }
        return found;
    }

    private static int? GivenAt(string text, Word word)
    {
        // Asked only of a word the prefilter let through.
        foreach (var r in Proclitics.ReadingsOf(text, word))
        {
            if (r.HadArticle || (word.Key.StartsWith("لل", StringComparison.Ordinal) && r.Span.Start > word.Start)) continue;
            if (GivenNames.Contains(r.Key)) return r.Span.Start;
        }
        return null;
    }

    private static bool CanFollow(string text, Word previous, Word next)
    {
        string key = next.Key;
        // A definite feminine adjective (جائزة الملك فيصل العالمية) describes what came before; it is no family name.
        bool adjective = key.StartsWith("ال", StringComparison.Ordinal) && key.EndsWith("يه", StringComparison.Ordinal);
        return next.IsLetters && Adjacent(text, previous, next) && key.Length > 2 && !key.StartsWith('و') && !adjective &&
               !NotNames.Contains(key) && !Times.Contains(key);
    }

    private static readonly HashSet<string> Times = MatchKey.SetOf(
        "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "امس", "اليوم", "غدا", "مساء", "صباح", "ليلة", "فجر");

    /// <summary>
    /// A person's family name standing alone right after a speech cue (واضاف المبارك ان, وقال الزفزافي), a verb of an act
    /// (ودعا الغريب), a noun of a leader's forces (لقوات حفتر) or a pluperfect's كان (وكان الغريب قد) is that person, where
    /// the tagger left it untagged.
    /// </summary>
    public static List<TextSpan> Surnames(string text, ReadOnlySpan<Word> words, IEnumerable<TextSpan> persons)
    {
        // Taken from the thread while the call works in them, so a call that throws leaves none half used.
        var sets = t_surnameSets ?? new SurnameSets();
        t_surnameSets = null;
        var found = Surnames(text, words, persons, sets);
        t_surnameSets = sets.Emptied();
        return found;
    }

    private static List<TextSpan> Surnames(string text, ReadOnlySpan<Word> words, IEnumerable<TextSpan> persons, SurnameSets sets)
    {
        var families = sets.Families;
        // وكان شرف الدين قد التقى, after عصام شرف الدين: a family name of two words, kept by its first word.
        var compounds = sets.Compounds;
        var sketch = new KeySketch();
        var personEnds = sets.PersonEnds;
        foreach (var p in persons)
        {
            int first = WordScanner.FirstAtOrAfter(words, p.Start), last = first;
            while (last + 1 < words.Length && words[last + 1].Start < p.End) last++;
            if (last >= words.Length || words[last].Start <= p.Start) continue;
            if (words[last].Key == Din && last - 1 > first && DinFirsts.Contains(words[last - 1].Key))
            {
                compounds.Add(words[last - 1].Key);
                continue;
            }
            if (words[last].Key.Length > 3 && families.Add(words[last].Key)) sketch.Add(words[last].Key);
            personEnds.Add(words[last].End);
        }
        // ووقع X وعطاف, جعفر حسان والسوداني: a family name with و, kept apart (built once a story, not per word), and
        // looked up past the و (JoinedToPerson), where a string و + name was made for every family name of every story.
        var joinable = sets.Joinable;
        foreach (var family in families)
        {
            // ليلى مراد والذي هاجر: a relative pronoun a tagged span ran over is no family name.
            if (NotFamilies.Contains(family) || NotNames.Contains(family)) continue;
            joinable.Add(family);
            sketch.AddBehind('و', family);
        }
        var found = new List<TextSpan>();
        if (families.Count == 0 && compounds.Count == 0) return found;
        var joinableLookup = joinable.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 1; i < words.Length; i++)
        {
            // شرف الدين: the compound's two words stand where a one-word family name would.
            int end = i;
            if (compounds.Count > 0 && i + 1 < words.Length && words[i + 1].Key == Din && compounds.Contains(words[i].Key) && Adjacent(text, words[i], words[i + 1])) end = i + 1;
            else if (words[i].Key.Length <= 3 || !sketch.MayHold(words[i].Key)) continue;
            else if (!families.Contains(words[i].Key))
            {
                if (JoinedToPerson(text, words, i, joinableLookup, personEnds)) found.Add(new TextSpan(words[i].Start + 1, words[i].End));
                continue;
            }
            // والتقى غريفيث في الرياض, واستقبل الحريري الوفد: the subject of a verb of meeting or accusing, whatever follows it;
            // لقوات حفتر, لمقاتلي حفتر: the leader whose forces they are; وكان الغريب قد التقى: a pluperfect's subject, before its قد.
            bool act = ActVerbs.ContainsWithoutConjunction(words[i - 1].Key) || IsFollowersNoun(words[i - 1].Key) ||
                       Pluperfect.ContainsWithoutConjunction(words[i - 1].Key) && end + 1 < words.Length && words[end + 1].Key == "قد";
            // وحذر الامين العام, وطالب السيد الرئيس: a family name that is a title too is that title, before its adjective or name.
            if (act && (TitleFamilies.Contains(words[i].Key) || end + 1 < words.Length && OfficeAdjectives.Contains(words[end + 1].Key))) continue;
            if (!act && !Cues.ContainsWithoutConjunction(words[i - 1].Key)) continue;
            if (!act && end + 1 < words.Length && words[end + 1].IsLetters && !Particles.Contains(words[end + 1].Key) && !Times.Contains(words[end + 1].Key)) continue;
            found.Add(new TextSpan(words[i].Start, words[end].End));
            i = end;
        }
        return found;
    }

    /// <summary>
    /// The sets <see cref="Surnames"/> fills for one story, kept per thread from story to story: four sets made and grown
    /// for every story were most of the names stage's allocation after its word scan (its family names, their compounds,
    /// where persons end, the family names that may follow a و). Emptied after each call; a set grown past
    /// <see cref="MaxKept"/> entries by a long story is let go.
    /// </summary>
    private sealed class SurnameSets
    {
        private const int MaxKept = 1 << 10;

        public HashSet<string> Families = new(StringComparer.Ordinal);
        public HashSet<string> Compounds = new(StringComparer.Ordinal);
        public HashSet<int> PersonEnds = new();
        public HashSet<string> Joinable = new(StringComparer.Ordinal);

        /// <summary>These sets emptied for the next story, or null when one grew past <see cref="MaxKept"/> (the thread makes new ones).</summary>
        public SurnameSets? Emptied()
        {
            if (Families.Count > MaxKept || Compounds.Count > MaxKept || PersonEnds.Count > MaxKept || Joinable.Count > MaxKept) return null;
            Families.Clear();
            Compounds.Clear();
            PersonEnds.Clear();
            Joinable.Clear();
            return this;
        }
    }

    [ThreadStatic] private static SurnameSets? t_surnameSets;

    /// <summary>
    /// Whether word <paramref name="i"/> is a family name with و right after a person's name (ووقع محمد مصطفى وحسان مذكرة;
    /// جعفر حسان والسوداني): the second of two persons joined by و, the one already named in the story by that family name.
    /// Reads only the word and the one before it.
    /// </summary>
    /// <param name="joinable">The story's family names that may follow a و, looked up by the word's key past its و.</param>
    private static bool JoinedToPerson(string text, ReadOnlySpan<Word> words, int i, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> joinable, HashSet<int> personEnds) =>
        text[words[i].Start] == 'و' && words[i].Key[0] == 'و' && joinable.Contains(words[i].Key.AsSpan(1)) &&
        personEnds.Contains(words[i - 1].End) && Adjacent(text, words[i - 1], words[i]);

    /// <summary>Words a tagged span may end in that are no family name (relative pronouns).</summary>
    private static readonly HashSet<string> NotFamilies = MatchKey.SetOf("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي");

    private const int MaxTitleWords = 8;

    /// <summary>
    /// A speaker's name the tagger missed at the end of his title, right before what he says (وقال وزير الشؤون الاجتماعية
    /// [رمزي المشرفية]، ان; وقال الناشط [علي الركابي] لوكالة فرانس برس; وقال والي كسلا [صالح عمار] في تصريحات): after a verb
    /// of saying, a title of up to eight words holding a definite word or a tagged name, then two untagged words, the first
    /// without the article, ب or ل, then ان, a comma, a quotation mark, a word with ل or في and a word of a statement. An
    /// indefinite title (مسؤول امني عراقي ان) names no one.
    /// </summary>
    /// <param name="gates">Per word, bit <paramref name="speechGate"/> set where it is a letter word <see cref="IsSpeechVerb"/> holds for.</param>
    internal static List<TextSpan> BeforeSpeech(ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> tagged, ReadOnlySpan<byte> gates, int speechGate)
    {
        var found = new List<TextSpan>();
        for (int i = 0; i + 3 < words.Length; i++)
        {
            if ((gates[i] & 1 << speechGate) == 0) continue;
            bool named = false;
            // The title ends at what was said (ان) and at احد (الطاهر بلعباس [احد منظمي الاحتجاج]: a description after a name).
            for (int n = i + 1; n + 2 < words.Length && n <= i + MaxTitleWords && words[n].IsLetters && !EndsTitle.Contains(words[n].Key); n++)
            {
                var kind = TaggedAt(tagged, words[n]);
                if (kind == EntityType.PER) break;   // the title already names its holder
                named |= kind is not null || words[n].Key.StartsWith("ال", StringComparison.Ordinal);
                var (first, second) = (words[n + 1], words[n + 2]);
                if (!named || !IsNameWord(first) || first.Key[0] is 'ل' or 'ب' || first.Key.StartsWith("ال", StringComparison.Ordinal) || !IsNameWord(second) ||
                    TaggedAt(tagged, first) is not null || TaggedAt(tagged, second) is not null || !OpensSpeech(words, n + 3) ||
                    (n + 4 < words.Length && words[n + 3].IsComma && TaggedAt(tagged, words[n + 4]) == EntityType.PER)) continue;
                found.Add(new TextSpan(first.Start, second.End));
                i = n + 2;
                break;
            }
        }
        return found;
    }

    /// <summary>Verbs whose subject says something after ان (not اعلن, whose object is often a noun: اعلنت الشرطة اعتقال ثلاثة).</summary>
    private static readonly HashSet<string> SpeechVerbs = MatchKey.SetOf(
        "قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اوضح", "اوضحت", "صرح", "صرحت", "تابع", "تابعت", "ذكر", "ذكرت", "افاد", "افادت");

    /// <summary>
    /// The speech verbs' sketch, with and without و or ف before them: every word of a story is asked whether it is one,
    /// and most are passed before their key is hashed.
    /// </summary>
    private static readonly KeySketch SpeechVerbSketch = KeySketch.Of(SpeechVerbs.SelectMany(v => new[] { v, "و" + v, "ف" + v }));

    /// <summary>Whether a letter word's key is a verb of saying, with or without و or ف (قال, وقالت): what <see cref="BeforeSpeech"/> looks for first.</summary>
    internal static bool IsSpeechVerb(string key) => SpeechVerbSketch.MayHold(key) && SpeechVerbs.ContainsWithoutConjunction(key);

    /// <summary>Words of a statement after في (في تصريحات صحافية, في بيان, في مؤتمر صحافي).</summary>
    private static readonly HashSet<string> Statements = MatchKey.SetOf("تصريح", "تصريحات", "بيان", "مؤتمر", "حديث", "مقابلة");

    /// <summary>Words that open a clause keeping a name back or a rank (طلب عدم, رفض الكشف, برتبة): no name.</summary>
    private static readonly HashSet<string> NotFirstNames = MatchKey.SetOf("طلب", "رفض", "فضل", "طالبا", "رافضا", "مفضلا", "اشترط", "عدم", "نفسه", "ذاته");

    /// <summary>Words a title does not run past: what was said (ان) and احد, a description that follows a name.</summary>
    private static readonly HashSet<string> EndsTitle = MatchKey.SetOf("ان", "أن", "إن", "انه", "انها", "بان", "احد", "أحد");

    /// <summary>
    /// A word that may be part of a name: no particle, time, cue or clause word, and no و before a word of four letters or
    /// more (ومصادر طبية; وليد, وسام keep theirs).
    /// </summary>
    private static bool IsNameWord(Word word) =>
        word.IsLetters && word.Key.Length >= 3 && !(word.Key[0] == 'و' && word.Key.Length >= 5) && !Particles.Contains(word.Key) && !Times.Contains(word.Key) && !Cues.Contains(word.Key) && !NotFirstNames.Contains(word.Key);

    /// <summary>Whether what he says opens at <paramref name="at"/>: ان, a comma, a quotation mark, a word with ل (لوكالة) or في and a statement.</summary>
    private static bool OpensSpeech(ReadOnlySpan<Word> words, int at)
    {
        if (at >= words.Length) return false;
        var word = words[at];
        if (word.IsComma || word.Key is "\"" or "«") return true;
        if (!word.IsLetters) return false;
        if (word.Key is "ان" or "انه" or "انها" or "بان" || (word.Key.Length > 3 && word.Key[0] == 'ل')) return true;
        return word.Key == "في" && at + 1 < words.Length && Statements.Contains(words[at + 1].Key);
    }

    /// <summary>The type of the tagged mention <paramref name="word"/> lies in, or null.</summary>
    private static EntityType? TaggedAt(List<(TextSpan Span, EntityType Type)> tagged, Word word)
    {
        foreach (var (span, type) in tagged)
        {
            if (span.Start < word.End && word.Start < span.End) return type;
        }
        return null;
    }

    /// <summary>
    /// Verbs of acts whose subject a bare family name may be: meeting, receiving, visiting, discussing, accusing,
    /// condemning and threatening (the ev8- round), calling, criticising, denying, demanding, warning, welcoming, arriving,
    /// heading for and blaming.
    /// </summary>
    private static readonly HashSet<string> ActVerbs = MatchKey.SetOf("التقى", "التقت", "استقبل", "استقبلت", "زار", "زارت", "اتهم", "اتهمت", "دان", "دانت", "بحث", "بحثت", "ناقش", "ناقشت", "هدد", "هددت",
        "اجتمع", "اجتمعت", "دعا", "دعت", "انتقد", "انتقدت", "نفى", "نفت", "طالب", "طالبت", "حذر", "حذرت", "رحب", "رحبت", "وصل", "وصلت", "توجه", "توجهت", "حمل", "حملت");

    /// <summary>Family names that are titles too (السيد, الامين, الشيخ): after a verb of an act they are mostly the title.</summary>
    private static readonly HashSet<string> TitleFamilies = MatchKey.SetOf("السيد", "الامين", "الشيخ", "الامير", "الحاج", "الدكتور", "المستشار", "النائب");

    /// <summary>Adjectives that close an office, never a name (الامين العام, النائب الاول).</summary>
    private static readonly HashSet<string> OfficeAdjectives = MatchKey.SetOf("العام", "العامة", "الاول", "الاولى", "الاعلى", "الدائم", "الخاص");

    /// <summary>The verb of a pluperfect, whose subject stands between it and قد (وكان الغريب قد التقى).</summary>
    private static readonly HashSet<string> Pluperfect = MatchKey.SetOf("كان", "كانت");

    /// <summary>Nouns of the fighters or forces of a leader, whose name may follow them alone (قوات حفتر, مقاتلي الحوثي).</summary>
    private static readonly HashSet<string> FollowersNouns = MatchKey.SetOf("قوات", "مقاتلي", "مقاتلو", "انصار", "مؤيدي", "مسلحي", "مسلحو", "ميليشيات", "مليشيات");

    /// <summary>Whether <paramref name="key"/> is a followers noun, alone or after و, ل or ب (وقوات, لقوات, بقوات).</summary>
    private static bool IsFollowersNoun(string key) =>
        FollowersNouns.Contains(key) || (key.Length > 4 && key[0] is 'و' or 'ل' or 'ب' && FollowersNouns.Contains(key[1..]));

    /// <summary>
    /// Whether word <paramref name="at"/>, inside a title opening at <paramref name="first"/>, follows a followers noun (المتحدث باسم
    /// قوات [حفتر] احمد المسماري): a leader whose forces the title's body is, not the title's holder.
    /// </summary>
    internal static bool AfterFollowersNoun(IReadOnlyList<Word> words, int first, int at) => at > first && IsFollowersNoun(words[at - 1].Key);

    private static readonly HashSet<string> Cues = LexiconTable.Read("cues.tsv").Where(r => r[1] == "say").Select(r => MatchKey.Of(r[0])).ToHashSet(StringComparer.Ordinal);

    /// <summary>What may follow a speaker's name before what they say (قال المبارك ان, لوكالة, في بيان).</summary>
    private static readonly HashSet<string> Particles = MatchKey.SetOf("ان", "أن", "إن", "في", "لوكالة", "للصحافيين", "لفرانس", "امام", "خلال", "من", "عن", "بان", "انه");

    /// <summary>
    /// A person span the tagger ran into the next name (هنأ حيدر العبادي الحلبوسي: two persons) is cut before a last word
    /// that is the family name of another person of the story, when two words are left; two words that are each the family
    /// name of another person (واتهم قنونو حفتر: the accuser and the accused) are two persons.
    /// </summary>
    public static List<(TextSpan Span, EntityType Type)> SplitJoined(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        // Only a person of two words or more is cut: without one, nothing is listed.
        bool anyLong = false;
        foreach (var m in mentions) anyLong |= m.Type == EntityType.PER && WordCount(words, m.Span) >= 2;
        if (!anyLong) return mentions;
        // Each person's words, listed once: the loop below reads a mention's own words from here (a list this thread keeps,
        // taken while the call works in it, where one was made for every story with a long person).
        var persons = t_wordRuns ?? new List<WordRun>();
        t_wordRuns = null;
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.PER) persons.Add(WordsOf(words, m.Span));
        }
        // A copy is made only when a mention is cut: most stories have none.
        List<(TextSpan Span, EntityType Type)>? result = null;
        for (int i = 0, person = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var own = m.Type == EntityType.PER ? persons[person++] : default;
            // حمد بن عيسى آل خليفة, احمد عوض بن مبارك: a last word bound to the one before it (بن, آل, عبد) is no other person.
            if (((own.Count >= 3 && !Linkers.Contains(words[own.BeforeLast].Key)) || (own.Count == 2 && EndsAnotherPerson(words, persons, own, own.First))) &&
                EndsAnotherPerson(words, persons, own, own.Last))
            {
                result ??= mentions.GetRange(0, i);
                result.Add((new TextSpan(m.Span.Start, words[own.BeforeLast].End), EntityType.PER));
                result.Add((words[own.Last].Span, EntityType.PER));
                continue;
            }
            result?.Add(m);
        }
        t_wordRuns = Kept(persons);
        return result ?? mentions;
    }

    /// <summary>The lists of persons <see cref="SplitJoined"/> and <see cref="JoinAdjacent"/> read, kept per thread from story to story.</summary>
    [ThreadStatic] private static List<WordRun>? t_wordRuns;
    [ThreadStatic] private static List<(TextSpan Span, EntityType Type)>? t_personsByStart;

    /// <summary><paramref name="list"/> emptied to be kept for the next story, or null when a long story grew it past a few thousand entries.</summary>
    private static List<T>? Kept<T>(List<T> list)
    {
        if (list.Capacity > 1 << 12) return null;
        list.Clear();
        return list;
    }

    /// <summary>Whether word <paramref name="at"/> of <paramref name="own"/> ends another person of two words or more, one that does not start inside it.</summary>
    private static bool EndsAnotherPerson(ReadOnlySpan<Word> words, List<WordRun> persons, WordRun own, int at)
    {
        // A loop, not Any: a lambda capturing own made a closure object for every mention.
        string last = words[at].Key;
        foreach (var p in persons)
        {
            if (p.Count >= 2 && p.First != own.First && words[p.Last].Key == last && !own.Contains(p.First) && !SharesFamilyName(words, p, own, at)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether person <paramref name="other"/> and <paramref name="own"/> end in the same two words at word <paramref name="at"/>:
    /// a family name of two words (الباجي قايد السبسي and حافظ قايد السبسي, father and son) or the name told short (قايد
    /// السبسي), not another person's name run into this one.
    /// </summary>
    private static bool SharesFamilyName(ReadOnlySpan<Word> words, WordRun other, WordRun own, int at) =>
        at > own.First && words[other.BeforeLast].Key == words[at - 1].Key;

    /// <summary>Role words of a title a foreign name follows (وزير الخارجية الاميركي انتوني بلينكن, نظيره الاثيوبي X Y, المبعوث الاممي الى اليمن X Y).</summary>
    private static readonly HashSet<string> TitleRoles = MatchKey.SetOf("نظيره", "نظيرته", "نظيرها", "نظيرهم", "المبعوث", "المبعوثة", "الموفد", "الموفدة",
        "مبعوث", "موفد", "السفير", "سفير", "السفيرة");

    /// <summary>Military ranks, which stand right before the name they are held by (المشير خليفة حفتر).</summary>
    /// Not الفريق or الرائد, as often "the team" and "the leader" of a league as the rank.
    private static readonly HashSet<string> Ranks = MatchKey.SetOf("المشير", "اللواء", "العقيد", "العميد", "العماد", "الجنرال", "المقدم", "النقيب");

    /// <summary>The ranks' sketch: every definite word of a story is asked whether it is a rank, and nearly all are passed unhashed.</summary>
    private static readonly KeySketch RankSketch = KeySketch.Of(Ranks);

    /// <summary>
    /// Role words that close a title only past their portfolio or body (وزير الخارجية الاميركي X, not وزير اليمني ادوارا;
    /// رئيس البرلمان العراقي سليم الجبوري).
    /// </summary>
    private static readonly HashSet<string> PortfolioRoles = MatchKey.SetOf("وزير", "وزيرة", "مستشار", "المستشار", "رئيس", "رئيسة");

    /// <summary>
    /// A head of state by the bare title right before his nationality (الرئيس الامريكي دونالد ترامب): the words after it go
    /// on about him as often (الرئيس اليمني قرارين, الرئيس الامريكي خطابا), so the name must look like one.
    /// </summary>
    private static readonly HashSet<string> PresidentRoles = MatchKey.SetOf("الرئيس", "الرئيسة");

    private static readonly string MalePresident = MatchKey.Of("الرئيس");

    /// <summary>Heads of a body, whose title the words after it often go on past (رئيس الوزراء الاسرائيلي ادلى بهذا).</summary>
    private static readonly HashSet<string> HeadRoles = MatchKey.SetOf("رئيس", "رئيسة");

    /// <summary>Adverbs that follow such a title and are no name (رئيس الحزب التركي ايضا, حينئذ).</summary>
    private static readonly HashSet<string> HeadAdverbs = MatchKey.SetOf("ايضا", "حينئذ", "حينها", "كذلك", "مجددا", "سابقا", "بدوره", "بدورها", "شخصيا", "نفسه");

    /// <summary>How title and portfolio roles end (three letters): the words before a definite word are mostly neither, and are passed unhashed.</summary>
    private static readonly KeyTails RoleEnds = new(TitleRoles.Concat(PortfolioRoles).Concat(PresidentRoles));

    /// <summary>Whether a letter word's key is a title or portfolio role (السفير, وزير): a title <see cref="AfterTitles"/> reads ends in one.</summary>
    internal static bool IsRole(string key) => RoleEnds.MayEnd(key) && (TitleRoles.Contains(key) || PortfolioRoles.Contains(key) || PresidentRoles.Contains(key));

    /// <summary>Whether a letter word's key is a military rank (المشير), which <see cref="AfterTitles"/> reads as a title of its own.</summary>
    internal static bool IsRank(string key) => RankSketch.MayHold(key) && Ranks.Contains(key);

    /// <summary>Adjectives that close such a title as a nationality does: the UN's or an international envoy.</summary>
    private static readonly HashSet<string> International = MatchKey.SetOf("الاممي", "الاممية", "الدولي", "الدولية", "الاوروبي", "الاوروبية", "الافريقي", "الخاص", "الخاصة");

    /// <summary>Words that follow such a title and are no name (لبحث العلاقات, بزيارة رسمية).</summary>
    private static readonly HashSet<string> AfterTitle = MatchKey.SetOf("لبحث", "لمناقشة", "بزيارة", "بشان", "بشأن", "عبر", "اثناء", "مساء", "صباح", "وبحث", "وناقش", "لدى", "الذي",
        "التي", "هاتفيا", "اتصالا", "رسالة", "وفدا", "زيارة", "حيث", "هذا", "هذه", "ذلك", "تلك", "حتي");

    /// <summary>
    /// A foreign name the tagger does not know, after a title closed by a nationality (وزير الخارجية الاميركي انتوني
    /// بلينكن, نظيره الاثيوبي ورقنه جبيهو, past where the post sits: السفير الروسي في بيروت X Y) or by الى and a place
    /// after an envoy's adjective (المبعوث الاممي الى اليمن مارتن غريفيث): the two words after it, where neither is tagged, neither is a particle, cue, event verb or time, and the
    /// first has no article.
    /// </summary>
    /// <param name="gates">
    /// Per word, bit <paramref name="roleGate"/> set where it is a letter word <see cref="IsRole"/> holds for, and bit
    /// <paramref name="rankGate"/> where <see cref="IsRank"/> does: a word that is no rank, after three that are no role,
    /// is passed on them.
    /// </param>
    internal static List<TextSpan> AfterTitles(string text, ReadOnlySpan<Word> words, IEnumerable<TextSpan> tagged, ActorLexicon actors,
        ReadOnlySpan<byte> gates, int roleGate, int rankGate)
    {
        var found = new List<TextSpan>();
        List<TextSpan>? spans = null;
        for (int n = 1; n + 2 < words.Length; n++)
        {
            if ((gates[n] & 1 << rankGate) == 0 && ((gates[n - 1] | (n >= 2 ? gates[n - 2] : 0) | (n >= 3 ? gates[n - 3] : 0)) & 1 << roleGate) == 0) continue;
            string key = words[n].Key;
            if (!words[n].IsLetters || !key.StartsWith("ال", StringComparison.Ordinal)) continue;
            // قوات المشير خليفة حفتر, العقيد X Y: a military rank is a title of its own, right before the name.
            if ((gates[n] & 1 << rankGate) != 0)
            {
                // A second word with ب or ل (الجنرال شخصيا بمحافظة) is a phrase, not a family name; a first word that ends a
                // name the story tagged (الجنرال سليماني عندما, after قاسم سليماني) is that person, and what follows is no name.
                if (IsForeignName(text, words[n], words[n + 1], words[n + 2]) && words[n + 2].Key[0] is not ('ب' or 'ل') && new TextSpan(words[n + 1].Start, words[n + 2].End) is var ranked &&
                    !OverlapsAny(spans ??= tagged.ToList(), ranked) && !EndsATaggedName(text, spans, words[n + 1]))
                {
                    found.Add(ranked);
                    n += 2;
                }
                continue;
            }
            // The title first: it is rare, where a word with ال that may be a nationality is not.
            bool titled = false, heads = false, president = false;
            for (int t = n - 1; t >= 0 && t >= n - 3 && !titled; t--)
            {
                var before = words[t];
                president = t == n - 1 && PresidentRoles.Contains(before.Key);
                titled = (gates[t] & 1 << roleGate) != 0 &&
                         (TitleRoles.Contains(before.Key) || (t < n - 1 && PortfolioRoles.Contains(before.Key)) || president);
                heads = titled && (HeadRoles.Contains(before.Key) || president);
            }
            if (!titled) continue;
            bool international = International.Contains(key);
            if (!international && actors.Nationality(NameKey.WordOfKey(key)) is null) continue;
            int w = n + 1;
            // المبعوث الاممي الى اليمن X Y: past الى and one place word; السفير الروسي في بيروت X Y, لدى لبنان: past
            // where the post sits, a place the story tagged (في بيان, في اطار tell what he did, not where he serves).
            if (international && words[w].Key == "الي" && w + 3 < words.Length) w += 2;
            else if (words[w].Key is "في" or "لدي" && w + 3 < words.Length && (spans ??= tagged.ToList()).Contains(words[w + 1].Span)) w += 2;
            // رئيس الحكومة العراقية سلطات الاقليم: the object, not a holder (see LooksLikeHolder).
            if (w + 1 >= words.Length || !LooksLikeHolder(text, words[w - 1], words[w], words[w + 1])) continue;
            // رئيس الوزراء الاسرائيلي معارضته للانسحاب, رئيس الحزب التركي ايضا بتهمة: after a head of a body the words
            // go on about him more often than after an envoy; a name there has no pronoun suffix and no ب/ل on its second word.
            if (heads && (words[w + 1].Key[0] is 'ب' or 'ل' || words[w].Key.EndsWith("ته", StringComparison.Ordinal) || HeadAdverbs.Contains(words[w].Key))) continue;
            // الرئيس الامريكي خطابا, دعمه: an accusative or a pronoun suffix on the first word is no given name (a woman's
            // name may end in ا: الرئيسة السلوفاكية زوزانا تشابوتوفا).
            if (president && !IsGivenName(words[w].Key) && (words[w].Key[^1] == 'ه' || words[w].Key[^1] == 'ا' && words[n - 1].Key == MalePresident)) continue;
            // الرئيس الامريكي يصف الاتفاق, يعطي حياة, ترامب دفاعا: a verb and its object; a family name with the article
            // follows a given name only (بشار الاسد).
            if (president && !IsGivenName(words[w].Key) && (words[w + 1].Key.StartsWith("ال", StringComparison.Ordinal) || text[words[w + 1].End - 1] == 'ة' ||
                words[w + 1].Key[^1] == 'ا' && words[n - 1].Key == MalePresident)) continue;
            var span = new TextSpan(words[w].Start, words[w + 1].End);
            spans ??= tagged.ToList();
            if (OverlapsAny(spans, span)) continue;
            found.Add(span);
            n = w + 1;
        }
        return found;
    }

    /// <summary>
    /// Whether any of <paramref name="spans"/> overlaps <paramref name="span"/>: a loop, where a lambda capturing a span
    /// declared in the word loop made a closure object for every word of the story.
    /// </summary>
    private static bool OverlapsAny(List<TextSpan> spans, TextSpan span)
    {
        foreach (var x in spans)
        {
            if (x.Overlaps(span)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="word"/> is written as the last word of a tagged span (حفتر of خليفة حفتر, or حفتر alone).</summary>
    private static bool EndsATaggedName(string text, List<TextSpan> tagged, Word word)
    {
        var written = text.AsSpan(word.Start, word.End - word.Start);
        foreach (var x in tagged)
        {
            var name = text.AsSpan(x.Start, x.End - x.Start);
            if (name.EndsWith(written, StringComparison.Ordinal) && (name.Length == written.Length || name[name.Length - written.Length - 1] == ' ')) return true;
        }
        return false;
    }

    private static bool IsForeignName(string text, Word before, Word first, Word second)
    {
        if (!first.IsLetters || !second.IsLetters || !Adjacent(text, before, first) || !Adjacent(text, first, second)) return false;
        string a = first.Key, b = second.Key;
        // A first word that may carry و, ب or ل (ومنسق, بمحاولة, لخادم) is more often a noun than a name.
        if (a.StartsWith("ال", StringComparison.Ordinal) || a[0] is 'و' or 'ب' or 'ل' || a.Length < 3 || b.Length < 3 || b.StartsWith('و')) return false;
        // قرارين, اتصالين, مسؤولون: a dual or plural noun is the object, no given name.
        if (a.Length >= 5 && (a.EndsWith("ين", StringComparison.Ordinal) || a.EndsWith("ون", StringComparison.Ordinal))) return false;
        return !NotNames.Contains(a) && !Times.Contains(a) && !AfterTitle.Contains(a) && !NotNames.Contains(b) && !Times.Contains(b) && !AfterTitle.Contains(b);
    }

    /// <summary>Titles that stand before a name, never at its end (عبد اللهيان السلطان هيثم: the sultan is the next person).</summary>
    private static readonly HashSet<string> LeadingTitles = MatchKey.SetOf("السلطان", "الملك", "الرئيس", "العاهل", "الوزير", "اللواء", "العميد", "العقيد", "الفريق", "المشير");

    /// <summary>Nouns of what was done, the object of a verb right after its subject (ودان X الهجوم): never a family name.</summary>
    private static readonly HashSet<string> ActNouns = MatchKey.SetOf("الهجوم", "الهجمات", "التفجير", "التفجيرات", "الاعتداء", "القصف", "الحادث", "العملية", "الاتفاق", "القرار");

    /// <summary>
    /// A person span of three words or more the tagger ran into what follows the name: a title of the next person (…
    /// عبد اللهيان السلطان) or whom the person talks to (… لوكالة) is cut off; a place the story names on its own elsewhere (اتهم عباس موسوي المنامة, with المنامة
    /// in the dateline) is cut off and becomes that place.
    /// </summary>
    public static List<(TextSpan Span, EntityType Type)> TrimTrailing(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        HashSet<string>? places = null;
        List<(TextSpan Span, EntityType Type)>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityType.PER || WordCount(words, m.Span) < 3) continue;
            var own = WordsOf(words, m.Span);
            var lastWord = words[own.Last];
            if (lastWord.End != m.Span.End) continue;
            bool title = LeadingTitles.Contains(lastWord.Key) || ActNouns.Contains(lastWord.Key) || Addressees.Contains(lastWord.Key);
            if (!title)
            {
                places ??= PlaceKeys(text, mentions);
                if (!places.Contains(NameKey.Of(text.AsSpan(lastWord.Start, lastWord.End - lastWord.Start)))) continue;
            }
            result ??= new List<(TextSpan Span, EntityType Type)>(mentions);
            result[i] = (new TextSpan(m.Span.Start, words[own.BeforeLast].End), EntityType.PER);
            if (!title && !HasSpan(mentions, lastWord.Span)) result.Add((lastWord.Span, EntityType.LOC));
        }
        return result ?? mentions;
    }

    /// <summary>The name keys of the places among <paramref name="mentions"/>.</summary>
    /// <remarks>Loops here and in <see cref="HasSpan"/>, not lambdas: those made a closure object on every call and for every long person.</remarks>
    private static HashSet<string> PlaceKeys(string text, List<(TextSpan Span, EntityType Type)> mentions)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in mentions)
        {
            if (p.Type == EntityType.LOC) places.Add(NameKey.Of(text.AsSpan(p.Span.Start, p.Span.Length)));
        }
        return places;
    }

    private static bool HasSpan(List<(TextSpan Span, EntityType Type)> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span == span) return true;
        }
        return false;
    }

    /// <summary>
    /// A person of two words or more and a one-word person right after it, a space between (احمد قايد | صالح, موسى فكي |
    /// محمد): one name the tagger cut, when the second word has no article (حيدر العبادي | الحلبوسي names two persons) or
    /// the first has three words or more (مشعل الاحمد الجابر | الصباح), and is not the family name of another person of the
    /// story.
    /// </summary>
    public static List<(TextSpan Span, EntityType Type)> JoinAdjacent(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        List<(TextSpan Span, EntityType Type)>? result = null;
        // A list this thread keeps, taken while the call works in it: one was made for every story.
        var persons = PersonsByStart(mentions, t_personsByStart ?? new());
        t_personsByStart = null;
        for (int i = 0; i + 1 < persons.Count; i++)
        {
            var (a, b) = (persons[i].Span, persons[i + 1].Span);
            // Mentions may touch or overlap (a span the tagger drew across a recovered name's edge): only a single space joins.
            if (b.Start != a.End + 1 || text[a.End] != ' ' || WordCount(words, a) < 2 || WordCount(words, b) != 1) continue;
            if (WordsOf(words, b) is not { Count: 1 } only) continue;
            var piece = words[only.First];
            // مشعل الاحمد الجابر | الصباح: after a chain of three names or more, a family name keeps its article; after two
            // (حيدر العبادي | الحلبوسي) a name with its article is another person.
            // A word with its article ending as a nisba is a title or an origin, not the family (عز الدين شيخ خليل | القيادي,
            // X والرئيس | الاريتري).
            bool article = piece.Key.StartsWith("ال", StringComparison.Ordinal);
            if (piece.Start != b.Start || piece.End != b.End || (article && (WordCount(words, a) < MinChainBeforeFamily || piece.Key.EndsWith('ي'))) || NotNames.Contains(piece.Key)) continue;
            // هنأ X Y Z where Z ends another person's name elsewhere: two persons.
            if (EndsAnotherName(words, persons, b, piece.Key)) continue;
            result ??= new List<(TextSpan Span, EntityType Type)>(mentions);
            // In place, as RemoveAll would (a lambda capturing a and b made a closure object for every person).
            int kept = 0;
            for (int k = 0; k < result.Count; k++)
            {
                if (result[k].Span != a && result[k].Span != b) result[kept++] = result[k];
            }
            result.RemoveRange(kept, result.Count - kept);
            result.Add((new TextSpan(a.Start, b.End), EntityType.PER));
            i++;
        }
        t_personsByStart = Kept(persons);
        return result ?? mentions;
    }

    /// <summary>How many names a person must have before a family name with its article is read as the end of it (مشعل الاحمد الجابر الصباح).</summary>
    private const int MinChainBeforeFamily = 3;

    /// <summary>The person mentions in order of start, those starting together in the order given (as a stable OrderBy), written to the empty <paramref name="persons"/>.</summary>
    private static List<(TextSpan Span, EntityType Type)> PersonsByStart(List<(TextSpan Span, EntityType Type)> mentions, List<(TextSpan Span, EntityType Type)> persons)
    {
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.PER) continue;
            // Insertion after every person starting at or before it: stable, and a story has a few dozen persons at most.
            int at = persons.Count;
            while (at > 0 && persons[at - 1].Span.Start > m.Span.Start) at--;
            persons.Insert(at, m);
        }
        return persons;
    }

    /// <summary>Whether a person other than <paramref name="piece"/>, of two words or more, ends in a word with key <paramref name="key"/>.</summary>
    private static bool EndsAnotherName(ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> persons, TextSpan piece, string key)
    {
        foreach (var p in persons)
        {
            if (p.Span != piece && WordCount(words, p.Span) >= 2 && words[WordsOf(words, p.Span).Last].Key == key) return true;
        }
        return false;
    }

    /// <summary>The words starting inside <paramref name="span"/>: as many as <see cref="WordsOf"/> lists, where that is more than one.</summary>
    private static int WordCount(ReadOnlySpan<Word> words, TextSpan span)
    {
        int count = 0;
        for (int k = WordScanner.FirstAtOrAfter(words, span.Start); k < words.Length && words[k].Start < span.End; k++) count++;
        return count;
    }

    /// <summary>A run of a story's words, [First, First + Count): the words of a mention (<see cref="WordsOf"/>), where a list of their indices was made per person.</summary>
    private readonly record struct WordRun(int First, int Count)
    {
        public int Last => First + Count - 1;
        public int BeforeLast => First + Count - 2;
        public bool Contains(int word) => First <= word && word < First + Count;
    }

    /// <summary>The words starting inside <paramref name="span"/>, or, when none does, the word it starts inside (after a clitic).</summary>
    private static WordRun WordsOf(ReadOnlySpan<Word> words, TextSpan span)
    {
        int first = WordScanner.FirstAtOrAfter(words, span.Start), end = first;
        while (end < words.Length && words[end].Start < span.End) end++;
        if (end > first || span.Start >= span.End) return new WordRun(first, end - first);
        for (int k = 0; k < words.Length; k++)
        {
            if (words[k].Start < span.Start && span.Start < words[k].End) return new WordRun(k, 1);
        }
        return new WordRun(first, 0);
    }

    public static TextSpan Complete(string text, ReadOnlySpan<Word> words, TextSpan span)
    {
        int first = WordScanner.FirstAtOrAfter(words, span.Start);
        int last = first;
        while (last + 1 < words.Length && words[last + 1].Start < span.End) last++;
        if (first >= words.Length || words[last].End != span.End) return span;
        int next = last + 1;
        if (next >= words.Length || !words[next].IsLetters || !Adjacent(text, words[last], words[next])) return span;
        string key = words[next].Key;
        // لينا عطا | الله, عبد | الله: الله after a name ends a compound (عطا الله, فضل الله); it is never a person of its own.
        if (Ordinals.Contains(key) || key == "الله") return new TextSpan(span.Start, words[next].End);
        if (EndsCompound(words[last], key)) return new TextSpan(span.Start, words[next].End);
        // حمد بن عيسى آل | خليفة, احمد عوض بن | مبارك, حسين امير عبد | اللهيان: a name never ends on a word that links it to
        // the next (بن, آل, عبد, ابو); the tagger's cut there leaves the family name out.
        if (last > first && Linkers.Contains(words[last].Key) && key.Length > 1 && !key.StartsWith('و') && !NotNames.Contains(key) && !Times.Contains(key))
        {
            return new TextSpan(span.Start, words[next].End);
        }
        bool compoundFirstName = last == first + 1 && IsAbd(text, words[first], span.Start);
        if (compoundFirstName && !key.StartsWith("ال", StringComparison.Ordinal) && !key.StartsWith('و') && !NotNames.Contains(key) && key.Length > 2)
        {
            return new TextSpan(span.Start, words[next].End);
        }
        return span;
    }

    /// <summary>
    /// عصام شرف | الدين, خالد نور | الدين: الدين after the first half of a compound (شرف, نور, عز, صلاح …) ends that name;
    /// after any other word it is "religion" or "debt" and stays out.
    /// </summary>
    private static bool EndsCompound(Word last, string nextKey) => nextKey == Din && DinFirsts.Contains(last.Key);

    /// <summary>
    /// A person found after the tagger (after a title: وزير المهجرين عصام شرف) cut before the second half of a compound
    /// name: the span grown over it (عصام شرف الدين), else the span as it is.
    /// </summary>
    public static TextSpan CompleteCompound(string text, ReadOnlySpan<Word> words, TextSpan span)
    {
        int last = WordScanner.FirstAtOrAfter(words, span.Start);
        while (last + 1 < words.Length && words[last + 1].Start < span.End) last++;
        if (last + 1 >= words.Length || words[last].End != span.End || !Adjacent(text, words[last], words[last + 1])) return span;
        return EndsCompound(words[last], words[last + 1].Key) ? new TextSpan(span.Start, words[last + 1].End) : span;
    }

    /// <summary>Only a space between the words (no comma, no line break).</summary>
    private static bool Adjacent(string text, Word a, Word b) => text.AsSpan(a.End, b.Start - a.End) is " ";

    private static bool IsAbd(string text, Word word, int spanStart) =>
        MatchKey.Of(text.AsSpan(Math.Max(word.Start, spanStart), word.End - Math.Max(word.Start, spanStart))) == "عبد";
}
