using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>Names the tagger misses or cuts, mended by <see cref="NameRecoveryStage"/>.</summary>
public sealed class NameRecoveryTests
{
    private static AnalyzedDocument Run(AnalyzedDocument doc) => new NameRecoveryStage().Process(doc);

    /// <summary>Every mention as "TYPE text", in text order.</summary>
    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("واعلنت وزارة الداخلية الاحد ان الشرطة اوقفت 12 متظاهرا", "ORG وزارة الداخلية")]
    [InlineData("وفق ما اعلنت وزارة الخارجية الاميركية.", "ORG وزارة الخارجية الاميركية")]
    [InlineData("نقلت وكالة الانباء القطرية عن الامير", "ORG وكالة الانباء القطرية")]
    [InlineData("وتبنت حركة الشباب المتطرفة الهجوم", "ORG حركة الشباب")]
    [InlineData("وتبنى تنظيم الدولة الاسلامية الهجوم في بيان", "ORG تنظيم الدولة الاسلامية")]
    [InlineData("اعلنت مؤسسة النقد العربي السعودي ان", "ORG مؤسسة النقد العربي السعودي")]
    [InlineData("مسجلين لدى مفوضية الامم المتحدة لشؤون اللاجئين منذ 2011", "ORG مفوضية الامم المتحدة لشؤون اللاجئين")]
    [InlineData("وقال المتحدث باسم الشرطة الصومالية ان", "ORG الشرطة الصومالية")]
    [InlineData("بحسب المرصد السوري لحقوق الانسان.", "ORG المرصد السوري لحقوق الانسان")]
    [InlineData("وفق ما اعلنت المديرية العامة للامن الوطني في بيان", "ORG المديرية العامة للامن الوطني")]
    [InlineData("واعتقلت قوات الحزام الامني خمسة مشتبه بهم", "ORG قوات الحزام الامني")]
    [InlineData("وانتشرت قوات الامن العراقية في المدينة", "ORG قوات الامن العراقية")]
    [InlineData("فيما اشتبكت قوات مكافحة الارهاب مع مسلحين", "ORG قوات مكافحة الارهاب")]   // a verbal noun between head and complement
    [InlineData("وصلت قوات حفظ السلام الى المدينة", "ORG قوات حفظ السلام")]
    [InlineData("وشن سلاح الجو التركي غارات على مواقع", "ORG سلاح الجو التركي")]   // a country's air force: its military
    [InlineData("واسقط الدفاع الجوي طائرة لسلاح الجو الروسي", "ORG سلاح الجو الروسي")]
    [InlineData("امام محكمة النقض.", "ORG محكمة النقض")]
    [InlineData("وبمحكمة الاستئناف قضت", "ORG محكمة الاستئناف")]   // the clitic stays out of the span
    [InlineData("وفق ما اعلنت منظمة اطباء بلا حدود.", "ORG منظمة اطباء بلا حدود")]
    [InlineData("وقال المحامي لفرانس برس ان", "ORG فرانس برس")]
    [InlineData("وقتل خمسة في حي الكرادة وسط المدينة", "LOC الكرادة")]
    [InlineData("انتخب مجلس النواب العراقي السبت رئيسا له", "ORG مجلس النواب العراقي")]
    [InlineData("بحسب ما اعلنت لجنة اطباء السودان المركزية.", "ORG لجنة اطباء السودان المركزية")]   // a construct noun before the complements
    [InlineData("من جهته، اتهم الاتحاد العام لطلبة تونس الوزارة بالتنصل.", "ORG الاتحاد العام لطلبة تونس")]
    [InlineData("وقال المتحدث باسم حكومة الوفاق الوطني الليبية ان", "ORG حكومة الوفاق الوطني الليبية")]   // a listed name and its nationality   // a country's bare name as genitive
    [InlineData("بحسب شركة ارامكو السعودية.", "ORG شركة ارامكو السعودية")]
    [InlineData("واتهم تجمع المهنيين السودانيين الذي يقود الاحتجاجات", "ORG تجمع المهنيين السودانيين")]
    [InlineData("واتهم المجلس العسكري الانتقالي بارتكاب مجزرة", "ORG المجلس العسكري الانتقالي")]
    [InlineData("وسيطرت هيئة تحرير الشام على البلدة", "ORG هيئة تحرير الشام")]   // a council head with a verbal noun
    [InlineData("وتبنت حركة تحرير السودان الهجوم", "ORG حركة تحرير السودان")]
    [InlineData("وقالت لجنة حماية الصحفيين ان", "ORG لجنة حماية الصحفيين")]
    [InlineData("وتبنت جماعة نصرة الاسلام والمسلمين الهجوم", "ORG جماعة نصرة الاسلام والمسلمين")]   // نصرة: a group named for whom it supports
    [InlineData("واوقفت قوى الامن الداخلي ثلاثة اشخاص", "ORG قوى الامن الداخلي")]   // a weak head with two complements
    [InlineData("وبقوى الامن الداخلي اتصل", "ORG قوى الامن الداخلي")]                // the clitic stays out of the span
    [InlineData("ودعت قوى المعارضة السورية الى", "ORG قوى المعارضة السورية")]
    [InlineData("ونقلت كونا عن الوزير قوله ان", "ORG كونا")]                  // a one-word agency by its acronym
    [InlineData("بحسب ما ذكرت سانا.", "ORG سانا")]
    [InlineData("وقال المسؤول لسانا ان", "ORG سانا")]                         // the clitic stays out of the span
    [InlineData("وافادت وفا بان الجيش", "ORG وفا")]
    [InlineData("ونقلت هسبريس عن المحتجين", "ORG هسبريس")]
    [InlineData("ودان الازهر الشريف الهجوم على الكمين", "ORG الازهر الشريف")]   // a listed institution, hamza or none
    [InlineData("واعلنت رئاسة امن الدولة السعودية انها اوقفت ثلاثة", "ORG رئاسة امن الدولة السعودية")]   // state security: امن in construct
    [InlineData("وقررت نيابة امن الدولة العليا حبس المتهمين", "ORG نيابة امن الدولة العليا")]
    [InlineData("وقال جهاز امن الدولة في بيان ان", "ORG جهاز امن الدولة")]
    [InlineData("واحيل الملف الى نيابة امن الدولة.", "ORG نيابة امن الدولة")]
    public void test_names_found_where_nothing_was_tagged(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("وقتلت قوات الامن ثلاثة مسلحين")]           // security forces: any country's
    [InlineData("وتوقفت حركة السير في وسط المدينة")]       // traffic
    [InlineData("وقالت هيئة الدفاع ان الحكم قاس")]          // the defence team
    [InlineData("وقال المتحدث باسم للشرطة الصومالية")]      // لل: no span without its clitic
    [InlineData("واصيب ثلاثة في حي سكني")]                   // an adjective, not a name
    [InlineData("وقال الجيش في بيان ان")]                     // no nationality: whose army?
    [InlineData("وشكلت لجنة التحقيق فريقا")]
    [InlineData("وتولت الشركة تنظيم المهرجان هذا العام")]     // تنظيم = organising
    [InlineData("ورفض المجلس العسكري المطالب")]                // one adjective: a council, not its name
    [InlineData("واعلنت وزارة امس الاحد ان")]                  // no name after the head
    [InlineData("وشكلت لجنة خاصة الاسبوع الماضي")]
    [InlineData("وقالت مؤسسة للصحة النفسية ان")]
    [InlineData("وانتشرت قوى الامن في الشوارع")]               // security forces: a weak head with one complement
    [InlineData("وحذر من قوى الشر")]
    [InlineData("وقالت هيئة الشام ان")]                          // a weak head needs more than one complement
    [InlineData("وقال ان الشعب واع تماما بما يجري")]            // واع = aware, no agency acronym
    [InlineData("وقال ان حماية امن الدولة واجب")]                  // no head before امن
    [InlineData("وقدم نيابة عن الرئيس التعازي")]                    // نيابة عن: on behalf of
    [InlineData("وتسلم رئاسة امن بلاده")]                           // no definite complement after امن
    public void test_generic_phrases_are_not_names(string text)
    {
        Assert.Empty(Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("بثته اذاعة الاندلس التابعة لها", "الاندلس", EntityType.LOC, "ORG اذاعة الاندلس")]
    [InlineData("اعلنت وزارة المالية السعودية الاحد", "السعودية", EntityType.LOC, "ORG وزارة المالية السعودية")]
    [InlineData("وقال المحامي لفرانس برس ان", "فرانس برس", EntityType.PER, "ORG فرانس برس")]
    public void test_a_recovered_name_replaces_what_was_tagged_inside_it(string text, string tagged, EntityType type, string expected)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", type, tagged, tagged));
        Assert.Equal(new[] { expected }, Mentions(doc));
    }

    [Theory]
    [InlineData("تونس (وات) - اعلنت الحكومة", "وات")]              // TAP: a watt anywhere else (ميغا وات)
    [InlineData("الرياض (واس) - اعترضت الدفاعات", "واس")]
    [InlineData("الجزائر (وأج) - استدعت الجزائر", "وأج")]
    [InlineData("بغداد (واع) - اعلنت الشرطة", "واع")]
    [InlineData("طرابلس (وال) - اعلن خفر السواحل", "وال")]
    public void test_an_agency_credited_in_the_dateline_is_that_agency(string text, string credit)
    {
        Assert.Contains($"ORG {credit}", Mentions(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_an_agency_credited_in_the_dateline_replaces_a_place_tagged_there()
    {
        const string text = "صنعاء (سبأ) - قال المتحدث";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, "سبأ", "سبأ"));
        Assert.Contains("ORG سبأ", Mentions(doc));
        Assert.DoesNotContain("LOC سبأ", Mentions(doc));
    }

    [Theory]
    [InlineData("تونس (وات) - قال الوزير لوات ان الحكومة سترد.", new[] { "ORG وات", "ORG وات" })]                 // the clitic stays out of the span
    [InlineData("قابس (وات) - وقدر مراسل وات عدد المحتجين بالمئات.", new[] { "ORG وات", "ORG وات" })]
    [InlineData("عدن (سبأ) - وقال مصدر لوكالة الانباء اليمنية (سبأ) ان الطائرة سقطت.", new[] { "ORG سبأ", "ORG وكالة الانباء اليمنية", "ORG سبأ" })]
    [InlineData("بغداد (رويترز) - وقال مسؤول لـرويترز ان الهجوم وقع فجرا.", new[] { "ORG رويترز", "ORG رويترز" })]   // a tatweel after the clitic
    [InlineData("ورقلة (واج) - حسب ما علمته واج من مصادر محلية، ونقلت واج عن الوالي.", new[] { "ORG واج", "ORG واج", "ORG واج" })]
    public void test_an_agency_credited_in_the_dateline_is_that_agency_where_the_story_names_it_again(string text, string[] expected)
    {
        Assert.Equal(expected, Organisations(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("مأرب - سبأ\n\nقتل تسعة نازحين، وقال مصدر لسبأ ان الطائرة سقطت.", new[] { "ORG سبأ", "ORG سبأ" })]   // a dateline on its own line
    [InlineData("صلاح الدين / واع\n\nاعلنت الشرطة مقتل ثلاثة.", new[] { "ORG واع" })]
    [InlineData("مأرب - سبأ: اعلن الجيش اسقاط طائرة.", new[] { "ORG سبأ" })]                                     // a colon opening the story
    [InlineData("حماة-سانا\n\nاصيب ثلاثة مدنيين.", new[] { "ORG سانا" })]
    [InlineData("مأرب - سبأ مدينة قديمة.\n\nوقال مصدر ان الطائرة سقطت.", new string[0])]                         // a sentence, no dateline
    [InlineData("قال الوزير في خطاب القاه امام حشد كبير - سبأ\n\nوقال مصدر ان الطائرة سقطت.", new string[0])]       // too long to be a dateline
    public void test_an_agency_credited_after_a_dash_on_the_datelines_own_line_is_that_agency(string text, string[] expected)
    {
        Assert.Equal(expected, Organisations(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_an_agency_named_again_replaces_a_place_tagged_there()
    {
        const string text = "مأرب (سبأ) - وافاد مصدر طبي سبأ بان الحصيلة ارتفعت.";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, "سبأ", "سبأ"));
        Assert.Equal(new[] { "ORG سبأ", "ORG سبأ" }, Organisations(doc));
        Assert.DoesNotContain("LOC سبأ", Mentions(doc));
    }

    [Theory]
    [InlineData("تونس (وات) - وتنتج المحطة 300 ميغا وات يوميا.")]             // a watt after its scale or a number
    [InlineData("تونس (وات) - وتبلغ قدرة المحطة 120 وات.")]
    [InlineData("تونس - قال الوزير لوات ان الحكومة سترد.")]                      // no credit in the dateline: nothing to name again
    public void test_a_credit_word_after_a_number_or_with_no_credit_in_the_dateline_is_no_agency(string text)
    {
        Assert.Equal(text.StartsWith("تونس (", StringComparison.Ordinal) ? new[] { "ORG وات" } : [], Organisations(Run(Docs.Tokenized(text))));
    }

    /// <summary>The organisations among <see cref="Mentions"/> (the dateline's place is found too).</summary>
    private static string[] Organisations(AnalyzedDocument doc) => Mentions(doc).Where(m => m.StartsWith("ORG ", StringComparison.Ordinal)).ToArray();

    [Theory]
    [InlineData("الرباط (و م ع) - اعلنت الوزارة", "و م ع")]        // letters standing for the agency: no name
    [InlineData("بيروت (اف ب) - قتل ثلاثة", "اف ب")]
    [InlineData("وقال ان المحطة تنتج 300 ميغا وات (وات) يوميا", "وات")]   // a bracket past the dateline
    [InlineData("تونس - قال الوزير ان قدرة المحطة (وات) تضاعفت", "وات")]
    public void test_letters_credited_or_brackets_past_the_dateline_are_no_agency(string text, string credit)
    {
        Assert.DoesNotContain($"ORG {credit}", Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("واطلقوا طائرة مسيرة على مطار ابها الدولي.", "LOC مطار ابها الدولي")]          // closed by the adjective of its kind
    [InlineData("وهبطت الطائرة في مطار معيتيقة الدولي امس", "LOC مطار معيتيقة الدولي")]
    [InlineData("وسقطت صواريخ على قاعدة عين الاسد الجوية.", "LOC قاعدة عين الاسد الجوية")]
    [InlineData("وتوقف الانتاج في حقل العمر النفطي.", "LOC حقل العمر النفطي")]
    [InlineData("وعبرت الشاحنات معبر نصيب الحدودي.", "LOC معبر نصيب الحدودي")]
    [InlineData("وعاد اللاجئون الى مخيم الزعتري امس", "LOC مخيم الزعتري")]                   // a camp and its name in construct
    [InlineData("ويقيم الفلسطينيون في مخيم البداوي شمال لبنان", "LOC مخيم البداوي")]         // a nisba after an indefinite head is its genitive
    [InlineData("ونزحت 2000 اسرة الى مخيم زمزم منذ الخميس", "LOC مخيم زمزم")]               // one undefined word before a preposition
    [InlineData("وعبر المئات معبر جابر، بحسب الوزارة", "LOC معبر جابر")]
    [InlineData("وبمخيم الزعتري وزعت المساعدات", "LOC مخيم الزعتري")]                       // the clitic stays out of the span
    public void test_a_facility_is_named_with_its_noun(string text, string expected)
    {
        Assert.Contains(expected, Mentions(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_a_facility_takes_in_the_place_tagged_after_its_noun()
    {
        const string text = "ونقل المصابون الى مخيم الزعتري امس";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "الزعتري", "الزعتري"));
        Assert.Equal(new[] { "LOC مخيم الزعتري" }, Mentions(doc));
    }

    [Theory]
    [InlineData("وتقيم الاسر في مخيم للنازحين قرب المدينة")]          // لل: a camp for the displaced
    [InlineData("ونقلوا الى مخيم النازحين في المدينة")]               // people in the plural: whose camp, not its name
    [InlineData("واقيم مخيم جديد قرب الحدود")]                         // an adjective
    [InlineData("وتعمل الحكومة على بناء مطار دولي جديد.")]
    [InlineData("وانشأت روسيا قاعدة عسكرية في المنطقة.")]
    [InlineData("وتطوير حقل الغاز الطبيعي في البحر")]                  // no adjective of its kind closes it
    [InlineData("وحدثت قاعدة البيانات الخاصة بالناخبين")]
    [InlineData("وكانت كلماته معبرة تماما عن الموقف")]                  // معبرة: expressive, no crossing
    public void test_facility_nouns_without_a_name_are_no_place(string text)
    {
        Assert.DoesNotContain(Mentions(Run(Docs.Tokenized(text))), m => m.StartsWith("LOC مخيم") || m.StartsWith("LOC مطار") || m.StartsWith("LOC قاعدة") || m.StartsWith("LOC حقل") || m.StartsWith("LOC معبر"));
    }

    [Theory]
    [InlineData("وقال الهلال الاحمر الليبي ان فرقه انتشلت الجثث", "ORG الهلال الاحمر الليبي")]    // any country's Red Crescent, with its nationality
    [InlineData("وقالت الهلال الاحمر ان", "ORG الهلال الاحمر")]
    [InlineData("واعلن الصليب الاحمر السوداني ان", "ORG الصليب الاحمر السوداني")]
    [InlineData("واعلنت القيادة المركزية الامريكية ان مدمرة اسقطت الزورق", "ORG القيادة المركزية الامريكية")]   // CENTCOM
    [InlineData("وقالت اليونيفيل في بيان ان", "ORG اليونيفيل")]                                   // UNIFIL, tagged MISC
    [InlineData("وقالت قوة الامم المتحدة المؤقتة في لبنان ان", "ORG قوة الامم المتحدة المؤقتة في لبنان")]
    [InlineData("واعلنت مينوسما مقتل جندي", "ORG مينوسما")]                                      // MINUSMA
    public void test_aid_bodies_commands_and_missions_of_the_region_are_organisations(string text, string expected)
    {
        Assert.Contains(expected, Mentions(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_a_tagged_span_across_a_names_edge_is_kept()
    {
        const string text = "وتبنى تنظيم الدولة الاسلامية في العراق الهجوم";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الدولة الاسلامية في العراق", "الدولة الاسلامية في العراق"));
        Assert.Equal(new[] { "ORG الدولة الاسلامية في العراق" }, Mentions(doc));
    }

    [Theory]
    [InlineData("ترشح الرئيس عبد العزيز بوتفليقة لولاية خامسة", "عبد العزيز", "PER عبد العزيز بوتفليقة")]
    [InlineData("مع الملك عبد الله الثاني حول الازمة", "عبد الله", "PER عبد الله الثاني")]
    [InlineData("وقال عبد الله ان الوضع صعب", "عبد الله", "PER عبد الله")]             // a particle
    [InlineData("وكان عبد الله هاجم المعارضة", "عبد الله", "PER عبد الله")]              // a verb of the trigger table
    [InlineData("التقى عبد الله، ثم غادر", "عبد الله", "PER عبد الله")]                // punctuation ends it
    [InlineData("التقى محمد علي في المدينة", "محمد", "PER محمد")]                       // only after a compound first name
    [InlineData("وقال عبد الرحمن لوكالة فرانس برس ان", "عبد الرحمن", "PER عبد الرحمن|ORG فرانس برس")]   // whom he talks to
    [InlineData("وقال عبد الرحيم لصحيفة محلية ان", "عبد الرحيم", "PER عبد الرحيم")]
    public void test_person_names_cut_after_a_compound_first_name_are_completed(string text, string tagged, string expected)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, tagged, tagged));
        Assert.Equal(expected.Split('|'), Mentions(doc));
    }

    [Theory]
    [InlineData("قرض من صندوق النقد الدولي. وقالت ممثلة صندوق النقد ان", "صندوق النقد الدولي", "صندوق النقد")]
    [InlineData("اعلنت وزارة الخارجية الاميركية. وقال مسؤول في الخارجية الاميركية ان", "وزارة الخارجية الاميركية", "الخارجية الاميركية")]
    [InlineData("اعلن المرصد السوري لحقوق الانسان ان المرصد السوري يتابع", "المرصد السوري لحقوق الانسان", "المرصد السوري")]
    public void test_short_forms_of_an_organisation_are_that_organisation(string text, string full, string shortForm)
    {
        var doc = Run(Docs.Tokenized(text));
        var entity = Assert.Single(doc.Entities);
        Assert.Equal(EntityType.ORG, entity.Type);
        Assert.Equal(full, entity.Name);
        Assert.Equal(new[] { full, shortForm }, entity.Mentions.Select(m => text[m.Start..m.End]).ToArray());
    }

    [Fact]
    public void test_entities_are_renumbered_in_order_of_first_mention()
    {
        const string text = "اعلنت وزارة الداخلية ان جون كيري وصل. وقالت وزارة الداخلية ان";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "جون كيري", "جون كيري"));
        Assert.Equal(new[] { "e1", "e2" }, doc.Entities.Select(e => e.Id).ToArray());
        Assert.Equal(new[] { "وزارة الداخلية", "جون كيري" }, doc.Entities.Select(e => e.Name).ToArray());
        Assert.Equal(2, doc.Entities[0].Mentions.Length);
    }

    [Theory]
    [InlineData("وحكمت محكمة الاستئناف على المتهمين. وقالت المحكمة ان", "محكمة الاستئناف", "المحكمة")]
    [InlineData("اتهمت وزارة الدفاع الروسية الفصائل. ونفى المتحدث باسم الوزارة ان", "وزارة الدفاع الروسية", "الوزارة")]
    [InlineData("اعلنت المديرية العامة للامن الوطني اعتقال 45 شخصا. واضافت المديرية ان", "المديرية العامة للامن الوطني", "المديرية")]
    [InlineData("اعلنت دائرة الاحصاءات العامة الاردنية. واوضحت الدائرة ان", "دائرة الاحصاءات العامة الاردنية", "الدائرة")]
    public void test_an_institution_named_once_is_its_category_noun_later(string text, string name, string description)
    {
        var doc = new ActorStage().Process(Run(Docs.Tokenized(text)));
        var entity = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(new[] { name, description }, entity.Mentions.Select(m => text[m.Start..m.End]).ToArray());
    }

    [Fact]
    public void test_an_institution_before_a_persons_name_is_still_its_mention()
    {
        const string text = "اتهمت وزارة الدفاع الروسية الفصائل. ونفى المتحدث باسم الوزارة ايغور كوناشنكوف ان";
        var doc = new ActorStage().Process(Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "ايغور كوناشنكوف", "ايغور كوناشنكوف")));
        var ministry = Assert.Single(doc.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal(new[] { "وزارة الدفاع الروسية", "الوزارة" }, ministry.Mentions.Select(m => text[m.Start..m.End]).ToArray());
    }

    [Theory]
    [InlineData("واكد رئيس الحكومة الحبيب الصيد الاسبوع الماضي ان", "PER الحبيب الصيد")]
    [InlineData("وحكمت المحكمة على ناصر الزفزافي بالسجن", "PER ناصر الزفزافي")]
    [InlineData("وقال محافظ البنك فهد المبارك لوكالة فرانس برس", "PER فهد المبارك|ORG فرانس برس")]
    [InlineData("ترشح عبد العزيز بوتفليقة لولاية خامسة", "PER عبد العزيز بوتفليقة")]
    [InlineData("ولمحمد زيان رأي آخر", "PER محمد زيان")]          // the clitic stays out
    [InlineData("وقال محمد ان الوضع صعب", "")]                    // a particle is no family name
    [InlineData("التقى محمد، ثم غادر", "")]
    [InlineData("وقال فهد الاحد ان", "")]                          // a day is no family name
    [InlineData("واستقبل عبد الله ان", "")]
    [InlineData("توفي عن عمر ناهز 80 عاما", "")]                  // عمر = age
    [InlineData("نال جائزة الملك فيصل العالمية", "")]             // an adjective
    public void test_persons_found_by_a_given_name_and_the_word_after_it(string text, string expected)
    {
        var found = Mentions(Run(Docs.Tokenized(text))).Where(m => m.StartsWith("PER", StringComparison.Ordinal) || expected.Contains(m, StringComparison.Ordinal));
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), found.ToArray());
    }

    [Theory]
    [InlineData("وقال فهد المبارك ان القطاع متين. واضاف المبارك ان البنوك سجلت ارباحا", new[] { "PER فهد المبارك", "PER المبارك" })]
    [InlineData("وقال فهد المبارك ان القطاع متين في شهر رمضان المبارك", new[] { "PER فهد المبارك" })]   // not after a cue
    [InlineData("وقال فهد المبارك ان القطاع متين. وقال المبارك الجديد ان", new[] { "PER فهد المبارك" })]   // more words follow: not the name alone
    [InlineData("وقال فهد المبارك ان القطاع متين. وكان المبارك قد التقى الوفد", new[] { "PER فهد المبارك", "PER المبارك" })]   // a pluperfect's subject
    [InlineData("وقال فهد المبارك ان القطاع متين. ودعا المبارك البنوك الى التريث", new[] { "PER فهد المبارك", "PER المبارك" })]   // a call's subject
    [InlineData("وقال فهد المبارك ان القطاع متين. وكان المبارك يوما سعيدا", new[] { "PER فهد المبارك" })]   // كان with no قد: what the word was
    [InlineData("وقال محمد الامين ان الوضع خطير. وحذر الامين العام للمنظمة من التصعيد", new[] { "PER محمد الامين" })]   // a title before its adjective
    [InlineData("وقال احمد السيد ان الوضع خطير. وطالب السيد الرئيس بالاستقالة", new[] { "PER احمد السيد" })]         // a family name that is a title
    public void test_a_family_name_alone_after_a_speech_cue_is_the_person(string text, string[] expected)
    {
        Assert.Equal(expected, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    // the forces or fighters of a leader named in full earlier (a clash story's قوات حفتر after المشير خليفة حفتر)
    [InlineData("تقدمت قوات المشير خليفة حفتر نحو العاصمة. وقصفت طائرة تابعة لقوات حفتر مواقع", new[] { "PER خليفة حفتر", "PER حفتر" })]
    [InlineData("تقدمت قوات المشير خليفة حفتر نحو العاصمة. وصد الجيش هجوما لمقاتلي حفتر الاحد", new[] { "PER خليفة حفتر", "PER حفتر" })]
    // a pluperfect told by the family name alone (وكان X قد)
    [InlineData("وقال رمزي المشرفية ان الخطة جاهزة. وكان المشرفية قد اجتمع بالوفد", new[] { "PER رمزي المشرفية", "PER المشرفية" })]
    [InlineData("وقال رمزي المشرفية ان الخطة جاهزة. وكان المشرفية الجديد قد وصل", new[] { "PER رمزي المشرفية" })]   // more words follow: not the name alone
    public void test_a_family_name_alone_after_forces_or_a_pluperfect_is_the_person(string text, string[] expected)
    {
        var full = expected[0][4..];
        Assert.Equal(expected, Mentions(Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, full, full))));
    }

    [Fact]
    public void test_two_family_names_tagged_as_one_person_are_split()
    {
        // واتهم قنونو حفتر: the accuser's and the accused's family names side by side, each of a person named in full earlier
        const string text = "قال محمد قنونو ان قوات خليفة حفتر تقدمت. واتهم قنونو حفتر بالتصعيد";
        var doc = Run(Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "محمد قنونو", "محمد قنونو")
            .WithEntity("e2", EntityType.PER, "خليفة حفتر", "خليفة حفتر")
            .WithEntity("e3", EntityType.PER, "قنونو حفتر", "قنونو حفتر"));
        Assert.Equal(new[] { "PER محمد قنونو", "PER خليفة حفتر", "PER قنونو", "PER حفتر" }, Mentions(doc));
    }

    [Theory]
    // an organisation's acronym in brackets after its name, then alone: the same organisation, also where the tagger read it as MISC
    [InlineData("وقالت القيادة العسكرية الاميركية في افريقيا (افريكوم) انها نفذت غارة. واضافت افريكوم ان الغارة دقيقة", "القيادة العسكرية الاميركية في افريقيا", true)]
    [InlineData("ودانت بعثة الاتحاد الافريقي في الصومال (اميصوم) الهجوم. وقالت اميصوم ان جنودها بخير", "بعثة الاتحاد الافريقي في الصومال", false)]
    public void test_an_acronym_in_brackets_after_an_organisation_is_that_organisation(string text, string name, bool taggedMisc)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, name, name);
        var acronym = text.Substring(text.IndexOf('(') + 1, text.IndexOf(')') - text.IndexOf('(') - 1);
        if (taggedMisc) doc = doc.WithEntity("e2", EntityType.MISC, acronym, acronym);
        var org = Assert.Single(Run(doc).Entities);
        Assert.Equal(EntityType.ORG, org.Type);
        Assert.Equal(new[] { name, acronym, acronym }, org.Mentions.Select(m => text[m.Start..m.End]).ToArray());
    }

    [Theory]
    [InlineData("وقالت حركة الشباب (الصومالية) ان الصومالية لم تعلق")]   // a nisba adjective
    [InlineData("وقالت حركة الشباب (الحاكم) ان الحاكم لم يعلق")]          // an adjective of a body
    public void test_an_adjective_in_brackets_after_an_organisation_is_no_acronym(string text)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "حركة الشباب", "حركة الشباب"));
        Assert.Equal(new[] { "ORG حركة الشباب" }, Mentions(doc));
    }

    [Fact]
    public void test_a_place_in_brackets_after_an_organisation_stays_a_place()
    {
        const string text = "قالت وكالة الانباء الرسمية (تونس) ان الوزير وصل الى تونس";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "وكالة الانباء الرسمية", "وكالة الانباء الرسمية").WithEntity("e2", EntityType.LOC, "تونس", "تونس"));
        Assert.All(doc.Entities.Where(e => e.Mentions.Any(m => text[m.Start..m.End] == "تونس")), e => Assert.Equal(EntityType.LOC, e.Type));
    }

    [Fact]
    public void test_currency_words_tagged_as_names_are_dropped()
    {
        const string text = "ستقدم مساعدات بقيمة 1,3 مليار دولار الى مصر";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.MISC, "دولار", "دولار").WithEntity("e2", EntityType.LOC, "مصر", "مصر"));
        Assert.Equal(new[] { "LOC مصر" }, Mentions(doc));
    }

    [Theory]
    [InlineData("بعد انتهاء العمليات العسكرية ضد تنظيم \"داعش\" في المحافظة", "ORG تنظيم \"داعش\"")]
    [InlineData("بعد انتهاء العمليات العسكرية ضد لتنظيم \"داعش\" في المحافظة", "ORG داعش")]
    public void test_a_group_head_without_a_clitic_takes_the_quoted_name_after_it(string text, string mention)
    {
        Assert.Equal(new[] { mention }, Mentions(Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "داعش", "داعش"))));
    }

    [Theory]
    [InlineData("وقالت وزارة الطاقة والمياه ان الباخرة وصلت", "ORG وزارة الطاقة والمياه")]
    [InlineData("قالت وزارة الهجرة والمهجرين العراقية ان النازحين عادوا", "ORG وزارة الهجرة والمهجرين العراقية")]
    [InlineData("وقالت وزارة الداخلية والجيش ان الهجوم احبط", "ORG وزارة الداخلية")]
    public void test_a_ministry_takes_a_second_portfolio_joined_by_waw(string text, string mention)
    {
        Assert.Equal(new[] { mention }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("وقال وزير الشؤون الاجتماعية سامر نصار، في مؤتمر صحفي، ان الخطة جاهزة", "PER سامر نصار")]
    [InlineData("وقال الناشط سليم الحلو لوكالة فرانس برس ان الشرطة اعتقلت ستة", "PER سليم الحلو")]
    [InlineData("وقالت رئيسة البعثة بالانابة ماريا لوبيز ان المدنيين يدفعون الثمن", "PER ماريا لوبيز")]
    public void test_a_name_missed_between_a_speakers_title_and_what_he_says_is_a_person(string text, string mention)
    {
        Assert.Contains(mention, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("واتهم وزير الدولة لشؤون النازحين كمال الشامي المنظمات الدولية بتخويف النازحين", "PER كمال الشامي")]
    [InlineData("وقال مستشار الرئيس لشؤون الاغاثة والطوارئ فارس حداد ان القوافل وصلت", "PER فارس حداد")]
    [InlineData("وقال وزير الدولة لشؤون النازحين امس ان", null)]          // a time, no name
    [InlineData("وطالب بتعيين وزير لشؤون النازحين في الحكومة", null)]       // a post, no one holding it
    [InlineData("واتهم وزير الدولة لشؤون النازحين قوات النظام بقصف المخيمات", null)]          // the object: a plural in ات
    [InlineData("وحمل مستشار الرئيس لشؤون الامن حكومة الاحتلال مسؤولية التصعيد", null)]      // the object: a head in ة
    [InlineData("وشدد وزير الدولة لشؤون النازحين ضرورة توفير المساعدات", null)]            // what he stressed
    public void test_a_name_after_a_title_and_its_portfolio_is_a_person(string text, string? mention)
    {
        var persons = Mentions(Run(Docs.Tokenized(text))).Where(m => m.StartsWith("PER", StringComparison.Ordinal)).ToArray();
        Assert.Equal(mention is null ? [] : new[] { mention }, persons);
    }

    [Theory]
    [InlineData("واستقبل الوزير السفير الروسي في بيروت ايغور بوريسوف", "PER ايغور بوريسوف")]   // past where the post sits
    [InlineData("وقال السفير الروسي في بيان صحفي ان", null)]                                    // في بيان: how, not where
    public void test_a_name_after_an_ambassador_and_where_he_serves_is_a_person(string text, string? mention)
    {
        var doc = Docs.Tokenized(text);
        if (text.Contains("بيروت", StringComparison.Ordinal)) doc = doc.WithEntity("e1", EntityType.LOC, "بيروت", "بيروت");
        var persons = Mentions(Run(doc)).Where(m => m.StartsWith("PER", StringComparison.Ordinal)).ToArray();
        Assert.Equal(mention is null ? [] : new[] { mention }, persons);
    }

    [Theory]
    [InlineData("واتهم عضو مجلس المحافظة ناجح الكبيسي وزارة الدفاع بالتقصير", "مجلس المحافظة", "PER ناجح الكبيسي")]
    [InlineData("واتهم المتحدث باسم حكومة الاقليم سردار محمود، في مؤتمر صحفي، وزارة الدفاع بخرق الاتفاق", "حكومة الاقليم", "PER سردار محمود")]
    [InlineData("وقال الناطق الرسمي باسم حركة التغيير هوشيار عمر ان", "حركة التغيير", "PER هوشيار عمر")]
    [InlineData("واتهم الامين العام لحزب الامة مبارك الفاضل وزارة الدفاع بالتقصير", "حزب الامة", "PER مبارك الفاضل")]
    [InlineData("واتهم عضو مجلس المحافظة ناجح حسن الكبيسي وزارة الدفاع بالتقصير", "مجلس المحافظة", "PER ناجح حسن الكبيسي")]   // a family name in ي after the two words
    public void test_a_name_missed_after_an_office_and_its_body_is_a_person(string text, string body, string mention)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body);
        if (text.Contains("وزارة الدفاع", StringComparison.Ordinal)) doc = doc.WithEntity("e2", EntityType.ORG, "وزارة الدفاع", "وزارة الدفاع");
        Assert.Equal(new[] { mention }, Mentions(Run(doc)).Where(m => m.StartsWith("PER", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("ودعا الامين العام لحزب الامة جميع الاطراف الى ضبط النفس", "حزب الامة", EntityType.ORG)]
    [InlineData("وطالب رئيس الحكومة العراقية سلطات الاقليم بتسليم المطلوبين", "الحكومة العراقية", EntityType.ORG)]
    [InlineData("وطالب المتحدث باسم وزارة الصحة مؤسسات المجتمع الدولي بالتدخل", "وزارة الصحة", EntityType.ORG)]
    [InlineData("وحذر محافظ الانبار سكان المدينة من الاقتراب من المنطقة", "الانبار", EntityType.LOC)]
    public void test_the_object_after_an_office_and_its_body_is_no_person(string text, string body, EntityType type)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", type, body, body));
        Assert.DoesNotContain(Mentions(doc), m => m.StartsWith("PER", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("واستقبل والي نابل منور الورتاني ممثلين عن العمال", "نابل", EntityType.LOC, "PER منور الورتاني")]          // a governor of a place
    [InlineData("واتهم عضو مجلس محافظة نينوى خالد العبيدي الحكومة بالتقصير", "نينوى", EntityType.LOC, "PER خالد العبيدي")]   // the council's province tagged apart
    [InlineData("واتهم عضو نابل منور الورتاني بالتقصير", "نابل", EntityType.LOC, null)]                                      // only a governor holds his office in a place
    public void test_a_name_after_a_governor_or_a_council_and_its_province_is_a_person(string text, string place, EntityType type, string? mention)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", type, place, place);
        if (text.Contains("مجلس محافظة", StringComparison.Ordinal)) doc = doc.WithEntity("e2", EntityType.ORG, "مجلس محافظة", "مجلس محافظة");
        var persons = Mentions(Run(doc)).Where(m => m.StartsWith("PER", StringComparison.Ordinal)).ToArray();
        Assert.Equal(mention is null ? [] : new[] { mention }, persons);
    }

    [Fact]
    public void test_a_first_name_the_tagger_left_out_after_an_office_and_its_body_joins_the_family_name()
    {
        const string text = "واتهم رئيس مجلس المحافظة عامر الجبوري وزارة الدفاع بالتقصير";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "مجلس المحافظة", "مجلس المحافظة")
            .WithEntity("e2", EntityType.PER, "الجبوري", "الجبوري").WithEntity("e3", EntityType.ORG, "وزارة الدفاع", "وزارة الدفاع"));
        Assert.Equal(new[] { "ORG مجلس المحافظة", "PER عامر الجبوري", "ORG وزارة الدفاع" }, Mentions(doc));
    }

    [Theory]
    [InlineData("واتهم رئيس مجلس المحافظة حكومة الاقليم بالتقصير")]      // a body the tagger missed, not a name
    [InlineData("وقال المتحدث باسم مجلس المحافظة امس الاحد ان")]           // a time
    [InlineData("وطالب عضو مجلس المحافظة كتلة الاحرار بالانسحاب")]          // a body the tagger missed, after ة
    [InlineData("وقال رئيس مجلس المحافظة صباح الاحد ان")]                  // a time, though صباح is a given name too
    [InlineData("وطالب سكان مجلس المحافظة بتوفير الخدمات")]                // no office before the body
    [InlineData("وقال عضو مجلس المحافظة ورئيس لجنة الامن فيه ان")]           // a second office
    public void test_words_after_an_office_and_its_body_that_are_no_name(string text)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "مجلس المحافظة", "مجلس المحافظة"));
        Assert.DoesNotContain(Mentions(doc), m => m.StartsWith("PER", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال كريم الساعدي رئيس مجلس المحافظة تقليص الحصص سيضر المزارعين", "PER كريم الساعدي")]   // the office is his title
    [InlineData("وتراجع انتاج البلد العضو بمجلس المحافظة عند ادنى مستوياته", null)]                 // a member, no office
    public void test_an_office_without_a_holder_after_its_body_names_no_one(string text, string? named)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "مجلس المحافظة", "مجلس المحافظة");
        if (named is not null) doc = doc.WithEntity("e2", EntityType.PER, named[4..], named[4..]);
        Assert.Equal(named is null ? [] : new[] { named }, Mentions(Run(doc)).Where(m => m.StartsWith("PER", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("وقال مسؤول امني عراقي ان الهجوم احبط")]
    [InlineData("وقال مسؤول في الشرطة رفض الكشف عن اسمه ان الهجوم احبط")]
    [InlineData("وقال ضابط في الشرطة برتبة عقيد ان الهجوم احبط")]
    [InlineData("واضاف المصدر الامني نفسه ان الهجوم احبط")]
    [InlineData("وقالت المنظمة ان القاربين كانا يقلان نحو ثلاثمئة شخص، غالبيتهم من افريقيا")]
    [InlineData("وقالت مصادر في الشرطة العراقية ومصادر طبية ان 11 مدنيا قتلوا")]
    public void test_an_unnamed_speakers_words_are_no_person(string text)
    {
        Assert.DoesNotContain(Mentions(Run(Docs.Tokenized(text))), m => m.StartsWith("PER", StringComparison.Ordinal));
    }

    [Fact]
    public void test_a_title_before_a_name_between_commas_is_no_person()
    {
        const string text = "وقال عضو التنسيقية الوطنية لطلبة معاهد التمريض، يوسف البقالي، ان الطلبة اصيبوا";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "يوسف البقالي", "يوسف البقالي"));
        Assert.Equal(new[] { "PER يوسف البقالي" }, Mentions(doc).Where(m => m.StartsWith("PER", StringComparison.Ordinal)));
    }

    [Fact]
    public void test_a_communique_tagged_as_a_person_is_dropped()
    {
        const string text = "وقال بلاغ للمديرية العامة للامن الوطني ان الشرطة اوقفت 21 شخصا في خنيفرة";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "بلاغ", "بلاغ").WithEntity("e2", EntityType.LOC, "خنيفرة", "خنيفرة"));
        Assert.Equal(new[] { "LOC خنيفرة" }, Mentions(doc));
    }

    [Fact]
    public void test_a_weak_head_with_one_complement_is_a_name_when_the_complement_was_tagged()
    {
        const string text = "ان المفاوضات مع ائتلاف النصر قطعت شوطا";
        Assert.Equal(new[] { "ORG ائتلاف النصر" }, Mentions(Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "النصر", "النصر"))));
        Assert.Empty(Mentions(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_a_person_span_run_into_another_persons_family_name_is_split()
    {
        const string text = "انتخب المجلس محمد الحلبوسي. وهنأ رئيس الوزراء حيدر العبادي الحلبوسي، مؤكدا ان";
        var doc = Run(Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "محمد الحلبوسي", "محمد الحلبوسي")
            .WithEntity("e2", EntityType.PER, "حيدر العبادي الحلبوسي", "حيدر العبادي الحلبوسي"));
        Assert.Equal(new[] { "PER محمد الحلبوسي", "PER حيدر العبادي", "PER الحلبوسي" }, Mentions(doc));
    }

    [Fact]
    public void test_persons_sharing_a_two_word_family_name_are_not_split()
    {
        // a father and son who share a family name of two words (قايد السبسي): no other person's name run into his
        const string text = "استقبل رئيس الجمهورية الباجي قايد السبسي وفدا يتقدمه المدير التنفيذي للحزب حافظ قايد السبسي";
        var doc = Run(Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "الباجي قايد السبسي", "الباجي قايد السبسي")
            .WithEntity("e2", EntityType.PER, "حافظ قايد السبسي", "حافظ قايد السبسي"));
        Assert.Contains("PER الباجي قايد السبسي", Mentions(doc));
        Assert.Contains("PER حافظ قايد السبسي", Mentions(doc));
        Assert.DoesNotContain("PER الباجي قايد", Mentions(doc));
    }

    [Fact]
    public void test_a_full_name_is_not_split_by_its_short_form()
    {
        // قايد السبسي told short later: the family name of two words is his own, not another person's
        const string text = "استقبل رئيس الجمهورية الباجي قايد السبسي وفدا. وقال قايد السبسي ان الحوار مستمر";
        int later = text.LastIndexOf("قايد السبسي", StringComparison.Ordinal);
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "الباجي قايد السبسي", "الباجي قايد السبسي");
        doc = doc.WithEntities(doc.Entities.Add(new Entity("e2", EntityType.PER, "قايد السبسي", [new Mention(new TextSpan(later, later + "قايد السبسي".Length))])));
        Assert.Contains("PER الباجي قايد السبسي", Mentions(Run(doc)));
        Assert.DoesNotContain("PER الباجي قايد", Mentions(Run(doc)));
    }
    [Theory]
    [InlineData("واوقف عشرة اشخاص بحسب مديرية الامن العام في بيان", "ORG مديرية الامن العام")]                 // العام ends no name here
    [InlineData("وفق ما اعلنت المديرية العامة للامن العام الاحد", "ORG المديرية العامة للامن العام")]
    [InlineData("وارتفعت صادرات وزارة الزراعة العام الماضي", "ORG وزارة الزراعة")]                          // the year
    [InlineData("ودعت اليه نقابة المهندسين الاردنيين في بيان", "ORG نقابة المهندسين الاردنيين")]
    [InlineData("بدعوة من التنسيقية الوطنية للاطباء المتعاقدين في بيان", "ORG التنسيقية الوطنية للاطباء المتعاقدين")]
    [InlineData("وقالت التنسيقية المستقلة للعمال المياومين الجزائريين ان", "ORG التنسيقية المستقلة للعمال المياومين الجزائريين")]
    [InlineData("واعلنت الادارة الجهوية للامن الوطني في بيان", "ORG الادارة الجهوية للامن الوطني")]
    [InlineData("وفق ارقام المعهد الوطني للاحصاء الصادرة امس", "ORG المعهد الوطني للاحصاء")]
    [InlineData("ونقلت الاكاديمية الجهوية للتربية والتكوين عن", "ORG الاكاديمية الجهوية للتربية والتكوين")]
    [InlineData("وقالت المنظمة الدولية للهجرة ان 30 مهاجرا", "ORG المنظمة الدولية للهجرة")]
    [InlineData("وطالبت النقابة العامة لعمال البناء والاخشاب الحكومة", "ORG النقابة العامة لعمال البناء والاخشاب")]
    [InlineData("وقالت قيادة العمليات المشتركة في بيان", "ORG قيادة العمليات المشتركة")]
    [InlineData("وانتقدت الادارة الاميركية القرار", "ORG الادارة الاميركية")]
    public void test_designator_chains_are_one_organisation(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("وقالت نقابة اصحاب المطاعم في بيان ان", "ORG نقابة اصحاب المطاعم")]             // a construct noun, then its genitive
    [InlineData("واعلنت شركة نفط الجنوب ان الانتاج تراجع", "ORG شركة نفط الجنوب")]
    [InlineData("ودعت رابطة علماء اليمن الى التهدئة", "ORG رابطة علماء اليمن")]
    [InlineData("واوقف جهاز مكافحة الهجرة غير الشرعية 40 مهاجرا", "ORG جهاز مكافحة الهجرة غير الشرعية")]
    [InlineData("وقال جهاز الامن الوطني في بيان ان", "ORG جهاز الامن الوطني")]
    [InlineData("وقال الائتلاف الاردني لحقوق العمال ان", "ORG الائتلاف الاردني لحقوق العمال")]   // a nationality, then what it is for
    [InlineData("بحسب المركز التونسي للحقوق المدنية والسياسية.", "ORG المركز التونسي للحقوق المدنية والسياسية")]
    [InlineData("ودعت الجامعة العامة للتعليم الثانوي الى الاضراب", "ORG الجامعة العامة للتعليم الثانوي")]
    [InlineData("وقالت التنسيقية الوطنية للاطباء حاملي الشهادات ان", "ORG التنسيقية الوطنية للاطباء حاملي الشهادات")]
    [InlineData("ونظمت التنسيقية الوطنية لطلبة معاهد الصحة وقفة", "ORG التنسيقية الوطنية لطلبة معاهد الصحة")]
    [InlineData("واوقف الدرك الوطني خمسة اشخاص", "ORG الدرك الوطني")]
    [InlineData("ودان الاتحاد الجهوي للشغل الحل الامني", "ORG الاتحاد الجهوي للشغل")]                 // a union, by what it is for
    [InlineData("ونفذ الاتحاد المحلي للشغل اضرابا عاما", "ORG الاتحاد المحلي للشغل")]
    [InlineData("وقال مفوض الاتحاد الاوروبي للتجارة ان", "ORG الاتحاد الاوروبي")]                    // a union of states: a portfolio after it
    [InlineData("واكدت اللجنة الوطنية للدفاع عن حقوق البطالين ان", "ORG اللجنة الوطنية للدفاع عن حقوق البطالين")]   // for, then عن
    [InlineData("وطالبت المنظمة الوطنية للدفاع عن الحريات بالافراج", "ORG المنظمة الوطنية للدفاع عن الحريات")]
    [InlineData("وقالت جمعية الهلال الاحمر الفلسطيني ان", "ORG جمعية الهلال الاحمر الفلسطيني")]   // a colour goes on the name
    public void test_long_body_names_are_one_organisation(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    // a ministry told by its portfolio alone (وزارة left out), the nationality agreeing with it
    [InlineData("وطالبت الخارجية الكندية السلطات بالافراج عن الناشطين", "ORG الخارجية الكندية")]
    [InlineData("وادانت الداخلية العراقية الهجوم", "ORG الداخلية العراقية")]
    [InlineData("وقال المتحدث باسم الخارجية الايرانية ان", "ORG الخارجية الايرانية")]
    [InlineData("واعلنت الدفاع الروسية ان طائراتها قصفت مواقع", "ORG الدفاع الروسية")]
    public void test_a_ministry_named_by_its_portfolio_alone_is_an_organisation(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    // blocs, leaders, courts and security bodies the tagger misses in a sentence of their own (Lexicons/names.tsv)
    [InlineData("واعلن الاطار التنسيقي رفضه للنتائج", "ORG الاطار التنسيقي")]
    [InlineData("وقال مقتدى الصدر في تغريدة ان", "PER مقتدى الصدر")]
    [InlineData("واصدرت المحكمة الجنائية الدولية مذكرة توقيف", "ORG المحكمة الجنائية الدولية")]
    [InlineData("واعتقلت شرطة الاخلاق الشابة", "ORG شرطة الاخلاق")]
    [InlineData("وفرضت ايكواس عقوبات على المجلس", "ORG ايكواس")]
    [InlineData("وهاجمت حركة الشباب المجاهدين قاعدة", "ORG حركة الشباب المجاهدين")]
    public void test_well_known_bodies_and_leaders_are_listed_names(string text, string expected)
    {
        Assert.Contains(expected, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("وانتقد السياسة الخارجية الاميركية في المنطقة")]          // a policy, not a ministry
    [InlineData("وقال مساعد وزيرة الخارجية الكندية للشؤون الافريقية ان")] // part of a title
    [InlineData("وقال ان القوات الداخلية المصرية انتشرت")]                 // an adjective of a force
    [InlineData("واتهمته بكشف اسرار للمخابرات الخارجية البريطانية")]       // an adjective behind لل
    public void test_a_portfolio_word_that_names_no_ministry(string text)
    {
        Assert.DoesNotContain(Mentions(Run(Docs.Tokenized(text))), m => m.StartsWith("ORG الخارجية", StringComparison.Ordinal) || m.StartsWith("ORG الداخلية", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال المركز التونسي في بيان ان")]              // a nationality alone: which centre?
    [InlineData("ودرس في الجامعة الاردنية سنتين")]              // a nationality without what the body is for
    [InlineData("وتوقف جهاز الكشف عن العمل")]                    // a device, not a body
    [InlineData("وقالت نقابة اصحاب ان")]                          // no genitive after the construct noun
    [InlineData("وخسرت شركة نقل الشهور الماضية")]                 // a time word is no genitive
    [InlineData("واسس شركة لتصنيع السيارات")]                     // a company of a kind
    public void test_body_heads_that_name_no_organisation(string text)
    {
        Assert.Empty(Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("ودعت الجامعة التونسية لمديري المدارس والنقابة العامة للتعليم الى الاضراب",
        new[] { "ORG الجامعة التونسية لمديري المدارس", "ORG النقابة العامة للتعليم" })]   // و opens a second body
    [InlineData("وقال رئيس الجامعة التونسية للسياحة خالد المنصوري ان",
        new[] { "ORG الجامعة التونسية للسياحة", "PER خالد المنصوري" })]                  // a given name opens the person
    [InlineData("بحسب المركز الوطني للارشاد بالادارة العامة للفلاحة",
        new[] { "ORG المركز الوطني للارشاد", "ORG الادارة العامة للفلاحة" })]                 // ب ends the name
    public void test_a_body_name_ends_where_the_next_name_starts(string text, string[] expected)
    {
        Assert.Equal(expected, Mentions(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_a_definite_word_after_a_tagged_name_is_no_genitive_of_it()
    {
        const string text = "وقال متحدث باسم شركة فيسبوك المنافسة ان";
        Assert.Equal(new[] { "ORG فيسبوك" }, Mentions(Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "فيسبوك", "فيسبوك"))));
    }

    [Fact]
    public void test_a_definite_heads_adjectives_are_no_short_form()
    {
        const string text = "ونددت المنظمة الليبية لمناهضة التعذيب بالحكم. وفق التقرير السنوي للمنظمة الليبية لمناهضة التعذيب";
        Assert.Equal(new[] { "ORG المنظمة الليبية لمناهضة التعذيب" }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("ودعت التنسيقية المحلية الى الاضراب")]          // a qualifier alone: which coordination?
    [InlineData("وقالت الادارة الجهوية ان الطريق مغلق")]
    [InlineData("والتقى وزير الادارة المحلية السوري نظيره")]   // a minister's portfolio
    [InlineData("وقال مصدر في قيادة الشرطة ان")]                // whose police?
    public void test_designators_that_name_no_organisation(string text)
    {
        Assert.Empty(Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("وقال مصدر في الامن العام ان القافلة وصلت", "ORG الامن العام")]
    [InlineData("ونظم الامن العام اللبناني عودة 400 لاجئ", "ORG الامن العام اللبناني")]
    [InlineData("وسيوزع برنامج الاغذية العالمي حصصا غذائية", "ORG برنامج الاغذية العالمي")]
    [InlineData("وفرق الدرك الملكي المحتجين", "ORG الدرك الملكي")]
    [InlineData("واعتقلت قوة من الشرطة الاتحادية مشتبها به", "ORG الشرطة الاتحادية")]
    [InlineData("ونقلت فرق الدفاع المدني الجرحى", "ORG الدفاع المدني")]
    [InlineData("وقال المحافظ لشينخوا ان", "ORG شينخوا")]
    [InlineData("وقال ضابط للاناضول ان", "")]                       // لل: no span without its clitic
    [InlineData("وقال ضابط لمراسل الاناضول ان", "ORG الاناضول")]
    [InlineData("ذكرت السومرية نيوز ان", "ORG السومرية نيوز")]
    [InlineData("وقال مسؤول في الاسايش ان", "ORG الاسايش")]
    [InlineData("واشتبكت عناصر من قوات الدفاع الوطني مع", "ORG قوات الدفاع الوطني")]
    [InlineData("واتهمت وحدات حماية الشعب الكردية الحكومة", "ORG وحدات حماية الشعب الكردية")]
    [InlineData("وتقدمت قوات البيشمركة نحو البلدة", "ORG قوات البيشمركة")]
    public void test_listed_bodies_are_organisations(string text, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_anatolia_tagged_a_place_is_the_agency()
    {
        const string text = "وقال مصدر امني لمراسل الاناضول ان";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, "الاناضول", "الاناضول"));
        Assert.Equal(new[] { "ORG الاناضول" }, Mentions(doc));
    }

    [Theory]
    [InlineData("دعت نقابة المعلمين الى الاضراب. وقالت النقابة ان", "نقابة المعلمين", "النقابة")]
    [InlineData("وفق المرصد السوري لحقوق الانسان. وتابع المرصد قائلا ان", "المرصد السوري لحقوق الانسان", "المرصد")]
    [InlineData("وقالت قيادة العمليات المشتركة ان الهجوم فشل. واضافت القيادة ان", "قيادة العمليات المشتركة", "القيادة")]
    public void test_a_designator_named_once_is_the_organisation_later(string text, string name, string description)
    {
        var doc = new ActorStage().Process(Run(Docs.Tokenized(text)));
        var entity = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(new[] { name, description }, entity.Mentions.Select(m => text[m.Start..m.End]).ToArray());
    }

    [Theory]
    [InlineData("واعتصم عمال شركة فسفاط قفصة امام مقرها", "ORG شركة فسفاط قفصة")]            // head, construct noun, listed place
    [InlineData("واكد مصدر في قيادة عمليات الانبار ان", "ORG قيادة عمليات الانبار")]
    [InlineData("وقال عضو مجلس محافظة الانبار ان", "ORG مجلس محافظة الانبار")]
    [InlineData("بحسب بيان لقيادة شرطة محافظة الانبار", "ORG قيادة شرطة محافظة الانبار")]   // the clitic stays out
    [InlineData("واعتقلت شرطة نينوى ثلاثة مشتبه بهم", "ORG شرطة نينوى")]
    [InlineData("ونقل الجرحى الى مستشفى سامراء العام", "ORG مستشفى سامراء العام")]              // an adjective after the place
    [InlineData("وقالت قيادة عمليات صلاح الدين ان", "ORG قيادة عمليات صلاح الدين")]
    [InlineData("واعلنت شرطة ولاية الخرطوم توقيف ثلاثة اشخاص", "ORG شرطة ولاية الخرطوم")]   // ولاية, a noun opening with و
    [InlineData("وقال مدير شرطة ولاية الخرطوم ان", "ORG شرطة ولاية الخرطوم")]
    public void test_a_body_named_after_a_place_is_one_organisation(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Theory]
    [InlineData("واعتصم موظفو مؤسسة كهرباء لبنان امام مقرها", "لبنان", EntityType.LOC, "ORG مؤسسة كهرباء لبنان")]
    [InlineData("وقال رئيس مجلس محافظة صلاح الدين ان", "صلاح الدين", EntityType.PER, "ORG مجلس محافظة صلاح الدين")]
    [InlineData("وقتل ثلاثة في صلاح الدين امس", "صلاح الدين", EntityType.PER, "LOC صلاح الدين")]
    [InlineData("واندلعت مواجهات في سيدي احمد مساء", "سيدي احمد", EntityType.PER, "LOC سيدي احمد")]     // a Maghreb place by its سيدي
    [InlineData("وتظاهر العشرات في سيدي افني امس", "سيدي افني", EntityType.PER, "LOC سيدي افني")]   // a listed place tagged a person
    public void test_a_place_tagged_inside_a_body_or_as_a_person_is_mended(string text, string tagged, EntityType type, string expected)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", type, tagged, tagged));
        Assert.Equal(expected.Split('|'), Mentions(doc));
    }

    [Theory]
    [InlineData("وحلقت طائرات فوق بغداد امس")]                 // no head before the place
    [InlineData("وقال مصدر في شرطة، بغداد ان")]               // punctuation between
    [InlineData("ووصلت الى مستشفى وبغداد")]
    [InlineData("وشنت القوات بقيادة السعودية غارات")]         // led by: no body (with التحالف before it, the bare word is the coalition)
    public void test_a_place_without_a_body_head_before_it_stays_a_place(string text)
    {
        Assert.All(Mentions(Run(Docs.Tokenized(text))), m => Assert.StartsWith("LOC", m));
    }

    [Fact]
    public void test_a_hospital_named_once_is_the_hospital_later()
    {
        const string text = "ونقل الجرحى الى مستشفى سامراء العام. وقال مدير المستشفى ان";
        var doc = new ActorStage().Process(Run(Docs.Tokenized(text)));
        var entity = Assert.Single(doc.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal(new[] { "مستشفى سامراء العام", "المستشفى" }, entity.Mentions.Select(m => text[m.Start..m.End]).ToArray());
    }

    [Theory]
    [InlineData("وتظاهر العشرات في بني ملال امس", "LOC بني ملال")]
    [InlineData("وقطع محتجون الطريق في المتلوي", "LOC المتلوي")]
    [InlineData("ووصلت المسيرة الى تيزنيت مساء", "LOC تيزنيت")]
    public void test_maghreb_towns_are_listed_places(string text, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.Tokenized(text))));
    }

    [Fact]
    public void test_a_person_span_run_into_whom_he_talks_to_is_cut()
    {
        const string text = "وقال مدير المرصد سامر عبد الكريم لوكالة فرانس برس ان";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "سامر عبد الكريم لوكالة", "سامر عبد الكريم لوكالة"));
        Assert.Equal(new[] { "PER سامر عبد الكريم", "ORG فرانس برس" }, Mentions(doc));
    }

    [Theory]
    [InlineData("واوقفت دورية من امن الدولة 12 سوريا في بلدة بر الياس", "")]                     // a Syrian, counted
    [InlineData("وغادر 850 نازحا سوريا مخيمات عرسال", "")]                                      // the nationality of those counted
    [InlineData("ورحلت السلطات ثلاثة ليبيا الى بلادهم", "")]
    [InlineData("وعاد 850 نازحا الى سوريا امس", "LOC سوريا")]                                   // the country, after الى
    [InlineData("وغادروا سوريا قبل 12 عاما", "LOC سوريا")]                                        // a plural verb is no counted noun
    public void test_syria_after_a_count_is_the_nationality_of_those_counted(string text, string expected)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, text.Contains("سوريا", StringComparison.Ordinal) ? "سوريا" : "ليبيا",
            text.Contains("سوريا", StringComparison.Ordinal) ? "سوريا" : "ليبيا"));
        Assert.Equal(expected, string.Join("|", Mentions(doc).Where(m => m.StartsWith("LOC سوريا", StringComparison.Ordinal) || m.StartsWith("LOC ليبيا", StringComparison.Ordinal))));
    }

    [Fact]
    public void test_a_foreign_given_name_read_as_a_place_after_an_office_and_its_body_is_the_holders()
    {
        const string text = "واتهم المتحدث باسم حكومة اقليم كردستان جوتيار عادل انقرة بانتهاك السيادة العراقية";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "حكومة اقليم كردستان", "حكومة اقليم كردستان")
            .WithEntity("e2", EntityType.LOC, "جوتيار", "جوتيار").WithEntity("e3", EntityType.LOC, "انقرة", "انقرة");
        Assert.Contains("PER جوتيار عادل", Mentions(Run(doc)));
        Assert.DoesNotContain("LOC جوتيار", Mentions(Run(doc)));
    }

    [Theory]
    // a square named after a body or a man is the square, a place
    [InlineData("وتجمع المحتجون في ساحة الأمم المتحدة وسط المدينة.", "الأمم المتحدة", EntityType.ORG, "LOC ساحة الأمم المتحدة")]
    [InlineData("واعتصم المئات في ميدان التحرير امس.", "التحرير", EntityType.LOC, "LOC ميدان التحرير")]
    public void test_a_square_and_the_name_tagged_after_it_are_one_place(string text, string tagged, EntityType type, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.WithNamed(text, ("e1", type, tagged)))));
    }

    [Theory]
    // a square of a word alone: the field of a battle, no place's name
    [InlineData("وقتل ثلاثة جنود في ساحة المعركة.")]
    [InlineData("وعاد الجنود من ميدان القتال.")]
    public void test_a_square_with_no_tagged_name_is_no_place(string text)
    {
        Assert.DoesNotContain(Mentions(Run(Docs.Tokenized(text).WithEntities(System.Collections.Immutable.ImmutableArray<Entity>.Empty))), m => m.Contains("ساحة") || m.Contains("ميدان"));
    }

    [Theory]
    // a state's government, army or parliament named by the place right after it is one body
    [InlineData("وانتقدت حكومة الإكوادور القرار.", "الإكوادور", "ORG حكومة الإكوادور")]
    [InlineData("واتهم جيش ميانمار المتمردين بمهاجمة القرى.", "ميانمار", "ORG جيش ميانمار")]
    public void test_a_states_body_named_by_its_place_is_one_body(string text, string place, string expected)
    {
        Assert.Equal(new[] { expected }, Mentions(Run(Docs.WithNamed(text, ("e1", EntityType.LOC, place)))));
    }
}
