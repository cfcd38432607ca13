using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Holders of offices the tagger missed: the person named right after his office and its body (عضو مجلس المحافظة X Y)
/// or after a title and its portfolio (وزير الدولة لشؤون النازحين X Y). Without the name, the office's holder is lost and
/// the body becomes whoever acts (اتهم عضو مجلس المحافظة X Y وزارة الدفاع: the council accusing X).
/// </summary>
public static partial class PersonNames
{
    /// <summary>
    /// A person the tagger missed, named right after his office and the body he holds it in (عضو مجلس المحافظة X Y, المتحدث
    /// باسم الحكومة X Y, الامين العام لحزب الامة X Y, والي نابل X Y): the two words after the body that look like a
    /// holder's name (<see cref="LooksLikeHolder"/>); or the one word the tagger left out before a one-word person it found
    /// there (X الجبوري).
    /// </summary>
    public static List<TextSpan> AfterBodies(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        var found = new List<TextSpan>();
        foreach (var (body, type) in mentions)
        {
            if (type is not (EntityType.ORG or EntityType.LOC)) continue;
            int first = WordScanner.FirstAtOrAfter(words, body.Start);
            // لحزب الامة: the body's first word may carry the ل of the office before it (no other clitic: العضو بمنظمة اوبك
            // is a member state).
            if (first > 0 && words[first - 1].End > body.Start)
            {
                first--;
                if (body.Start - words[first].Start != 1 || text[words[first].Start] != 'ل') continue;
            }
            int after = WordScanner.FirstAtOrAfter(words, body.End);
            // عضو مجلس محافظة صلاح الدين X Y: the council's province, tagged on its own, is part of the body.
            // A place of one word no list knows may be the holder's given name the tagger misread (below).
            if (type == EntityType.ORG && after < words.Length && MentionAt(mentions, words[after].Span, startOnly: true) is { Type: EntityType.LOC } province &&
                !IsUnlistedPlaceWord(text, words, after, province.Span))
                after = WordScanner.FirstAtOrAfter(words, province.Span.End);
            // ممثل منظمة الامم المتحدة للطفولة (يونيسف) في سورية X Y: the body's acronym in brackets goes on with its name.
            if (type == EntityType.ORG && after + 2 < words.Length && words[after].Key == "(" && words[after + 1].IsLetters && words[after + 2].Key == ")") after += 3;
            // ممثل المفوضية في الاردن X Y, ممثلة المنظمة لدى لبنان X Y: where the body's office sits, a place the tagger
            // found, stands between the body and its holder.
            bool seated = false;
            if (type == EntityType.ORG && after + 1 < words.Length && words[after].Key is "في" or "لدي" &&
                MentionAt(mentions, words[after + 1].Span, startOnly: true) is { Type: EntityType.LOC } seat)
            {
                after = WordScanner.FirstAtOrAfter(words, seat.Span.End);
                seated = true;
            }
            if (first == 0 || after + 1 >= words.Length || HeldOffice(words, first) is not { } office) continue;
            // والي كسلا X Y, محافظ الانبار X Y: only a governor holds his office in a place.
            if (type == EntityType.LOC && !Governors.Contains(words[office].Key)) continue;
            // وقال X رئيس الاتحاد …: the office is the title of the person named before it. Not a place before it (واستقبل
            // X في دمشق ممثل المفوضية Y Z: where he received him), nor a person before an office held in a seat with a name
            // after the seat (واستقبل X ممثل المفوضية في سورية Y Z: the office is Y Z's).
            if (office > 0 && MentionOver(mentions, words[office - 1].Span) is { } before &&
                !(before.Type == EntityType.LOC || seated && before.Type == EntityType.PER)) continue;
            Word given = words[after], family = words[after + 1];
            // المتحدث باسم حكومة اقليم كردستان جوتيار عادل: a foreign given name the tagger read as a place of one word, no
            // listed place, is the holder's.
            bool misreadPlace = MentionAt(mentions, given.Span, startOnly: false) is { Type: EntityType.LOC } read && IsUnlistedPlaceWord(text, words, after, read.Span);
            if (Overlaps(mentions, given.Span) && !misreadPlace || !LooksLikeHolder(text, words[after - 1], given, family)) continue;
            // X الجبوري: the family name was tagged alone (or, after a given name misread as a place, the rest of the name:
            // غونزالو | فارغاس يوسا).
            if (Overlaps(mentions, family.Span) && MentionAt(mentions, family.Span, startOnly: misreadPlace)?.Type != EntityType.PER) continue;
            // غونزالو | فارغاس يوسا: a given name misread as a place, before the rest of the name the tagger found as a
            // person, is one person with it.
            if (misreadPlace && MentionAt(mentions, family.Span, startOnly: true) is { Type: EntityType.PER } rest && rest.Span.End > family.End)
            {
                found.Add(new TextSpan(given.Start, rest.Span.End));
                continue;
            }
            found.Add(WithNisba(text, words, after + 2, new TextSpan(given.Start, family.End), mentions));
        }
        return found;
    }

    /// <summary>
    /// A person the tagger missed, named between commas right after his office and the body he holds it in, told by its
    /// definite noun after ل or named (واكد الامين الولائي للنقابة، X Y، ان; وقدر الكاتب العام للاتحاد المحلي، الهادي
    /// العمري، عدد; وقال رئيس اتحاد النقابات، X Y، ان): two or three words closed by a comma, none a particle, a day, a cue
    /// or a verb; the first may carry the article (Maghrebi given names: الهادي, الطاهر) only there.
    /// </summary>
    public static List<TextSpan> BetweenCommasAfterOffices(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        var found = new List<TextSpan>();
        for (int c = 2; c + 3 < words.Length; c++)
        {
            if (!words[c].IsComma) continue;
            // The closing comma first: a look at two words, where the office before asks every mention.
            int close = words[c + 3].IsComma ? c + 3 : c + 4 < words.Length && words[c + 4].IsComma && words[c + 3].IsLetters ? c + 4 : -1;
            if (close < 0) continue;
            bool governor = false;
            if (!HeldBodyBefore(words, mentions, c) && !(governor = GovernedPlaceBefore(words, mentions, c))) continue;
            var name = new TextSpan(words[c + 1].Start, words[close - 1].End);
            if (Overlaps(mentions, name)) continue;
            // وكان والي قفصة، علي المرموري، قد التقى: علي, written as the preposition على often is, opens a governor's name
            // of two words between commas after his title and place when the second is a family name (no ة: على حدة).
            if (!LooksLikeNameBetweenCommas(text, words, c + 1, close) &&
                !(close == c + 3 && AliBeforeFamilyName(text, words, c + 1) && LooksLikeNameBetweenCommas(text, words, c + 2, close))) continue;
            // After a governor's place only a name of the given-name look: no definite first word but علي's family name.
            if (governor && words[c + 1].Key.StartsWith("ال", StringComparison.Ordinal)) continue;
            found.Add(name);
        }
        return found;
    }

    /// <summary>
    /// Whether a governor's title and the place he governs end right before the comma at <paramref name="comma"/>: a tagged
    /// place after والي, محافظ or حاكم, or after the unit's noun and one of them (والي ولاية ورقلة, محافظ محافظة X), or after
    /// the Moroccan عامل and its province (عامل إقليم خريبكة, عامل عمالة X).
    /// </summary>
    private static bool GovernedPlaceBefore(ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions, int comma)
    {
        if (MentionAt(mentions, words[comma - 1].Span, startOnly: false) is not { Type: EntityType.LOC } place) return false;
        int k = WordScanner.FirstAtOrAfter(words, place.Span.Start) - 1;
        if (k < 0) return false;
        if (ProvinceUnits.Contains(words[k].Key) && k >= 1 && words[k - 1].Key is "عامل" or "العامل") return true;
        if (k >= 1 && ProvinceUnits.Contains(words[k].Key)) k--;
        return Governors.Contains(words[k].Key);
    }

    /// <summary>Units a governor governs, named before the place (ولاية, إقليم, عمالة, محافظة, جهة).</summary>
    private static readonly HashSet<string> ProvinceUnits = MatchKey.SetOf("ولاية", "اقليم", "عمالة", "محافظة", "جهة");

    /// <summary>
    /// Whether word <paramref name="k"/> is علي (the given name, spelt as the preposition) and the word after it a family
    /// name: no ة-noun (على حدة) and, with the article, a nisba (المرموري; not على الفور, على الاقل, على التوالي).
    /// </summary>
    private static bool AliBeforeFamilyName(string text, ReadOnlySpan<Word> words, int k)
    {
        if (words[k].Key != Ali || k + 1 >= words.Length || !words[k + 1].IsLetters || !Adjacent(text, words[k], words[k + 1])) return false;
        string family = words[k + 1].Key;
        return !family.EndsWith('ه') && (!family.StartsWith("ال", StringComparison.Ordinal) || family.EndsWith('ي') && family != Successive);
    }

    private static readonly string Ali = MatchKey.Of("علي"), Successive = MatchKey.Of("التوالي");

    /// <summary>Office nouns of union and party officers in Maghrebi copy besides <see cref="OfficeNouns"/> (الكاتب العام, المكلف بالاعلام).</summary>
    private static readonly HashSet<string> OfficerNouns = MatchKey.SetOf("الكاتب", "كاتب", "المكلف");

    /// <summary>How many definite adjectives may close the body before the comma (للاتحاد المحلي, للنقابة الوطنية المستقلة).</summary>
    private const int MaxBodyAdjectives = 2;

    /// <summary>
    /// Whether an office and the body it is held in end right before the comma at <paramref name="comma"/>: a definite noun
    /// written with ل (للنقابة, للاتحاد المحلي) or a tagged organisation, right after an office noun, itself after at most one
    /// definite adjective of the office (الكاتب العام, الامين الولائي) or past باسم (الناطق الرسمي باسم).
    /// </summary>
    private static bool HeldBodyBefore(ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions, int comma)
    {
        int k = comma - 1;
        if (MentionAt(mentions, words[k].Span, startOnly: false) is { Type: EntityType.ORG } body)
        {
            // لحزب الامة: the body's first word may carry the ل of the office before it.
            k = WordScanner.Holding(words, body.Span.Start) - 1;
        }
        else
        {
            int adjectives = 0;
            while (k > 0 && adjectives < MaxBodyAdjectives && words[k].IsLetters && words[k].Key.StartsWith("ال", StringComparison.Ordinal)) { k--; adjectives++; }
            // الناطق الرسمي باسم الجامعة: the body after باسم has no ل.
            bool spokesman = adjectives > 0 && k >= 1 && words[k].Key == "باسم";
            if (!spokesman && (k < 1 || !words[k].IsLetters || !words[k].Key.StartsWith("لل", StringComparison.Ordinal))) return false;
            k--;
        }
        if (k >= 1 && words[k].Key == "باسم") k--;
        if (k >= 1 && words[k].Key.StartsWith("ال", StringComparison.Ordinal) && !IsOfficerNoun(words[k].Key)) k--;
        return k >= 0 && words[k].IsLetters && IsOfficerNoun(words[k].Key);
    }

    private static bool IsOfficerNoun(string key) => OfficeNouns.ContainsWithOrWithoutArticle(key) || OfficerNouns.Contains(key);

    /// <summary>
    /// Whether words [<paramref name="first"/>, <paramref name="close"/>) between commas look like a name: letters joined by
    /// single spaces, none a particle, a day, a cue or an event verb (<see cref="NotNames"/>), none written with و, the
    /// words after the first no definite noun of what was done (الهجوم) and no plural in ات or ين.
    /// </summary>
    private static bool LooksLikeNameBetweenCommas(string text, ReadOnlySpan<Word> words, int first, int close)
    {
        for (int k = first; k < close; k++)
        {
            string key = words[k].Key;
            // سمير بن عمر: بن joins a given name to a family name inside the name.
            if (k > first && k + 1 < close && key is "بن" or "ابن" or "بنت") continue;
            if (!words[k].IsLetters || key.Length < 3 || key[0] == 'و' || NotNames.Contains(key) || Times.Contains(key) || AfterTitle.Contains(key) ||
                ObjectOpeners.Contains(key) || ActNouns.Contains(key)) return false;
            if (k > first && !Adjacent(text, words[k - 1], words[k])) return false;
            if (key.Length >= 5 && (key.EndsWith("ات", StringComparison.Ordinal) || key.EndsWith("ين", StringComparison.Ordinal) || key.EndsWith("ون", StringComparison.Ordinal))) return false;
            // بصفته رئيسا, لدوره: a word with ب or ل and a pronoun suffix opens a phrase, no name (بلقاسم is one).
            if (k == first && key[0] is 'ب' or 'ل' && (key.EndsWith('ه') || key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal))) return false;
        }
        return ActorLexicon.Shared.Nationality(NameKey.WordOfKey(words[close - 1].Key)) is null;
    }

    /// <summary>Governors, who hold their office in a place (والي كسلا, محافظ الانبار).</summary>
    private static readonly HashSet<string> Governors = MatchKey.SetOf("والي", "محافظ", "حاكم");

    /// <summary>
    /// Words that open the verb's object after an office and its body, no holder's name: a whole or a part of people or
    /// bodies (جميع الاطراف, سكان المدينة, سلطات الاقليم, مؤسسات المجتمع الدولي).
    /// </summary>
    private static readonly HashSet<string> ObjectOpeners = MatchKey.SetOf("جميع", "كافة", "كل", "سكان", "اهالي", "ابناء", "عناصر", "افراد", "مسؤولي", "ممثلي",
        "ضرورة", "اهمية");

    /// <summary>
    /// Whether two words after an office look like its holder's name (<see cref="IsForeignName"/>) rather than the verb's
    /// object: the first not a head in ة (حكومة الاقليم, كتلة الاحرار; a listed given name in ة is a name), no plural in ات
    /// (سلطات الاقليم, قوات النظام) and no word that opens an object (<see cref="ObjectOpeners"/>).
    /// </summary>
    private static bool LooksLikeHolder(string text, Word before, Word given, Word family)
    {
        string a = given.Key;
        if (text[given.End - 1] == 'ة' && !IsGivenName(a) || a.Length >= 4 && a.EndsWith("ات", StringComparison.Ordinal) || ObjectOpeners.Contains(a)) return false;
        return IsForeignName(text, before, given, family);
    }

    /// <summary>Adjectives in ي that close an office or a body, never a family name (المجتمع الدولي, المبعوث الاممي).</summary>
    private static readonly HashSet<string> NisbaAdjectives = MatchKey.SetOf("الدولي", "الاممي", "الوطني", "العربي", "الاسلامي", "الشعبي", "الرسمي",
        "المحلي", "الاقليمي", "الامني", "العسكري", "السياسي", "الحكومي", "الاوروبي", "الافريقي");

    /// <summary>
    /// <paramref name="name"/> with the word at <paramref name="k"/> right after it when that is a family name in ي with the
    /// article (احمد سمارة الزعبي), untagged, and no nationality (X Y الاردني), adjective (الدولي) or time; else the name as it was.
    /// </summary>
    private static TextSpan WithNisba(string text, ReadOnlySpan<Word> words, int k, TextSpan name, List<(TextSpan Span, EntityType Type)> mentions)
    {
        if (k >= words.Length || !Adjacent(text, words[k - 1], words[k])) return name;
        string key = words[k].Key;
        bool nisba = key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal) && key.EndsWith('ي') && !Times.Contains(key) && !NotNames.Contains(key) &&
                     !NisbaAdjectives.Contains(key);
        if (!nisba || Overlaps(mentions, words[k].Span) || ActorLexicon.Shared.Nationality(NameKey.WordOfKey(key)) is not null) return name;
        return new TextSpan(name.Start, words[k].End);
    }

    /// <summary>Titles a portfolio told with لشؤون follows (وزير الدولة لشؤون النازحين, مستشار الرئيس لشؤون الامن).</summary>
    private static readonly HashSet<string> PortfolioTitles = MatchKey.SetOf("وزير", "وزيرة", "الدولة", "مستشار", "مستشارة", "المستشار", "مساعد", "نائب", "الرئيس");

    /// <summary>How many definite words a portfolio after لشؤون runs to (لشؤون الاغاثة والطوارئ, لشؤون الشرق الاوسط).</summary>
    private const int MaxPortfolioWords = 3;

    /// <summary>Words for a member of parliament, or the house he sits in, that name his constituency after عن (النائب عن كركوك, عضو مجلس النواب عن نينوى).</summary>
    private static readonly HashSet<string> MemberWords = MatchKey.SetOf("النائب", "النائبة", "البرلماني", "البرلمانية", "النواب", "البرلمان", "النيابية");

    /// <summary>A constituency told by its definite common noun (النائب عن المحافظة X Y), the place named before.</summary>
    private static readonly HashSet<string> ConstituencyNouns = MatchKey.SetOf("المحافظة", "المدينة", "القضاء", "الاقليم");

    /// <summary>A place's category noun before a tagged place (النائبة عن محافظة البصرة, with only البصرة tagged).</summary>
    private static readonly HashSet<string> ConstituencyCategories = MatchKey.SetOf("محافظة", "مدينة", "قضاء", "اقليم", "ولاية");

    /// <summary>
    /// A member of parliament the tagger missed, named right after his constituency or bloc (واتهم النائب عن كركوك X Y,
    /// عضو مجلس النواب عن نينوى X Y, النائب عن المحافظة X Y): a member is told by where he was elected more often than by
    /// his party in Iraqi and Levantine copy, and without his name the place becomes whoever accuses or criticises. The
    /// constituency is a tagged place or body right after عن, or a definite place noun; the two words after it must look
    /// like a holder's name (<see cref="LooksLikeHolder"/>: no cue, particle, verb or time; وقال النائب عن كركوك ان … has none).
    /// </summary>
    public static List<TextSpan> AfterConstituencies(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        var found = new List<TextSpan>();
        for (int k = 1; k + 3 < words.Length; k++)
        {
            if (words[k].Key != "عن" || !MemberWords.Contains(words[k - 1].Key)) continue;
            int c = k + 1;
            // عن محافظة البصرة with only البصرة tagged: the category noun is part of the constituency.
            if (ConstituencyCategories.Contains(words[c].Key) && c + 1 < words.Length && MentionAt(mentions, words[c + 1].Span, startOnly: true) is { Type: EntityType.LOC }) c++;
            int after;
            if (MentionAt(mentions, words[c].Span, startOnly: true) is { Type: EntityType.LOC or EntityType.ORG } seat) after = WordScanner.FirstAtOrAfter(words, seat.Span.End);
            else if (ConstituencyNouns.Contains(words[c].Key)) after = c + 1;
            else continue;
            if (after + 1 >= words.Length) continue;
            Word given = words[after], family = words[after + 1];
            // النائب عن نينوى شيروان الدوبرداني: a given name read as a place of one word is the member's when a family
            // name with the article follows it (a second place would not stand right after the constituency).
            bool misreadPlace = MentionAt(mentions, given.Span, startOnly: false) is { Type: EntityType.LOC } read && read.Span == given.Span &&
                                family.Key.StartsWith("ال", StringComparison.Ordinal);
            if (Overlaps(mentions, given.Span) && !misreadPlace || Overlaps(mentions, family.Span) || !LooksLikeHolder(text, words[after - 1], given, family)) continue;
            // عضوة البرلمان عن حزب العمال عددا كبيرا: a noun and its adjective in the accusative are the object of the verb.
            if (given.Key.EndsWith('ا') && family.Key.EndsWith('ا')) continue;
            found.Add(WithNisba(text, words, after + 2, new TextSpan(given.Start, family.End), mentions));
        }
        return found;
    }

    /// <summary>
    /// A person the tagger missed right after a title and its portfolio told with لشؤون (وزير الدولة لشؤون النازحين X Y,
    /// مستشار الرئيس لشؤون الامن X Y): the two words after the portfolio's definite words that look like a holder's name
    /// (<see cref="LooksLikeHolder"/>).
    /// </summary>
    public static List<TextSpan> AfterPortfolios(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        var found = new List<TextSpan>();
        for (int n = 1; n + 3 < words.Length; n++)
        {
            if (words[n].Key is not ("لشوون" or "للشوون") || !PortfolioTitles.Contains(words[n - 1].Key)) continue;
            int w = n + 1;
            while (w < words.Length && w - n <= MaxPortfolioWords && words[w].IsLetters && !Overlaps(mentions, words[w].Span) &&
                   (words[w].Key.StartsWith("ال", StringComparison.Ordinal) || words[w].Key.StartsWith("وال", StringComparison.Ordinal))) w++;
            if (w == n + 1 || w + 1 >= words.Length || !LooksLikeHolder(text, words[w - 1], words[w], words[w + 1])) continue;
            var name = new TextSpan(words[w].Start, words[w + 1].End);
            if (!Overlaps(mentions, name)) found.Add(name);
        }
        return found;
    }

    /// <summary>
    /// Where the office noun stands that holds the body whose first word is at <paramref name="first"/>, or null: right
    /// before it (عضو, لحزب after الامين العام, والي), past باسم (المتحدث الرسمي باسم) or a definite adjective of the office (الامين العام).
    /// </summary>
    private static int? HeldOffice(ReadOnlySpan<Word> words, int first)
    {
        int t = first - 1;
        if (words[t].Key == "باسم" && t > 0) t--;
        if (t > 0 && words[t].Key.StartsWith("ال", StringComparison.Ordinal) && !OfficeNouns.ContainsWithOrWithoutArticle(words[t].Key)) t--;
        return words[t].IsLetters && (OfficeNouns.ContainsWithOrWithoutArticle(words[t].Key) || Governors.Contains(words[t].Key)) ? t : null;
    }

    /// <summary>The first mention overlapping <paramref name="span"/>, or null (a loop: a lambda would make a closure per call).</summary>
    private static (TextSpan Span, EntityType Type)? MentionOver(List<(TextSpan Span, EntityType Type)> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Overlaps(span)) return m;
        }
        return null;
    }

    /// <summary>Whether any mention overlaps <paramref name="span"/> (a loop: a lambda would make a closure per call).</summary>
    internal static bool Overlaps(List<(TextSpan Span, EntityType Type)> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Overlaps(span)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="place"/> is word <paramref name="i"/> alone and neither a listed place nor a country or capital.</summary>
    private static bool IsUnlistedPlaceWord(string text, ReadOnlySpan<Word> words, int i, TextSpan place) =>
        place == words[i].Span && !PlaceGazetteer.Shared.IsListedWord(text, words, i) && ActorLexicon.Shared.Country(NameKey.WordOfKey(words[i].Key)) is null;

    /// <summary>The mention drawn exactly over <paramref name="span"/> (or, with <paramref name="startOnly"/>, starting where it starts), or null.</summary>
    private static (TextSpan Span, EntityType Type)? MentionAt(List<(TextSpan Span, EntityType Type)> mentions, TextSpan span, bool startOnly)
    {
        foreach (var m in mentions)
        {
            if (startOnly ? m.Span.Start == span.Start : m.Span == span) return m;
        }
        return null;
    }
}
