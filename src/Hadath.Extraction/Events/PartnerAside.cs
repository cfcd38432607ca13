using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// A partner set off by commas (، وبالتعاون مع برنامج الاغذية العالمي،, ، بالتنسيق مع البلدية،): like a day aside
/// (<see cref="DayAside"/>) it does not end the clause it stands in, and its words do not count toward the window in
/// which a verb's object is looked for (وزعت الهيئة، وبالتعاون مع X، طرودا غذائية). So does whose presence the act was
/// done in (ووقع X وY، بحضور الجانبين، اتفاقية).
/// </summary>
internal static class PartnerAside
{
    /// <summary>The words that open the aside before مع (with or without و).</summary>
    private static readonly HashSet<string> Heads = MatchKey.SetOf("بالتعاون", "بالتنسيق", "بالشراكة");

    /// <summary>How many words the aside holds at most, its head and مع included.</summary>
    private const int MaxWords = 8;

    /// <summary>The words that open a backing aside before من (، بدعم من قوات اتميس،, ، باسناد من طيران التحالف،).</summary>
    private static readonly HashSet<string> BackingHeads = MatchKey.SetOf("بدعم", "باسناد", "بمساندة", "بمساعدة");

    /// <summary>
    /// The words that open a bidding aside before من (، بطلب من رئيس الحكومة،, ، بتوجيه من الوزير،): whose bidding the
    /// subject acted at, no actor of the act nor its target (وتقدم لبنان، بطلب من سلام، بشكوى الى مجلس الامن).
    /// </summary>
    private static readonly HashSet<string> BiddingHeads = MatchKey.SetOf("بطلب", "بتوجيه", "بتوجيهات", "بتكليف", "بامر", "بتعليمات",
        "وبطلب", "وبتوجيه", "وبتوجيهات", "وبتكليف", "وبامر", "وبتعليمات");

    private static bool IsHead(IReadOnlyList<Word> words, int k) =>
        k >= 0 && k + 1 < words.Count &&
        (words[k + 1].Key == "مع" && (Heads.Contains(words[k].Key) || (words[k].Key.Length > 1 && words[k].Key[0] == 'و' && Heads.Contains(words[k].Key[1..]))) ||
         words[k + 1].Key == "من" && (BackingHeads.Contains(words[k].Key) || BiddingHeads.Contains(words[k].Key)));

    /// <summary>Words opening whose presence an act was done in (، بحضور الجانبين،): those present did not do it.</summary>
    private static readonly HashSet<string> Presence = MatchKey.SetOf("بحضور", "وبحضور");

    private static bool IsPresence(IReadOnlyList<Word> words, int k) => k >= 0 && k < words.Count && Presence.Contains(words[k].Key);

    /// <summary>
    /// Whether word <paramref name="k"/> opens the partner right after بالتعاون مع (بالتنسيق مع, بالشراكة مع), commas or
    /// none (وزعت المفوضية بالتعاون مع برنامج الاغذية العالمي مساعدات): one who acted with the subject.
    /// </summary>
    public static bool Follows(IReadOnlyList<Word> words, int k) => k >= 2 && IsHead(words, k - 2);

    /// <summary>Words opening a when-aside of one verbal noun with its pronoun (، قبل انطلاقهم،, ، لدى وصولهم،).</summary>
    private static readonly HashSet<string> WhenHeads = MatchKey.SetOf("قبل", "بعد", "لدى", "عند", "فور");

    /// <summary>Whether words k and k+1 are a when-head and one word with a pronoun suffix (قبل انطلاقهم, not قبل ان).</summary>
    private static bool IsWhen(IReadOnlyList<Word> words, int k) =>
        k >= 0 && k + 1 < words.Count && WhenHeads.Contains(words[k].Key) && words[k + 1].IsLetters && words[k + 1].Key.Length > 4 &&
        (words[k + 1].Key.EndsWith("هم", StringComparison.Ordinal) || words[k + 1].Key.EndsWith("ها", StringComparison.Ordinal) || words[k + 1].Key.EndsWith("هما", StringComparison.Ordinal));

    /// <summary>
    /// The comma closing a partner aside that opens at word <paramref name="k"/> (بالتعاون مع X،), or a when-aside of one
    /// verbal noun with its pronoun (قبل انطلاقهم،: ووزع X على العائدين، قبل انطلاقهم، حصصا غذائية), or null.
    /// </summary>
    public static int? Close(IReadOnlyList<Word> words, int k)
    {
        if (IsWhen(words, k)) return k + 2 < words.Count && words[k + 2].IsComma ? k + 2 : null;
        bool presence = IsPresence(words, k);
        if (!presence && !IsHead(words, k)) return null;
        int named = presence ? k + 1 : k + 2;
        for (int j = named, limit = k + MaxWords; j < words.Count && j < limit; j++)
        {
            if (words[j].IsComma) return j > named ? j : null;
            // بالتعاون مع منظمة الامم المتحدة للطفولة (يونيسف)،: the partner's acronym in brackets goes on with its name
            // and does not count toward the aside's length.
            if (AcronymClose(words, j) is { } close)
            {
                limit += close - j + 1;
                j = close;
                continue;
            }
            if (words[j].Kind == WordKind.Punctuation) return null;
        }
        return null;
    }

    /// <summary>The closing bracket of an acronym of one or two words opening at word <paramref name="k"/> ((يونيسف)), or null.</summary>
    private static int? AcronymClose(IReadOnlyList<Word> words, int k)
    {
        if (words[k].Key != "(" || k + 2 >= words.Count || !words[k + 1].IsLetters) return null;
        if (words[k + 2].Key == ")") return k + 2;
        return k + 3 < words.Count && words[k + 2].IsLetters && words[k + 3].Key == ")" ? k + 3 : null;
    }

    /// <summary>The opening bracket of an acronym of one or two words closing at word <paramref name="k"/>, or null.</summary>
    private static int? AcronymOpen(IReadOnlyList<Word> words, int k)
    {
        if (words[k].Key != ")" || k < 2 || !words[k - 1].IsLetters) return null;
        if (words[k - 2].Key == "(") return k - 2;
        return k >= 3 && words[k - 2].IsLetters && words[k - 3].Key == "(" ? k - 3 : null;
    }

    /// <summary>Whether word <paramref name="k"/> ends a partner aside opened by a comma (، بالتعاون مع البلدية: the aside's close).</summary>
    public static bool OpensBefore(IReadOnlyList<Word> words, int k)
    {
        if (k >= 2 && IsWhen(words, k - 1) && words[k - 2].IsComma) return true;
        for (int j = k, limit = k - MaxWords; j >= 1 && j > limit; j--)
        {
            if (AcronymOpen(words, j) is { } open)
            {
                limit -= j - open + 1;
                j = open;
                continue;
            }
            if (words[j].Kind == WordKind.Punctuation) return false;
            if (IsHead(words, j)) return words[j - 1].IsComma && j + 1 < k;
            if (IsPresence(words, j)) return words[j - 1].IsComma && j < k;
        }
        return false;
    }
}
