using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Sides of acts of force the tagger leaves unnamed (round eleven): what an attack, a strike or an arrest struck in its
/// object slot, after على or as a bomb went off; the group named with ل after an attack noun; attackers among the dead;
/// a body noun in a missed seat. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventSidesRoundElevenTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    private static Event Only(string text, string plover, params (string Id, EntityType Type, string Surface)[] named) =>
        Assert.Single(Events(Docs.WithNamed(text, named)), x => x.Plover == plover);

    [Theory]
    [InlineData("وهاجم مسلحون يوم الاثنين ناحية الكرمة بسيارات مفخخة", "ناحية الكرمة")]              // past a time phrase
    [InlineData("وقصفت القوات الحكومية بالمدفعية والصواريخ بلدة الحويجة", "بلدة الحويجة")]            // past an instrument
    [InlineData("وقصفت مروحيات الجيش مواقع التنظيم في جزيرة الحديثة", "مواقع التنظيم")]              // a place after في is where
    [InlineData("واستهدف المسلحون نقطة تفتيش تابعة للشرطة قرب المدينة", "نقطة تفتيش تابعة للشرطة")]  // قرب is where
    public void test_the_words_in_the_object_slot_of_an_act_of_force_are_what_it_struck(string text, string struck)
    {
        var e = Only(text, "ASSAULT");
        Assert.Null(e.Target?.EntityId);
        Assert.Equal(struck, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("واعتقلت الشرطة اربعة من اعضاء فرع النقابة امس", "اربعة من اعضاء فرع النقابة")]
    [InlineData("واعتقلت الشرطة ما مجموعه 12 شخصا في المدينة", "ما مجموعه 12 شخصا")]
    [InlineData("واعتقلت الشرطة فتاة نشرت مقطعا مصورا", "فتاة")]                                      // نشرت opens a relative clause
    public void test_people_taken_are_the_target_of_an_arrest(string text, string taken)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal(taken, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("واطلقت الطائرات الاسرائيلية امس خمسة صواريخ")]        // what was fired
    [InlineData("وفجر الانتحاري نفسه قرب الحاجز")]                     // the bomber himself, then where
    [InlineData("واعتقلت الشرطة يوم 30 يونيو المتهم الرئيسي")]         // a date is no one taken
    public void test_what_was_fired_a_reflexive_or_a_date_is_not_what_was_struck(string text)
    {
        foreach (var e in Events(Docs.WithNamed(text)))
        {
            string? words = Docs.ArgumentWords(text, e.Target);
            Assert.True(words is null || !(words.Contains("صواريخ", StringComparison.Ordinal) || words.Contains("نفسه", StringComparison.Ordinal) ||
                                           words.Contains("يونيو", StringComparison.Ordinal) || words.Contains("الحاجز", StringComparison.Ordinal)), words);
        }
    }

    [Theory]
    [InlineData("وفتحت دبابات روسية النار على سكان القرية", "سكان القرية")]
    [InlineData("وقتل ثلاثة اشخاص في هجوم بالقذائف ضد مدرسة للبنات في المدينة", "مدرسة للبنات")]
    public void test_the_words_after_على_or_ضد_are_what_was_struck(string text, string struck)
    {
        var e = Only(text, "ASSAULT");
        Assert.Equal(struck, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("وقتل ثلاثة اشخاص بانفجار عبوة ناسفة على الطريق")]           // where the bomb lay
    [InlineData("وشنت الطائرات غارات جوية ردا على الهجوم")]                   // what the strikes answered
    public void test_على_the_road_or_in_answer_names_nothing_struck(string text)
    {
        foreach (var e in Events(Docs.WithNamed(text)))
        {
            string? words = Docs.ArgumentWords(text, e.Target);
            Assert.True(words is null || !(words.Contains("الطريق", StringComparison.Ordinal) || words.Contains("الهجوم", StringComparison.Ordinal)), words);
        }
    }

    [Fact]
    public void test_what_a_bomb_went_off_passing_is_what_it_struck()
    {
        var text = "وقال مصدر عسكري ان قنبلة انفجرت لدى مرور دورية للجيش، واسفرت عن جرح ثلاثة";
        var e = Only(text, "ASSAULT");
        Assert.Equal("دورية للجيش", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_an_attack_told_before_its_verb_is_its_subject_so_the_name_after_is_what_it_hit()
    {
        var text = "وقال المصدر ان هجوما انتحاريا استهدف دورية لقوات سوريا الديمقراطية امس";
        var e = Only(text, "ASSAULT", ("e1", EntityType.ORG, "قوات سوريا الديمقراطية"));
        Assert.Null(e.Source);
        Assert.Equal("e1", e.Target?.EntityId);
    }

    [Fact]
    public void test_an_object_with_a_pronoun_points_back_and_is_not_what_was_struck()
    {
        var text = "وقال المصدر ان شرطيين مصريين قتلا بانفجار قنبلة استهدفت سيارتهما";
        foreach (var e in Events(Docs.WithNamed(text)))
        {
            Assert.NotEqual("سيارتهما", Docs.ArgumentWords(text, e.Target));
        }
    }

    [Theory]
    [InlineData("وقتل تسعة جنود في هجوم واسع لتنظيم \"داعش\" الارهابي على ناحية الكرمة", "داعش")]   // past its quotation marks
    [InlineData("وقتل تسعة جنود في هجوم لمسلحي تنظيم داعش على ناحية الكرمة", "تنظيم داعش")]          // told by its members
    public void test_the_group_named_with_ل_after_an_attack_noun_carried_it_out(string text, string group)
    {
        var e = Only(text, "ASSAULT", ("e1", EntityType.ORG, group));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("ناحية الكرمة", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("وقتل 14 مسلحا من حركة الشباب عندما هاجم المسلحون قاعدة عسكرية للجيش", "هاجم", "e1")]
    [InlineData("وهاجم مسلحو حركة الشباب البلدة. وقال ضابط ان المهاجمين فجروا سيارة مفخخة عند الحاجز", "فجروا", "e1")]
    [InlineData("وقالت حركة الشباب ان المسلحين هاجموا قاعدة عسكرية للجيش في البلدة", "هاجموا", null)]                    // a group named, but not for them
    [InlineData("وقتل 14 مسلحا من حركة الشباب و3 مسلحين من تنظيم داعش. وهاجم المسلحون قاعدة عسكرية للجيش", "هاجم", null)]   // two groups: whose?
    public void test_armed_men_told_again_are_the_group_the_story_named_them_by(string text, string verb, string? source)
    {
        var doc = Docs.Tokenized(text);
        if (text.Contains("حركة الشباب", StringComparison.Ordinal)) doc = doc.WithEntity("e1", EntityType.ORG, "حركة الشباب", "حركة الشباب");
        if (text.Contains("تنظيم داعش", StringComparison.Ordinal)) doc = doc.WithEntity("e2", EntityType.ORG, "تنظيم داعش", "تنظيم داعش");
        var e = Assert.Single(new EventStage().Process(doc).Events, x => text[x.Span.Start..x.Span.End] == verb);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Fact]
    public void test_members_of_a_group_past_its_kind_carried_out_the_attack_they_launched()
    {
        var text = "وقتل 20 شخصا في هجوم شنه مسلحون من جماعة بوكو حرام مساء السبت على قرية دالوري";
        var e = Only(text, "ASSAULT", ("e1", EntityType.ORG, "بوكو حرام"), ("e2", EntityType.LOC, "دالوري"));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }

    [Fact]
    public void test_attackers_counted_among_the_dead_are_not_the_target_of_their_attack()
    {
        var text = "وهاجم مسلحون الحاجز ليلا، وقتل خمسة من المهاجمين";
        var e = Only(text, "ASSAULT");
        Assert.Equal("مسلحون", Docs.ArgumentWords(text, e.Source));
        Assert.DoesNotContain("المهاجمين", Docs.ArgumentWords(text, e.Target) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void test_a_force_against_riots_keeps_its_name_and_its_object_is_the_crowd()
    {
        var text = "وفرقت شرطة مكافحة الشغب المتظاهرين امام البرلمان";
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("شرطة مكافحة الشغب", Docs.ArgumentWords(text, e.Source));
        Assert.Equal("المتظاهرين", Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("اتهم النائب في كتلة الاحرار سعيد الخالدي وزارة الداخلية بالتقصير", "e1", "e2")]   // the body is the seat
    [InlineData("اتهم النائب في مؤتمر صحفي سعيد الخالدي بالتقصير", null, "e1")]                     // a press conference is no seat
    public void test_a_missed_seat_needs_a_body_noun(string text, string? source, string target)
    {
        var named = new List<(string, EntityType, string, string?)> { ("e1", EntityType.PER, "سعيد الخالدي", "IRQGOV") };
        if (text.Contains("وزارة", StringComparison.Ordinal)) named.Add(("e2", EntityType.ORG, "وزارة الداخلية", "IRQGOV"));
        var e = Assert.Single(Events(Docs.WithActors(text, named.ToArray())), x => x.Code.StartsWith("112", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }
    [Theory]
    [InlineData("وقال مصدر ان وحدات الحرس اوقفت 34 شخصا في المدينة", "وحدات الحرس", "34 شخصا")]
    [InlineData("وقال اللواء ان «مديريات الداخلية قتلت 20 ارهابيا خلال الاسبوع»", "مديريات الداخلية", "20 ارهابيا")]
    public void test_the_words_between_ان_and_an_act_of_force_are_its_subject(string text, string source, string target)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)), x => x.Code[0] is '1');
        Assert.Equal(source, Docs.ArgumentWords(text, e.Source));
        Assert.Equal(target, Docs.ArgumentWords(text, e.Target));
    }

    [Theory]
    [InlineData("وقال مصدر ان المهاجمين احتجزوا للاشتباه في تورطهم")]   // passive: nothing done after the verb
    [InlineData("وقال المرصد ان الضحايا قتلوا اثناء اختبائهم")]          // who suffered
    public void test_who_stands_before_a_verb_with_nothing_done_after_it_is_no_subject(string text)
    {
        foreach (var e in Events(Docs.WithNamed(text)))
        {
            Assert.Null(Docs.ArgumentWords(text, e.Source));
        }
    }

    [Theory]
    [InlineData("وقال الجيش الاسرائيلي ان قواته اطلقت النار على المتسللين", "e1")]
    [InlineData("وقالت اسرائيل ان طائراتها الحربية قصفت مواقع في غزة", "e1")]
    public void test_forces_with_the_pronoun_of_the_one_who_speaks_are_his(string text, string source)
    {
        var named = text.Contains("الجيش", StringComparison.Ordinal) ? ("e1", EntityType.ORG, "الجيش الاسرائيلي") : ("e1", EntityType.LOC, "اسرائيل");
        var e = Only(text, "ASSAULT", named);
        Assert.Equal(source, e.Source?.EntityId);
    }

    [Fact]
    public void test_a_leader_named_in_an_aside_is_not_the_one_who_says_it_acted()
    {
        var text = "واعلنت جماعة النصرة، وهي تحالف بزعامة تنظيم القاعدة، انها قتلت ثلاثة جنود";
        var e = Only(text, "ASSAULT", ("e1", EntityType.ORG, "جماعة النصرة"), ("e2", EntityType.ORG, "تنظيم القاعدة"));
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    [InlineData("واعتقلت قوة من جهاز الامن خمسة عناصر من التنظيم في المدينة", "خمسة عناصر من التنظيم")]
    public void test_members_taken_with_the_whole_they_belong_to(string text, string taken)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text, ("e1", EntityType.ORG, "جهاز الامن"))), x => x.Code.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal(taken, Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_the_dead_counted_with_their_group_name_it()
    {
        var text = "وقتل ثلاثة عناصر من حزب العمال الكردستاني في غارة استهدفت سيارتهم";
        var e = Only(text, "ASSAULT", ("e1", EntityType.ORG, "حزب العمال الكردستاني"));
        Assert.Equal("ثلاثة عناصر من حزب العمال الكردستاني", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_a_place_after_على_is_its_category_and_its_name()
    {
        var text = "وقتل عشرات المدنيين في هجوم شنه مسلحون من جماعة انصار السنة على بلدة بالما";
        var e = Only(text, "ASSAULT", ("e1", EntityType.ORG, "جماعة انصار السنة"));
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("بلدة بالما", Docs.ArgumentWords(text, e.Target));
    }

    [Fact]
    public void test_the_body_blamed_is_a_noun_and_the_definite_words_it_governs()
    {
        var text = "وطالب النائب سالم الحمداني الحكومة بارسال تعزيزات، محملا قيادة العمليات مسؤولية الخروقات";
        var e = Assert.Single(Events(Docs.WithActors(text, ("e1", EntityType.PER, "سالم الحمداني", "IRQLEG"))), x => x.Code == "112");
        Assert.Equal("قيادة العمليات", Docs.ArgumentWords(text, e.Target));
    }
}
