using System.Collections.Immutable;
using Hadath.Core;
using Hadath.Extraction.Actors;

namespace Hadath.Extraction.Tests;

public sealed class ActorStageTests
{
    private static AnalyzedDocument Run(AnalyzedDocument doc) => new ActorStage().Process(doc);

    private static Entity Entity(AnalyzedDocument doc, string id) => doc.Entities.Single(e => e.Id == id);

    [Theory]
    [InlineData("وصل الوفد الى روسيا", "روسيا", "RUS")]
    [InlineData("وصل الوفد الى موسكو", "موسكو", "RUS")]
    [InlineData("غادر العراق", "العراق", "IRQ")]
    [InlineData("في الولايات المتحدة", "الولايات المتحدة", "USA")]
    public void test_actors_places_take_their_country(string text, string name, string code)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.LOC, name, name));
        Assert.Equal(code, Entity(doc, "e1").Actor);
    }

    [Fact]
    public void test_actors_title_before_a_name_spells_the_code()
    {
        var text = "وقال وزير الخارجية الاميركي جون كيري ان الوقت ينفد.";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "جون كيري", "جون كيري"));
        Assert.Equal("USAGOV", Entity(doc, "e1").Actor);
    }

    [Fact]
    public void test_actors_title_past_where_the_office_sits_is_the_holders_not_the_bodys()
    {
        // المندوب السوري لدى الامم المتحدة: the title is the delegate's, named after the body where he sits
        var text = "واتهم المندوب السوري لدى الامم المتحدة بشار الجعفري تركيا بدعم الارهابيين";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الامم المتحدة", "الامم المتحدة")
            .WithEntity("e2", EntityType.PER, "بشار الجعفري", "بشار الجعفري"));
        Assert.NotEqual("SYR", Entity(doc, "e1").Actor);
        Assert.StartsWith("SYR", Entity(doc, "e2").Actor);
    }

    [Fact]
    public void test_actors_title_composed_from_role_and_nationality()
    {
        var text = "واعلن الرئيس الفرنسي فرنسوا هولاند ان";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "فرنسوا هولاند", "فرنسوا هولاند"));
        Assert.Equal("FRAGOV", Entity(doc, "e1").Actor);
    }

    [Fact]
    public void test_actors_spokesman_of_the_kremlin()
    {
        var text = "وقال المتحدث باسم الكرملين دميتري بيسكوف ان";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "دميتري بيسكوف", "دميتري بيسكوف"));
        Assert.Equal("RUSGOV", Entity(doc, "e1").Actor);
    }

    [Fact]
    public void test_actors_dictionary_name_with_dated_role()
    {
        var doc = Run(Docs.Tokenized("واستقبل بوتين ضيفه").WithEntity("e1", EntityType.PER, "بوتين", "بوتين"));
        Assert.Equal("RUSGOV", Entity(doc, "e1").Actor);
    }

    [Fact]
    public void test_actors_organisation_with_nationality_in_its_name()
    {
        var doc = Run(Docs.Tokenized("وقصف الجيش السوري المدينة").WithEntity("e1", EntityType.ORG, "الجيش السوري", "الجيش السوري"));
        Assert.Equal("SYRMIL", Entity(doc, "e1").Actor);
    }

    [Theory]
    // the tagger read the bare definite noun itself as the body: it stands for that body again later, as a full name
    // opening with the noun would (التحالف بقيادة السعودية … التحالف)
    [InlineData("وقال التحالف ان طائراته اعترضت صاروخا. وشنت مقاتلات التحالف غارات على مواقع في صعدة.", new[] { "التحالف", "التحالف" })]
    [InlineData("وقال التحالف ان طائراته اعترضت صاروخا. واكد المتحدث باسم التحالف ان الرد سيكون حازما.", new[] { "التحالف", "التحالف" })]
    // with an adjective of its own it is another body (التحالف الوطني), and so with a name in brackets after it
    [InlineData("وقال التحالف ان طائراته اعترضت صاروخا. وقال التحالف الوطني ان الحكومة فشلت.", new[] { "التحالف" })]
    public void test_actors_a_bare_definite_body_noun_the_tagger_named_stands_for_that_body_again(string text, string[] mentions)
    {
        // Only the first is tagged, as the tagger left the story (WithEntity would take every occurrence).
        var tagged = new Entity("e1", EntityType.ORG, "التحالف", System.Collections.Immutable.ImmutableArray.Create(new Mention(Docs.Find(text, "التحالف", 0))));
        var doc = Run(Docs.Tokenized(text).WithEntities(System.Collections.Immutable.ImmutableArray.Create(tagged)));
        Assert.Equal(mentions, Entity(doc, "e1").Mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(text.IndexOf("التحالف", StringComparison.Ordinal), Entity(doc, "e1").Mentions[0].Start);
    }

    [Theory]
    // a militant group named without the noun (داعش) is the organisation the story goes on calling التنظيم
    [InlineData("وتبنى داعش الهجوم على الحاجز. وقال مصدر ان مسلحي التنظيم تسللوا من البساتين.", "داعش", new[] { "داعش", "التنظيم" })]
    [InlineData("وتبنى داعش الهجوم على الحاجز. واكد المصدر ان التنظيم المتشدد خسر مواقعه.", "داعش", new[] { "داعش", "التنظيم المتشدد" })]
    // a body that is no militant group is not what التنظيم stands for
    [InlineData("وقال الجيش العراقي ان مسلحي التنظيم تسللوا من البساتين.", "الجيش العراقي", new[] { "الجيش العراقي" })]
    public void test_actors_a_militant_group_named_without_the_noun_is_the_organisation_told_later(string text, string group, string[] mentions)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, group, group));
        Assert.Equal(mentions, Entity(doc, "e1").Mentions.Select(m => text[m.Start..m.End]));
    }

    [Theory]
    // a strait named once (مضيق هرمز) is المضيق later, as a town is المدينة
    [InlineData("وعبرت الناقلة مضيق هرمز فجر امس. وهددت ايران باغلاق المضيق امام السفن.", "مضيق هرمز", new[] { "مضيق هرمز", "المضيق" })]
    [InlineData("وعبرت الناقلة مضيق هرمز فجر امس. ولم يعرف المضيق الجوي للطائرة.", "مضيق هرمز", new[] { "مضيق هرمز" })]   // an adjective of its own: another thing
    public void test_actors_a_strait_is_named_again_by_its_noun(string text, string strait, string[] mentions)
    {
        var tagged = new Entity("e1", EntityType.LOC, strait, System.Collections.Immutable.ImmutableArray.Create(new Mention(Docs.Find(text, strait, 0))));
        var doc = Run(Docs.Tokenized(text).WithEntities(System.Collections.Immutable.ImmutableArray.Create(tagged)));
        Assert.Equal(mentions, Entity(doc, "e1").Mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void test_actors_a_definite_body_noun_before_another_name_is_its_subject_not_its_introduction()
    {
        // ودعا الحزب الامم المتحدة الى: الحزب calls on the UN; it does not introduce the UN as a party, so the later
        // مخيمات الحزب is the party named first.
        const string text = "وقال الحزب الديمقراطي الكردستاني ان الهجوم جبان. ودعا الحزب الامم المتحدة الى التحقيق. ويقيم في مخيمات الحزب نحو الفي شخص.";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, "الحزب الديمقراطي الكردستاني", "الحزب الديمقراطي الكردستاني")
            .WithEntity("e2", EntityType.ORG, "الامم المتحدة", "الامم المتحدة"));
        Assert.Equal(new[] { "الامم المتحدة" }, Entity(doc, "e2").Mentions.Select(m => text[m.Start..m.End]));
        Assert.Equal(Docs.Find(text, "الحزب", 2).Start, Entity(doc, "e1").Mentions[^1].Start);
    }

    [Fact]
    public void test_actors_a_title_not_next_to_the_name_does_not_count()
    {
        var text = "وقال الرئيس الروسي ان كيري سيصل.";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "كيري", "كيري"));
        Assert.Null(Entity(doc, "e1").Actor);
    }

    [Fact]
    public void test_actors_short_name_joins_the_full_name()
    {
        var text = "وصل جون كيري الى جنيف. وقال كيري ان الوقت ينفد.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "جون كيري", "جون كيري");
        var shortName = new Entity("e2", EntityType.PER, "كيري", System.Collections.Immutable.ImmutableArray.Create(new Mention(Docs.Find(text, "كيري", 1))));
        doc = Run(doc.WithEntities(doc.Entities.Add(shortName)));
        var kerry = Assert.Single(doc.Entities);
        Assert.Equal("e1", kerry.Id);
        Assert.Equal(new[] { "جون كيري", "كيري" }, kerry.Mentions.Select(m => text[m.Start..m.End]));
    }

    [Theory]
    // a counterpart word opens the title of the name after it: the subject's title before it is the subject's own, even
    // when the subject is named by the title alone (وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسن)
    [InlineData("كما دعا وزير الخارجية الفلسطيني نظيره البريطاني بوريس جونسن خلال لقاء في لندن الى الاعتذار", "بوريس جونسن", "GBRGOV")]
    [InlineData("واستقبل الرئيس المصري نظيره الفرنسي جان لوك دوبري في القاهرة", "جان لوك دوبري", "FRAGOV")]
    [InlineData("وبحث وزير الدفاع الاردني مع نظيرته الالمانية كريستين لامبرشت التعاون العسكري", "كريستين لامبرشت", "DEUGOV")]
    // ألماني folds to ماني (its first letters read as the article): with the article, الالماني is German all the same
    [InlineData("وقال وزير الدفاع الالماني بوريس بيستوريوس ان الوضع خطير", "بوريس بيستوريوس", "DEUGOV")]
    [InlineData("وقال رئيس الوزراء الالباني ايدي راما ان الوضع خطير", "ايدي راما", "ALBGOV")]
    // guards: with no counterpart word the whole title stays the name's
    [InlineData("وقال وزير الخارجية الاميركي جون كيري ان الوقت ينفد", "جون كيري", "USAGOV")]
    public void test_actors_a_counterpart_word_opens_the_title_of_the_name_after_it(string text, string name, string code)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, name, name));
        Assert.Equal(code, Entity(doc, "e1").Actor);
    }

    [Theory]
    // a body the story names right before a person is the verb's subject, the person its object: no title of his
    [InlineData("واحتجزت الشرطة الفرنسية جان دوبري المطلوب في اسبانيا", "الشرطة الفرنسية", null)]
    [InlineData("واعتقلت قوات الامن العراقية احمد كاظم في البصرة", "قوات الامن العراقية", null)]
    // guards: a title held in the body is the person's (a role word before the body's name)
    [InlineData("وقال قائد الشرطة الفرنسية جان دوبري ان التحقيق مستمر", "الشرطة الفرنسية", "FRACOP")]
    [InlineData("وقال المتحدث باسم قوات الامن العراقية احمد كاظم ان التحقيق مستمر", "قوات الامن العراقية", "IRQ")]
    public void test_actors_a_body_right_before_a_person_is_no_title_of_his(string text, string body, string? code)
    {
        var person = text.Contains("جان دوبري") ? "جان دوبري" : "احمد كاظم";
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body).WithEntity("e2", EntityType.PER, person, person));
        if (code is null) Assert.Null(Entity(doc, "e2").Actor);
        else Assert.StartsWith(code, Entity(doc, "e2").Actor);
    }

    [Fact]
    public void test_actors_title_alone_links_to_the_person_of_that_country()
    {
        var text = "التقى وزير الخارجية الروسي سيرغي لافروف كيري. وقال كيري لنظيره الروسي ان الوقت ينفد.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.PER, "سيرغي لافروف", "سيرغي لافروف")
            .WithEntity("e2", EntityType.PER, "كيري", "كيري");
        doc = Run(doc);
        var lavrov = Entity(doc, "e1");
        Assert.Equal("RUSGOV", lavrov.Actor);
        Assert.Contains(lavrov.Mentions, m => text[m.Start..m.End] == "نظيره الروسي");
    }

    [Fact]
    public void test_actors_an_indefinite_title_names_nobody()
    {
        var text = "وصل جون كيري. وقال مسؤول اميركي ان الاتفاق قريب.";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "جون كيري", "جون كيري");
        doc = doc.WithEntities(doc.Entities.Select(e => e with { Actor = "USAGOV" }).ToImmutableArray());
        Assert.Single(Entity(Run(doc), "e1").Mentions);
    }

    [Fact]
    public void test_actors_title_without_nationality_takes_the_dateline_country()
    {
        var text = "تونس (اف ب) - وقالت وزارة الداخلية ان الوضع هادئ.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.LOC, "تونس", "تونس")
            .WithEntity("e2", EntityType.ORG, "وزارة الداخلية", "وزارة الداخلية");
        Assert.Equal("TUNGOV", Entity(Run(doc), "e2").Actor);
    }

    [Theory]
    // Tripoli of Libya and Tripoli of Lebanon: the story's other words say which (written for this test)
    [InlineData("طرابلس (اف ب) - اندلعت اشتباكات بين مجموعتين مسلحتين في العاصمة الليبية وقالت وزارة الداخلية ان الوضع هادئ.", "LBY")]
    [InlineData("طرابلس (اف ب) - اندلعت اشتباكات بين مجموعتين مسلحتين في المدينة اللبنانية وقالت وزارة الداخلية ان الوضع هادئ.", "LBN")]
    // naming neither country, or both, keeps the dictionary's first (LBN)
    [InlineData("طرابلس (اف ب) - اندلعت اشتباكات بين مجموعتين مسلحتين في المدينة وقالت وزارة الداخلية ان الوضع هادئ.", "LBN")]
    [InlineData("طرابلس (اف ب) - اندلعت اشتباكات بين مسلحين ليبيين ومسلحين لبنانيين في المدينة وقالت وزارة الداخلية ان الوضع هادئ.", "LBN")]
    public void test_actors_a_place_of_two_countries_takes_the_one_the_story_names(string text, string country)
    {
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.LOC, "طرابلس", "طرابلس")
            .WithEntity("e2", EntityType.ORG, "وزارة الداخلية", "وزارة الداخلية");
        doc = Run(doc);
        Assert.Equal(country, Entity(doc, "e1").Actor);
        Assert.Equal(country + "GOV", Entity(doc, "e2").Actor);
    }

    [Fact]
    public void test_actors_a_place_of_two_countries_named_with_its_country()
    {
        var text = "وصل المبعوث الى طرابلس في اول زيارة له الى ليبيا منذ توليه مهامه.";
        var doc = Docs.Tokenized(text)
            .WithEntity("e1", EntityType.LOC, "طرابلس", "طرابلس")
            .WithEntity("e2", EntityType.LOC, "ليبيا", "ليبيا");
        Assert.Equal("LBY", Entity(Run(doc), "e1").Actor);
    }

    [Fact]
    public void test_actors_title_without_nationality_or_dateline_has_no_code()
    {
        var doc = Docs.Tokenized("وقالت وزارة الداخلية ان الوضع هادئ.").WithEntity("e1", EntityType.ORG, "وزارة الداخلية", "وزارة الداخلية");
        Assert.Null(Entity(Run(doc), "e1").Actor);
    }

    [Theory]
    [InlineData("19840502-18000101", "19840502", "")]
    [InlineData("19700101-19700101", "", "")]
    [InlineData(">19980725", "19980725", "")]
    [InlineData("<20040101", "", "20040101")]
    [InlineData("20060329-20140602", "20060329", "20140602")]
    [InlineData(">22000101", "", "")]
    public void test_actors_dictionary_dates_are_cleaned(string spec, string from, string to) =>
        Assert.Equal((from, to), ActorLexiconBuilder.CleanDates(spec));

    [Theory]
    [InlineData("روسيا", "روسي")]
    [InlineData("عراق", "عراقي")]
    [InlineData("فرنسا", "فرنسي")]
    [InlineData("سعودي", "سعودي")]
    public void test_actors_nisba_of_a_country(string country, string adjective) =>
        Assert.Equal(adjective, ActorLexiconBuilder.Nisba(country));

    [Fact]
    public void test_actors_builder_drops_a_code_of_another_country_when_one_agrees()
    {
        string dir = Directory.CreateTempSubdirectory("hadath-actors").FullName;
        try
        {
            string dictionary = Path.Combine(dir, "actors.txt");
            File.WriteAllText(dictionary, "لبنان [GBR]\n[LBN]\nجيش_لبناني [JOR]\n[LBNMIL]\nعمان [OMN]\nطرابلس [LBN]\nفرنسا [GBR]\n");
            string countries = Path.Combine(dir, "countries.tsv");
            File.WriteAllText(countries,
                "iso3\tar_name\tcapital_ar_via_cldr_tz\n" +
                "GBR\tالمملكة المتحدة\tلندن\nLBN\tلبنان\tبيروت\nJOR\tالأردن\tعمان\nOMN\tعمان\tمسقط\nLBY\tليبيا\tطرابلس\nFRA\tفرنسا\tباريس\n");
            var rows = ActorLexiconBuilder.Build(dictionary, countries, out int actors, out _)
                .Split('\n').Where(r => r.StartsWith("actor\t", StringComparison.Ordinal)).Select(r => r.Split('\t')[1] + " " + r.Split('\t')[2]).ToArray();
            // لبنان GBR and جيش لبناني JOR go; عمان (Amman and Oman) and the capital طرابلس decide nothing; فرنسا GBR
            // stays because none of its codes agrees with France.
            Assert.Equal(new[] { "جيش لبناني LBNMIL", "طرابلس LBN", "عمان OMN", "فرنسا GBR", "لبنان LBN" }, rows);
            Assert.Equal(5, actors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void test_actors_builder_drops_the_bare_country_of_a_title_filed_with_its_role_too()
    {
        string dir = Directory.CreateTempSubdirectory("hadath-actors").FullName;
        try
        {
            string dictionary = Path.Combine(dir, "actors.txt");
            File.WriteAllText(dictionary, "جيش_عراقي [IRQ]\n[IRQMIL]\nحكومة_عراقية [IRQ]\n[IRQGOV]\nالعراق [IRQ]\n[IRQOPP]\n");
            string countries = Path.Combine(dir, "countries.tsv");
            File.WriteAllText(countries, "iso3\tar_name\tcapital_ar_via_cldr_tz\nIRQ\tالعراق\tبغداد\n");
            var rows = ActorLexiconBuilder.Build(dictionary, countries, out int actors, out _)
                .Split('\n').Where(r => r.StartsWith("actor\t", StringComparison.Ordinal)).Select(r => r.Split('\t')[1] + " " + r.Split('\t')[2]).ToArray();
            // جيش and حكومة are role words: the title keeps its role; العراق names the country and keeps IRQ beside IRQOPP.
            Assert.Equal(new[] { "جيش عراقي IRQMIL", "حكوم عراقي IRQGOV", "عراق IRQ", "عراق IRQOPP" }, rows);
            Assert.Equal(4, actors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("وقال النائب العراقي محمد الكربولي ان الهجوم مدان", "محمد الكربولي", "IRQLEG")]           // a member of parliament
    [InlineData("وقالت النائبة المصرية نادية هنري ان الهجوم مدان", "نادية هنري", "EGYLEG")]
    [InlineData("وقال نائب الرئيس العراقي عادل عبد المهدي ان الهجوم مدان", "عادل عبد المهدي", "IRQGOV")]   // deputy of an office: its role
    [InlineData("وقال نائب وزير الخارجية الروسي ميخائيل بوغدانوف ان الهجوم مدان", "ميخائيل بوغدانوف", "RUSGOV")]
    [InlineData("وقال النائب العام السعودي سعود المعجب ان التحقيق مستمر", "سعود المعجب", "SAUJUD")]       // the public prosecutor
    public void test_actors_a_deputy_is_a_member_of_parliament_unless_he_deputises_an_office(string text, string name, string code)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.PER, name, name));
        Assert.Equal(code, Entity(doc, "e1").Actor);
    }

    [Theory]
    [InlineData("الجيش العراقي", "IRQMIL")]
    [InlineData("الحكومة العراقية", "IRQGOV")]
    [InlineData("الجيش اللبناني", "LBNMIL")]
    [InlineData("قوات الرئيس السوري", "SYRMIL")]              // the president's forces: his country's military
    [InlineData("قوات الحكومة العراقية", "IRQMIL")]
    [InlineData("قوات الشرطة السودانية", "SDNCOP")]           // the end is a force already
    public void test_actors_a_title_of_the_dictionary_is_coded_with_its_role(string name, string code)
    {
        var doc = Run(Docs.Tokenized("وقال " + name + " في بيان").WithEntity("e1", EntityType.ORG, name, name));
        Assert.Equal(code, Entity(doc, "e1").Actor);
    }

    [Theory]
    [InlineData("منظمة التعاون الإسلامي", "IGOMOSOIC")]   // from Lexicons/organisations.tsv: the dictionary has no OIC
    [InlineData("منظمة التعاون الاسلامي", "IGOMOSOIC")]   // hamza folded
    [InlineData("اليونيسف", "IGOUNOKID")]
    [InlineData("حلف شمال الأطلسي", "IGO")]                // already in the dictionary: its code stays
    [InlineData("سرايا القدس", "PSEREB")]                   // a Palestinian armed wing, not Israel through the place name
    [InlineData("كتائب القسام", "PSEREBHMS")]
    [InlineData("داعش", "IMGMUSISI")]                       // the Islamic State: the dictionary predates it
    [InlineData("تنظيم داعش", "IMGMUSISI")]
    [InlineData("تنظيم الدولة الإسلامية", "IMGMUSISI")]
    [InlineData("الدولة الاسلامية في العراق والشام", "IMGMUSISI")]
    [InlineData("قوات الدعم السريع", "SDNUAF")]                 // Sudan's RSF: unaligned armed forces, as Phoenix files the Janjaweed
    public void test_actors_international_organisations_missing_from_the_dictionary_are_coded(string name, string code)
    {
        var doc = Run(Docs.Tokenized("وقالت " + name + " في بيان").WithEntity("e1", EntityType.ORG, name, name));
        Assert.Equal(code, Entity(doc, "e1").Actor);
    }

    [Theory]
    [InlineData("منظمة التعاون الاقتصادي")]   // منظمة alone is a PAKCVL row of the dictionary: a head word codes nothing
    [InlineData("منظمة الهجرة الدولية")]
    [InlineData("حزب منظم")]
    public void test_actors_a_single_dictionary_word_does_not_code_a_longer_name(string name)
    {
        var doc = Run(Docs.Tokenized("وقالت " + name + " في بيان").WithEntity("e1", EntityType.ORG, name, name));
        Assert.Null(Entity(doc, "e1").Actor);
    }

    [Fact]
    public void test_actors_a_name_word_after_a_category_head_codes_the_name()
    {
        var doc = Run(Docs.Tokenized("وقالت حركة حماس في بيان").WithEntity("e1", EntityType.ORG, "حركة حماس", "حركة حماس"));
        Assert.StartsWith("PSE", Entity(doc, "e1").Actor);
    }
}
