using Hadath.Core;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>Places of <c>models/places/places.tsv</c> recovered by <see cref="NameRecoveryStage"/> (<see cref="PlaceGazetteer"/>).</summary>
public sealed class PlaceGazetteerTests
{
    private static AnalyzedDocument Run(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    /// <summary>Every mention as "TYPE [start,end) text", in text order.</summary>
    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} [{m.Start},{m.End}) {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("ووصل الوفد الى الموصل امس", "LOC [15,21) الموصل")]
    [InlineData("وقتل ثلاثة في بعقوبة", "LOC [14,20) بعقوبة")]                      // ب is the place's own letter
    [InlineData("وفي وبعقوبة قتل ثلاثة", "LOC [5,11) بعقوبة")]                      // و peeled, the span covers only the name
    [InlineData("وتوجه الوفد لطنطا امس", "LOC [13,17) طنطا")]                       // ل peeled
    [InlineData("وبنيالا قتل اثنان", "LOC [2,7) نيالا")]                            // وب peeled
    [InlineData("وصل الحجاج الى مكة المكرمة", "LOC [15,26) مكة المكرمة")]          // the longest listed name
    [InlineData("نزحوا في ولاية جنوب دارفور", "LOC [15,26) جنوب دارفور")]
    [InlineData("سقطت صواريخ في اقليم كردستان العراق", "LOC [15,28) اقليم كردستان")]
    [InlineData("غرقت عبارة في نهر دجلة", "LOC [14,22) نهر دجلة")]
    [InlineData("غرق مركب قبالة جزيرة قرقنة", "LOC [21,26) قرقنة")]
    [InlineData("طنطا (مصر) - قتل", "LOC [0,4) طنطا")]                              // a dateline
    [InlineData("ورفضت محكمة نيويورك الطلب", "LOC [12,19) نيويورك")]               // the place, and no court after a verb
    [InlineData("وقال مسؤول في واشنطن الاثنين", "LOC [14,20) واشنطن")]              // و is the place's own letter
    [InlineData("منى (السعودية) - قتل", "LOC [0,3) منى")]                          // a name-like place in a dateline
    [InlineData("وقع التدافع في منى قرب مكة", "LOC [15,18) منى")]                  // and after في
    [InlineData("دخلت شاحنات الى مدينة دوما", "LOC [22,26) دوما")]
    [InlineData("وقال مسؤول في وجدة ان", "LOC [14,18) وجدة")]                     // Oujda: its و is its own after a place cue
    [InlineData("دوما – قتل ثلاثة", "LOC [0,4) دوما")]                             // a dateline set off by a dash
    [InlineData("ووصل النازحون الى بلدة طويلة امس", "LOC [23,28) طويلة")]                // Darfur's Tawila after its place noun
    public void test_places_found_where_nothing_was_tagged(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("بعقوبة (العراق) - قتل", "عقوبة", "LOC [0,6) بعقوبة")]               // a proclitic-looking ب cut off by the tagger
    [InlineData("وصل الحجاج الى مكة المكرمة", "مكة", "LOC [15,26) مكة المكرمة")]
    [InlineData("غرقت عبارة في نهر دجلة", "دجلة", "LOC [14,22) نهر دجلة")]
    [InlineData("نزحوا في ولاية جنوب دارفور", "دارفور", "LOC [15,26) جنوب دارفور")]
    [InlineData("وجدة – تجمع العشرات امام الولاية", "جدة", "LOC [0,4) وجدة")]        // Oujda's dateline, not و + Jeddah
    [InlineData("وخرج العشرات في مدينة وجدة امس", "جدة", "LOC [22,26) وجدة")]
    public void test_a_place_replaces_a_tagged_piece_inside_it(string text, string tagged, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, tagged, tagged))));
    }

    [Theory]
    [InlineData("وقصف الجيش قرى في ريف حماة الشمالي", "ريف حماة", "LOC [22,26) حماة")]          // the countryside of a place: the place is named
    [InlineData("واصيب ثلاثة بريف حمص", "بريف حمص", "LOC [17,20) حمص")]                       // its clitic and ريف left out
    [InlineData("ووقعت اشتباكات في ريف دير الزور", "ريف دير", "LOC [22,31) دير الزور")]         // a cut place is completed
    [InlineData("وقتل خمسة في ريف ادلب", "ريف", "LOC [17,21) ادلب")]                          // ريف alone is no place
    [InlineData("ونزحت عائلات الى ريف دمشق", "ريف دمشق", "LOC [17,25) ريف دمشق")]              // the governorate named ريف دمشق
    public void test_the_countryside_of_a_place_is_that_place(string text, string tagged, string expected)
    {
        int at = text.IndexOf(tagged, StringComparison.Ordinal);
        var entity = new Entity("e1", EntityType.LOC, tagged, System.Collections.Immutable.ImmutableArray.Create(new Mention(new TextSpan(at, at + tagged.Length))));
        var found = Mentions(Run(Docs.Tokenized(text).WithEntities(System.Collections.Immutable.ImmutableArray.Create(entity))));
        Assert.Equal(new[] { expected }, found);
    }

    [Theory]
    [InlineData("درس في جامعة الموصل", "جامعة الموصل", EntityType.ORG, "ORG [7,19) جامعة الموصل")]   // an organisation around the place
    [InlineData("على ضفاف نهر دجلة الخير", "دجلة الخير", EntityType.ORG, "ORG [13,23) دجلة الخير")] // a span across the place's edge
    [InlineData("وصل الى كيسمايو", "كيسمايو", EntityType.PER, "PER [8,15) كيسمايو")]                 // the same span keeps the tagger's type
    public void test_a_tagged_span_is_kept(string text, string tagged, EntityType type, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text).WithEntity("e1", type, tagged, tagged))));
    }

    [Theory]
    [InlineData("وفرضت المحكمة عقوبة بالسجن")]          // a penalty
    [InlineData("يواجه بعقوبة السجن")]                  // ب + عقوبة in construct: with a prison sentence, not the city
    [InlineData("وقالت منى ان الوضع صعب")]              // a woman's name: منى only in a place context
    [InlineData("ستعيش دوما في قلوبنا")]                // always
    [InlineData("ذهب الى بيت جده في القرية")]           // his grandfather
    [InlineData("وجدة عجوز تنتظر في الباب")]             // and a grandmother: وجدة only in a place context
    [InlineData("وامتدت طوابير طويلة امام المخابز")]      // long
    [InlineData("من اجل حياة كريمة")]                   // ك is never peeled: not the governorate ريمة
    [InlineData("عادت الى القدس مسقط رأسها")]          // مسقط رأس: a birthplace
    [InlineData("ستبقى دوما في قلوبنا")]                // always
    [InlineData("بحث في شأن الاتفاق")]                  // a matter, not a place
    [InlineData("وأن الوضع صعب")]                      // and that, not the Turkish province Van
    [InlineData("بعد خروجه من قفصه")]                  // its cage: ه is no ة of قفصة
    [InlineData("تدمر الجسم")]                         // destroys
    public void test_no_place_in_common_words(string text)
    {
        var found = Mentions(Run(Docs.Tokenized(text)));
        Assert.DoesNotContain(found, m => m.StartsWith("LOC", StringComparison.Ordinal) && !m.EndsWith("القدس", StringComparison.Ordinal));
    }

    [Fact]
    public void test_the_shipped_list_is_loaded_and_leaves_out_excluded_names()
    {
        var gazetteer = PlaceGazetteer.Shared;
        Assert.InRange(gazetteer.Count, 1500, 3000);
        var words = Hadath.Extraction.Text.WordScanner.Scan("منى مسقط", new TextSpan(0, 8));
        Assert.Equal(new[] { new TextSpan(4, 8) }, gazetteer.Find("منى مسقط", words));
    }

    [Fact]
    public void test_random_texts_of_place_pieces_give_ordered_spans_inside_the_text()
    {
        string[] pieces = ["منى", "(", "بعقوبة", "وب", "ل", "مكة", "المكرمة", "جده", "في", "نهر", "دجلة", "،", "رأس", "مسقط", "ه", "-", "\u064B", " "];
        var random = new Random(7);
        for (int n = 0; n < 500; n++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));
            var words = Hadath.Extraction.Text.WordScanner.Scan(text, new TextSpan(0, text.Length));
            var found = PlaceGazetteer.Shared.Find(text, words);
            for (int k = 0; k < found.Count; k++)
            {
                Assert.InRange(found[k].Start, 0, text.Length);
                Assert.InRange(found[k].End, found[k].Start + 1, text.Length);
                if (k > 0) Assert.True(found[k - 1].End <= found[k].Start, text);
            }
            Run(Docs.Tokenized(text));   // the whole stage never throws on them
        }
    }

    [Theory]
    [InlineData("سوسة", "TUN")]                 // a subdivision, its country from iso3166-2-db
    [InlineData("القصرين", "TUN")]
    [InlineData("الدار البيضاء", "MAR")]        // a time-zone city, its country from zone.tab
    [InlineData("الموصل", "IRQ")]               // a curated town, its country as written there
    [InlineData("مقديشو", "SOM")]
    [InlineData("بحر قزوين", null)]             // a sea across borders: none
    [InlineData("البحر الاحمر", null)]
    [InlineData("وجدة", "MAR")]                 // a place taken only in a place context, its country written with it
    [InlineData("طويلة", "SDN")]
    public void test_a_listed_place_has_the_country_of_its_list(string name, string? country)
    {
        Assert.Equal(country, PlaceGazetteer.Shared.Country(Hadath.Extraction.Actors.NameKey.Of(name)));
    }

    [Fact]
    public void test_a_place_the_dictionary_lacks_takes_its_listed_country_and_dates_a_story_there()
    {
        const string text = "الدار البيضاء (و م ع) - واتهمت نقابة المعلمين وزارة التربية الوطنية بالتنصل من الحوار. وتظاهر المعلمون في سوسة.";
        var doc = new Hadath.Extraction.Actors.ActorStage().Process(Docs.WithNamed(text,
            ("e1", EntityType.LOC, "الدار البيضاء"), ("e2", EntityType.ORG, "نقابة المعلمين"), ("e3", EntityType.ORG, "وزارة التربية الوطنية"), ("e4", EntityType.LOC, "سوسة")));
        Assert.Equal("MAR", doc.Entities.Single(e => e.Id == "e1").Actor);
        Assert.Equal("MARGOV", doc.Entities.Single(e => e.Id == "e3").Actor);
        Assert.Equal("TUN", doc.Entities.Single(e => e.Id == "e4").Actor);
    }
}
