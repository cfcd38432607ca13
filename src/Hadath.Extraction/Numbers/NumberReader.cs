using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Numbers;

/// <summary>Reads number phrases from scanned words with the number-word lexicon (<c>Lexicons/numbers.tsv</c>).</summary>
public sealed class NumberReader
{
    private enum Role { Digits, Unit, Ten, Hundred, Scale, Scales, Dual, Vague }

    private readonly Dictionary<string, (double Value, Role Role)> _words = new();
    private readonly Dictionary<string, (double Value, Role Role)>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly KeyTails _wordTails;

    /// <summary>The number words again, each looked up only when one has its shape: every word of a story is asked.</summary>
    private readonly ReadingPrefilter _wordShapes;

    public NumberReader()
    {
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in LexiconTable.Read("numbers.tsv"))
        {
            var role = row[2] switch
            {
                "unit" => Role.Unit,
                "ten" => Role.Ten,
                "hundred" => Role.Hundred,
                "scale" => Role.Scale,
                "scales" => Role.Scales,
                "dual" => Role.Dual,
                "vague" => Role.Vague,
                _ => throw new InvalidDataException($"numbers.tsv: unknown role '{row[2]}'"),
            };
            _words[MatchKey.Of(row[0])] = (double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), role);
        }
        _wordTails = new KeyTails(_words.Keys);
        _wordShapes = new ReadingPrefilter(_words.Keys, nameKeys: false);
    }

    public static NumberReader Shared { get; } = new();

    // Every word is asked: one that ends as no number word does (with or without its article) is passed unhashed. Its last
    // three letters are asked (KeyTails): with the last two, a word in four passed to the lookups, with three one in twenty.
    private bool MayBeNumberWord(string key) => _wordTails.MayEnd(key) || key.Length < 2;

    /// <summary>
    /// False when the word surely opens nothing a number is read from: it starts no number phrase (<see cref="Starts"/>),
    /// none after a و, ب or ل (<see cref="ReadAfterProclitic"/>) and is no definite cardinal (<see cref="DefiniteCardinal"/>).
    /// Each of those asks first whether the word ends as a number word does; a caller asking all three of every word asks
    /// that once. A yes only means they must be asked.
    /// </summary>
    public bool MayOpen(in Word word) =>
        word.IsNumber || (word.IsLetters && (MayBeNumberWord(word.Key) || (word.Key[^1] is 'د' or 'ي' && IsOneOrTwo(word.Key))));

    /// <summary>The forms of one and two that start a phrase whatever their ending (احد عشر, اثني عشر, الاثني عشر).</summary>
    /// <remarks>Every word is asked: one not of their lengths or first letter is passed before any is compared.</remarks>
    private static bool IsOneOrTwo(string key) =>
        key.Length is >= 3 and <= 7 && key[0] == 'ا' && key is "احد" or "احدي" or "اثني" or "اثنتي" or "الاثني" or "الاثنتي";

    /// <summary>True when the word can start a number phrase.</summary>
    public bool Starts(Word word) => word.IsNumber || (word.IsLetters && StartsLetters(word.Key));

    /// <summary><see cref="Starts"/> of a word of letters whose key is <paramref name="key"/>: a test of the key alone.</summary>
    internal bool StartsLetters(string key) => IsOneOrTwo(key)
        || (MayBeNumberWord(key) && (_wordShapes.Holds(key) || DefiniteVague(key) is not null));

    /// <summary>Words that make the number before them a share (10 بالمئة, 1 في المئة).</summary>
    private static readonly HashSet<string> PercentWords = MatchKey.SetOf("المئة", "المائة", "بالمئة", "بالمائة");

    /// <summary>True when the words from <paramref name="after"/>, right after a number, make it a percentage (5 %, 10 بالمئة, 1 في المئة).</summary>
    public static bool PercentAt(IReadOnlyList<Word> words, int after) =>
        after < words.Count && (words[after].Key is "%" or "٪" || PercentWords.Contains(words[after].Key) ||
                                after + 1 < words.Count && words[after].Key == "في" && PercentWords.Contains(words[after + 1].Key));

    /// <summary>A plural number word with the article (المئات, العشرات, الالاف): vague, as without it.</summary>
    private (double Value, Role Role)? DefiniteVague(ReadOnlySpan<char> key) =>
        key.Length > 4 && key.StartsWith("ال", StringComparison.Ordinal) && _wordShapes.HasShape(key[2..]) && _wordsBySpan.TryGetValue(key[2..], out var entry) && entry.Role is Role.Vague or Role.Scales
            ? entry
            : null;

    /// <summary>
    /// The value of a cardinal from three to ten written with the article (الثمانية, الخمس, العشرة), which follows a
    /// definite noun as its adjective (افرادها الثمانية); null for any other word. الاثنين (Monday, or the two) is left out.
    /// </summary>
    public double? DefiniteCardinal(Word word)
    {
        if (!word.IsLetters || word.Key.Length < 5 || !word.Key.StartsWith("ال", StringComparison.Ordinal)) return null;
        // A word with the article is asked on every count stage pass: its end and shape are tested before it is hashed.
        var number = word.Key.AsSpan(2);
        if (!_wordTails.MayEnd(number) || !_wordShapes.HasShape(number)) return null;
        return _wordsBySpan.TryGetValue(number, out var entry) && entry.Role is Role.Unit or Role.Ten && entry.Value is >= 3 and <= 10
            ? entry.Value
            : null;
    }

    /// <summary>Reads the longest number phrase starting at word <paramref name="at"/>, or null.</summary>
    public NumberPhrase? Read(IReadOnlyList<Word> words, int at) =>
        AuthoredAfterRelative(words, at) ? null : Read(words, at, afterWa: false);

    /// <summary>
    /// Relative pronouns, after which ألف opens the clause as the verb "wrote" (الذي ألف 15 رواية), no thousand; the count
    /// stage stops at them too (a number in a relative clause is that clause's).
    /// </summary>
    internal static readonly HashSet<string> RelativePronouns = MatchKey.SetOf("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");

    private static readonly string Thousand = MatchKey.Of("ألف");

    /// <summary>Whether word <paramref name="at"/> is ألف right after a relative pronoun: the verb, no number.</summary>
    private static bool AuthoredAfterRelative(IReadOnlyList<Word> words, int at) =>
        at > 0 && words[at].Key == Thousand && RelativePronouns.Contains(words[at - 1].Key);

    /// <summary>
    /// Reads a number phrase whose first word carries the conjunction و or the preposition ب or ل (<c>وثلاثة اطفال</c>,
    /// <c>وعشرات الجرحى</c>, <c>بخمسة آلاف</c>, <c>اعتصاما لعشرات الطلبة</c>), or null; the span starts after it. Only a word that is no number word
    /// itself (<c>واحد</c> is one) is read so.
    /// </summary>
    public NumberPhrase? ReadAfterProclitic(IReadOnlyList<Word> words, int at)
    {
        var w = words[at];
        // The word less its و, ب or ل ends as the word does: one that ends as no number word does is passed before any lookup.
        if (!w.IsLetters || w.Key.Length < 3 || w.Key[0] is not ('و' or 'ب' or 'ل') || !_wordTails.MayEnd(w.Key) || _wordShapes.Holds(w.Key)) return null;
        // Read in place: every word with و, ب or ل is asked.
        var rest = w.Key.AsSpan(1);
        if (!_wordShapes.Holds(rest) && DefiniteVague(rest) is null) return null;
        return Read(words, at, afterWa: true);
    }

    private NumberPhrase? Read(IReadOnlyList<Word> words, int at, bool afterWa)
    {
        double total = 0, current = 0;
        bool any = false, vague = false;
        Role? previous = null;
        int i = at;
        // A scale multiplies only below the last one (مليون و200 الف); الفين وثلاثة آلاف is two numbers, and the
        // و-word that began the second is given back: the phrase ends where it stood.
        double lastScale = double.MaxValue;
        (int At, double Total, double Current) conjoinedAt = (-1, 0, 0);
        while (i < words.Count)
        {
            var w = words[i];
            // مليون ونصف, مليونين ونصف المليون: half the last scale, and that scale named again after it.
            if (any && previous is Role.Scale or Role.Scales or Role.Dual && HalfAt(words, i) is { } half)
            {
                current += lastScale / 2;
                i = half;
                if (i < words.Count && words[i].IsLetters && ScaleValue(words[i].Key) == lastScale) i++;
                previous = Role.Hundred;   // nothing multiplies or joins a half
                break;
            }
            // مليون و400 الف, الف و200: digits joined by a separate و after a scale, below it.
            if (any && !vague && previous is Role.Scale or Role.Scales or Role.Dual && w.IsLetters && w.Key == "و" && i + 1 < words.Count && words[i + 1].IsNumber &&
                words[i + 1].IsInteger && words[i + 1].Value < 1000)
            {
                // 6 آلاف و7 آلاف, 140 الفا و180 الف: digits with a scale of their own, not below the last, are a second number.
                if (i + 2 < words.Count && words[i + 2].IsLetters && OwnScaleValue(words[i + 2].Key) >= lastScale) break;
                // ألفًا و659: before و, ألفا is the accusative of one thousand, not the dual.
                if (i == at + 1 && (afterWa ? words[at].Key[1..] : words[at].Key) == AlfaAccusative && current == 2000) current = 1000;
                total += current;
                current = words[i + 1].Value;
                previous = Role.Digits;
                i += 2;
                continue;
            }
            if (w.IsNumber)
            {
                if (any) break;
                current = w.Value;
                any = true;
                previous = Role.Digits;
                i++;
                continue;
            }
            if (!w.IsLetters) break;
            bool conjoined = false;
            string key = afterWa && i == at ? w.Key[1..] : w.Key;
            if (!_words.TryGetValue(key, out var entry))
            {
                // Continuations may carry و (ثلاثة وعشرين) and a scale after a vague word its article (عشرات الآلاف).
                if (any && key.Length > 2 && key[0] == 'و' && _words.TryGetValue(key[1..], out entry)) conjoined = true;
                else if (vague && key.StartsWith("ال", StringComparison.Ordinal) && _words.TryGetValue(key[2..], out entry) && entry.Role is Role.Scale or Role.Scales) { }
                else if (!any && key is "احد" or "احدي" && i + 1 < words.Count && words[i + 1].Key is "عشر" or "عشره") entry = (1, Role.Unit);
                // وفاة اثني عشر شخصا, هويات الاثني عشر قتيلا: two of a teen in the oblique case, alone it is ethnic (الاثني).
                else if (!any && key is "اثني" or "اثنتي" or "الاثني" or "الاثنتي" && i + 1 < words.Count && words[i + 1].Key is "عشر" or "عشره") entry = (2, Role.Unit);
                else if (!any && DefiniteVague(key) is { } definite) entry = definite;   // واصيب المئات
                else break;
            }
            if (!Accept(entry.Role, entry.Value, previous, any, conjoined, vague)) break;
            if (any && entry.Role is Role.Scale or Role.Scales && entry.Value >= lastScale)
            {
                if (conjoinedAt.At == i - 1) (i, total, current) = conjoinedAt;
                break;
            }
            if (conjoined) conjoinedAt = (i, total, current);
            // مليون ومئتي الف: a scale that opened the phrase is a whole part; what و joins after it is a new part, which
            // a smaller scale multiplies alone (1 200 000, not (1 000 000 + 200) × 1000).
            if (conjoined && previous is Role.Scale && !vague)
            {
                total += current;
                current = 0;
            }
            switch (entry.Role)
            {
                case Role.Unit or Role.Ten:
                    current += entry.Value;
                    break;
                case Role.Hundred:
                    current = previous == Role.Unit && !conjoined && current is > 0 and < 10 ? current * 100 : current + entry.Value;
                    break;
                case Role.Scale or Role.Scales:
                    if (!any)
                    {
                        // ألفا alone is the dual (two thousand); after a number it is the accusative (عشرين ألفا).
                        current = key == "الفا" ? 2 * entry.Value : entry.Value;
                        vague = entry.Role == Role.Scales;
                    }
                    else
                    {
                        total += (current == 0 ? 1 : current) * entry.Value;
                        current = 0;
                    }
                    lastScale = entry.Value;
                    break;
                case Role.Dual:
                    total += entry.Value;
                    lastScale = entry.Value / 2;
                    break;
                case Role.Vague:
                    current = entry.Value;
                    vague = true;
                    break;
            }
            any = true;
            previous = entry.Role;
            i++;
        }
        if (!any) return null;
        var span = new TextSpan(words[at].Start + (afterWa ? 1 : 0), words[i - 1].End);
        return new NumberPhrase(span, at, i, AsWritten(total + current), vague);
    }

    /// <summary>
    /// The value to the precision a written number has: a decimal times its scale (4.1 مليون, 16.1 ألف) is off by binary
    /// floating point (4,099,999.9999999995), and would print so and read as a fraction. Six places keep every decimal a
    /// story writes (52.75) and drop only that error.
    /// </summary>
    private static double AsWritten(double value) => Math.Round(value, 6);

    private static readonly string Half = MatchKey.Of("نصف");

    private static readonly string AlfaAccusative = MatchKey.Of("ألفا");

    /// <summary>The index after ونصف or و نصف at word <paramref name="at"/>, or null.</summary>
    private static int? HalfAt(IReadOnlyList<Word> words, int at)
    {
        var w = words[at];
        if (!w.IsLetters) return null;
        if (w.Key.Length == Half.Length + 1 && w.Key[0] == 'و' && w.Key.AsSpan(1).SequenceEqual(Half)) return at + 1;
        if (w.Key == "و" && at + 1 < words.Count && words[at + 1].Key == Half) return at + 2;
        return null;
    }

    /// <summary>The value of a singular scale word, with or without its article (مليون, المليون, الف), else 0.</summary>
    private double ScaleValue(string key)
    {
        if (key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4) key = key[2..];
        return _words.TryGetValue(key, out var entry) && entry.Role == Role.Scale ? entry.Value : 0;
    }

    /// <summary>The value of a scale word after digits (الف, آلاف, الفا, مليون), with no article, else 0.</summary>
    private double OwnScaleValue(string key) =>
        _words.TryGetValue(key, out var entry) && entry.Role is Role.Scale or Role.Scales ? entry.Value : 0;

    private static bool Accept(Role role, double value, Role? previous, bool any, bool conjoined, bool vague)
    {
        if (!any) return true;
        if (conjoined) return role is Role.Unit or Role.Ten or Role.Hundred or Role.Dual && previous is not Role.Digits and not Role.Vague;
        return (role, previous) switch
        {
            (Role.Ten, Role.Unit) => value == 10,                   // ثلاثة عشر (a teen), not ثلاثة عشرين
            (Role.Hundred, Role.Unit) => true,                      // ثلاث مئة
            (Role.Scale or Role.Scales, Role.Vague) => vague,       // عشرات الآلاف
            (Role.Scale or Role.Scales, not Role.Scale and not Role.Scales and not Role.Dual) => true, // 280 الف, ثلاثة آلاف
            _ => false,
        };
    }
}
