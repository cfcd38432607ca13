using Hadath.Corpus.Duplicates;
using Hadath.Store;

namespace Hadath.Corpus.Tests;

/// <summary>Hand-made stories (written for these tests, not taken from a corpus): a wire story, its re-edits, and a same-topic story.</summary>
public sealed class MinHashTests
{
    internal const string Wire =
        "أعلن وزير الخارجية الأميركي جون كيري الجمعة في جنيف أن المحادثات مع نظيره الروسي سيرغي لافروف حول سوريا "
        + "حققت تقدما ملموسا، مضيفا أن الطرفين اتفقا على مواصلة العمل من أجل وقف إطلاق النار في حلب. وقال كيري في "
        + "مؤتمر صحفي مشترك إن فرق الخبراء ستجتمع الأسبوع المقبل لوضع التفاصيل الفنية لآلية مراقبة الهدنة، وإن "
        + "إيصال المساعدات الإنسانية إلى المدنيين المحاصرين في الأحياء الشرقية من المدينة يبقى أولوية. من جهته، "
        + "أكد لافروف أن موسكو مستعدة للتعاون مع واشنطن في محاربة الجماعات الإرهابية، لكنه حذر من أن أي اتفاق "
        + "سيبقى هشا ما لم تلتزم فصائل المعارضة بالانفصال عن جبهة النصرة. واستمر الاجتماع أكثر من عشر ساعات.";

    /// <summary>The same story as another outlet runs it: its own lead-in, words swapped, a sentence cut, a line added.</summary>
    internal const string Edited =
        "جنيف (وكالات) - قال وزير الخارجية الأميركي جون كيري الجمعة في جنيف إن المحادثات مع نظيره الروسي سيرغي لافروف حول سوريا "
        + "حققت تقدما كبيرا، مضيفا أن الطرفين اتفقا على مواصلة العمل من أجل وقف إطلاق النار في حلب. وقال كيري في "
        + "مؤتمر صحفي مشترك إن فرق الخبراء ستجتمع الأسبوع المقبل لوضع التفاصيل الفنية لآلية مراقبة الهدنة. من جهته، "
        + "أكد لافروف أن موسكو مستعدة للتعاون مع واشنطن في محاربة الجماعات الإرهابية، لكنه حذر من أن أي اتفاق "
        + "سيبقى هشا ما لم تلتزم فصائل المعارضة بالانفصال عن جبهة النصرة. ويأتي الاجتماع بعد أسابيع من التوتر بين البلدين.";

    /// <summary>Same day, same people, same city, same talks: a different story.</summary>
    internal const string SameTopic =
        "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي جون كيري في جنيف الجمعة لبحث الأزمة السورية، "
        + "في لقاء هو الثالث بينهما خلال شهر. وذكرت مصادر دبلوماسية أن الخلاف ما زال قائما حول مصير الرئيس السوري "
        + "ودور الفصائل المسلحة في شمال البلاد، وأن الجانبين لم يتوصلا إلى صيغة نهائية بشأن حلب. وتظاهر عشرات "
        + "السوريين أمام مقر المحادثات مطالبين برفع الحصار عن المدن، فيما دعت منظمات إغاثة إلى هدنة فورية تسمح "
        + "بإدخال الغذاء والدواء. ومن المنتظر أن يعود الوزيران إلى الاجتماع مطلع الأسبوع المقبل.";

    private static uint[] Signature(string text) => MinHash.Signature(TextFingerprint.Words(text));

    /// <summary>
    /// Stores keep signatures, band keys and SimHashes (schema 3): their values are pinned, so a refactoring that
    /// changes how they are computed fails here instead of silently unlinking new copies from stored originals.
    /// </summary>
    [Fact]
    public void Stored_fingerprints_of_a_fixed_story_do_not_change()
    {
        var words = TextFingerprint.Words(Wire);
        var signature = MinHash.Signature(words);
        Assert.Equal("150496421,116583286,4138230,39450721", string.Join(',', signature[..4]));
        Assert.Equal(-7995980701465537492L, MinHash.BandKeys(signature)[0]);
        Assert.Equal(-1839091954702924784L, TextFingerprint.SimHash(words));
    }

    [Fact]
    public void A_re_edited_copy_is_similar_and_a_same_topic_story_is_not()
    {
        var wire = Signature(Wire);
        Assert.InRange(MinHash.Similarity(wire, Signature(Edited)), 0.5, 1.0);
        Assert.InRange(MinHash.Similarity(wire, Signature(SameTopic)), 0.0, 0.1);
    }

    [Theory]
    [InlineData("أعلَنَ وزيرُ الخارجية", "اعلن وزير الخارجيه")]
    [InlineData("كـــيري في جنيف، الجمعة!", "كيري في جنيف الجمعة")]
    public void Spelling_marks_and_punctuation_do_not_change_the_signature(string a, string b) =>
        Assert.Equal(Signature(a), Signature(b));

    [Fact]
    public void The_index_links_the_edited_copy_and_not_the_same_topic_story()
    {
        var index = new MinHashIndex(threshold: 0.5);
        index.Add(new MinHashCandidate("wire", 0, Signature(Wire)));
        var link = index.Find(Signature(Edited));
        Assert.Equal("wire", link?.Original.Id);
        Assert.Null(index.Find(Signature(SameTopic)));
    }

    [Fact]
    public void Of_two_candidates_the_more_similar_wins()
    {
        var index = new MinHashIndex(threshold: 0.3);
        index.Add(new MinHashCandidate("edited", 0, Signature(Edited)));
        index.Add(new MinHashCandidate("wire", 0, Signature(Wire)));
        var exact = index.Find(Signature(Wire));
        Assert.Equal(("wire", 1.0), (exact?.Original.Id, exact?.Similarity));
    }

    [Fact]
    public void Empty_and_one_word_stories_have_signatures_and_match_only_themselves()
    {
        var empty = Signature("");
        var one = Signature("كيري");
        Assert.Equal(MinHash.Slots, empty.Length);
        Assert.Equal(1.0, MinHash.Similarity(one, Signature("كيري")));
        Assert.Equal(0.0, MinHash.Similarity(one, Signature("لافروف")));
    }

    [Fact]
    public void Random_edits_lower_similarity_about_as_much_as_they_change_shingles()
    {
        var random = new Random(7);
        var words = TextFingerprint.Words(Wire);
        var original = MinHash.Signature(words);
        for (int trial = 0; trial < 20; trial++)
        {
            var edited = words.ToList();
            for (int e = random.Next(0, 6); e > 0; e--) edited[random.Next(edited.Count)] = "كلمة" + random.Next(1000);
            double jaccard = Jaccard(Shingles(words), Shingles(edited));
            Assert.InRange(MinHash.Similarity(original, MinHash.Signature(edited)), jaccard - 0.15, jaccard + 0.15);
        }
    }

    private static HashSet<string> Shingles(List<string> words) =>
        Enumerable.Range(0, words.Count - TextFingerprint.ShingleWords + 1).Select(i => string.Join(' ', words.Skip(i).Take(TextFingerprint.ShingleWords))).ToHashSet();

    private static double Jaccard(HashSet<string> a, HashSet<string> b) => (double)a.Intersect(b).Count() / a.Union(b).Count();
}
