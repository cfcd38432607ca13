using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Mentions;

/// <summary>
/// Names of bodies whose complement is two nouns joined by و (حزب العدالة والتنمية, حركة العدل والمساواة, وزارة التعليم
/// العالي والبحث العلمي, وزارة الصحة والسكان): the tagger, which reads و as the start of a new phrase, cuts them before it.
/// A definite noun written with و right after an organisation mention of two words or more that opens with a body's head
/// noun is taken in, unless it is an actor of its own (والحكومة, والجيش) or a name tagged on its own.
/// </summary>
internal static class ConjoinedNames
{
    /// <summary>Head nouns of bodies named by what they stand for (حزب, حركة, وزارة, هيئة).</summary>
    private static readonly HashSet<string> Heads = MatchKey.SetOf("حزب", "حركة", "جماعة", "جبهة", "وزارة", "هيئة", "جمعية", "اتحاد", "تيار", "منظمة", "مؤسسة",
        "لجنة", "رابطة", "تحالف", "ائتلاف", "مركز", "مرصد", "نقابة", "تجمع", "مجلس");

    /// <summary>Nouns after و that are actors of their own, never the second half of a name (حركة النهضة والحكومة).</summary>
    private static readonly HashSet<string> Actors = MatchKey.SetOf("الحكومة", "الجيش", "الشرطة", "الامن", "القوات", "المعارضة", "الرئاسة", "البرلمان",
        "الحزب", "الحركة", "الوزارة", "السلطات", "الدولة", "النظام", "الاحزاب", "النقابات", "الفصائل", "المسلحين", "المسلحون", "الاهالي", "السكان",
        "المواطنين", "الطلاب", "الطلبة", "العمال", "الرئيس", "الوزير", "المحافظ", "الوالي", "المرشد", "المعطلين", "المتقاعدين", "المحتجين", "المتظاهرين",
        // another body's head: وزارة الصحة والمجلس الوطني, هيئة الرقابة المالية والهيئة التنظيمية
        "المجلس", "الهيئة", "الاتحاد", "المؤسسة", "اللجنة", "المنظمة", "الجبهة", "الجمعية", "النقابة", "المركز", "الشركة", "البنك", "الصندوق");

    /// <summary>Widens each such organisation mention over the joined noun after it.</summary>
    public static void Widen(string text, ReadOnlySpan<Word> words, List<(TextSpan Span, EntityType Type)> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var (span, type) = mentions[i];
            if (type != EntityType.ORG) continue;
            int first = WordScanner.FirstAtOrAfter(words, span.Start);
            int next = WordScanner.FirstAtOrAfter(words, span.End);
            if (first >= words.Length || words[first].Start != span.Start || next - first < 2 || next >= words.Length) continue;
            if (!Heads.Contains(words[first].Key) || words[next].Start != span.End + 1 || text[span.End] != ' ') continue;
            // وزارة الاستثمار المصرية والمؤسسة …, حزب الله اللبناني و…: a name closed by its country's adjective is whole.
            if (ActorLexicon.Shared.Nationality(NameKey.Word(words[next - 1].Key)) is not null) continue;
            string key = words[next].Key;
            if (!words[next].IsLetters || key.Length < 5 || !key.StartsWith("وال", StringComparison.Ordinal) || Actors.Contains(key[1..])) continue;
            if (InsideMention(mentions, words[next].Start)) continue;
            // والبحث العلمي: a nisba adjective of the joined noun goes with it.
            int last = next;
            if (next + 1 < words.Length && words[next + 1].IsLetters && words[next + 1].Start == words[next].End + 1 && MatchKey.IsDefiniteNisba(words[next + 1].Key) &&
                !Actors.Contains(words[next + 1].Key) && !InsideMention(mentions, words[next + 1].Start)) last = next + 1;
            mentions[i] = (new TextSpan(span.Start, words[last].End), type);
        }
    }

    private static bool InsideMention(List<(TextSpan Span, EntityType Type)> mentions, int start)
    {
        foreach (var (span, _) in mentions)
        {
            if (span.Start <= start && start < span.End) return true;
        }
        return false;
    }
}
