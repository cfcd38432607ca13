using Hadath.Core;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Protests, strikes and dispersals of the ev17p round (Maghrebi and Levantine wire styles): a strike or a sit-in
/// launched with شن (شن الاطباء اضرابا), a dispersal a force resorted to (عمدت الشرطة الى تفريق المحتجين, past an
/// aside between commas). Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundTwentyFourPTests
{
    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(doc).Events;

    [Theory]
    [InlineData("شن الاطباء المقيمون بمستشفيات العاصمة، صباح اليوم الاثنين، اضرابا عن العمل لمدة يومين")]
    [InlineData("وشنت عاملات مصنع النسيج اضرابا مفتوحا عن العمل للمطالبة بصرف اجورهن")]
    [InlineData("وكان الاساتذة قد شنوا اعتصاما امام مقر المديرية الاسبوع الماضي")]
    public void test_a_strike_or_a_sit_in_launched_with_shanna_is_a_protest(string text)
    {
        var e = Assert.Single(Events(Docs.WithNamed(text)));
        Assert.StartsWith("14", e.Code);
    }

    [Theory]
    [InlineData("وشنت قوات الامن هجوما على اعتصام العمال امام المصنع")]
    [InlineData("وشن رئيس الحزب هجوما حادا على الحكومة بسبب الاضراب")]
    // the verbal noun after ب or ل: a strike threatened or called for
    [InlineData("وقال رئيس الجامعة ان الاعوان غاضبون، مهددا بشن اضراب عام في كامل المستشفيات")]
    [InlineData("ودعت النقابة منخرطيها لشن اعتصام مفتوح امام الوزارة")]
    public void test_an_attack_launched_on_a_protest_or_a_strike_threatened_is_no_protest(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), e => e.Code.StartsWith("14", StringComparison.Ordinal));

    [Fact]
    public void test_a_road_blocked_beside_a_sit_in_is_an_act_of_its_own()
    {
        var text = "اعتصم العشرات من سائقي السيارات العمومية امام مبنى السراي احتجاجا على رفع اسعار المحروقات، وقطعوا الطريق المؤدية الى الساحة";
        var codes = Events(Docs.WithNamed(text)).Select(e => e.Code[..3]).OrderBy(c => c).ToArray();
        Assert.Equal(new[] { "141", "144" }, codes);
    }

    [Theory]
    [InlineData("وعمدت عناصر الشرطة الى تفريق المحتجين بالقنابل المسيلة للدموع")]
    [InlineData("وحاول المحتجون اقتحام المبنى، فعمدت عناصر الشرطة الى تفريقهم بالهراوات")]
    [InlineData("وعمدت عناصر الامن، لدى وصول المسيرة الى الساحة، الى تفريق المتظاهرين بالقوة")]
    [InlineData("ولجأت قوات الامن الى تفريق المعتصمين بخراطيم المياه")]
    public void test_a_dispersal_a_force_resorted_to_is_a_dispersal(string text) =>
        Assert.Equal("175", Assert.Single(Events(Docs.WithNamed(text)), e => e.Code == "175").Code);

    [Fact]
    public void test_a_dispersal_resorted_to_is_done_by_the_force_named_before_it()
    {
        var text = "وحاول المحتجون اقتحام المبنى، فعمدت عناصر من قوى الامن الداخلي الى تفريقهم بالقنابل المسيلة للدموع";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "قوى الامن الداخلي"));
        var e = Assert.Single(Events(doc), x => x.Code == "175");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Theory]
    // a dispersal called for, or a crowd that resorted to breaking up on its own, tells no force used
    [InlineData("ودعا النائب الشرطة الى تفريق المحتجين")]
    [InlineData("وعمدت الشرطة الى تفريق اشتباك بين عائلتين")]
    public void test_a_dispersal_without_a_force_or_a_crowd_is_none(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), e => e.Code == "175");

    [Theory]
    [InlineData("وانخرط عمال الميناء في اضراب مفتوح عن العمل منذ صباح اليوم")]
    [InlineData("وتتواصل الاحتجاجات في العاصمة لليوم الثالث على التوالي")]
    public void test_a_strike_joined_and_protests_going_on_are_protests(string text) =>
        Assert.Contains(Events(Docs.WithNamed(text)), e => e.Code.StartsWith("14", StringComparison.Ordinal));

    [Theory]
    [InlineData("وانخرط الشاب في صفوف الجيش بعد تخرجه")]
    [InlineData("ودعا الوزير الى التواصل مع ممثلي العمال")]
    [InlineData("واستغرب المدير تواصل الاحتجاج رغم الاستجابة لمطالب السكان")]
    public void test_joining_the_army_or_keeping_in_touch_is_no_protest(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), e => e.Code.StartsWith("14", StringComparison.Ordinal));

    private static string[] Persons(AnalyzedDocument doc) =>
        doc.Entities.Where(e => e.Type == EntityType.PER).SelectMany(e => e.Mentions.Select(m => doc.Text[m.Start..m.End])).ToArray();

    [Theory]
    [InlineData("واكد الامين الولائي للنقابة، بلقاسم رحماني، ان الاضراب سيتواصل", "بلقاسم رحماني")]
    [InlineData("وقدر الكاتب العام للاتحاد المحلي، الهادي العمري، عدد المشاركين بالفين", "الهادي العمري")]
    [InlineData("وقال الناطق الرسمي باسم الجامعة، سمير بن عمر، ان الاعوان غاضبون", "سمير بن عمر")]
    public void test_mentions_a_person_named_between_commas_after_his_union_office_is_recovered(string text, string person) =>
        Assert.Equal(new[] { person }, Persons(new NameRecoveryStage().Process(Docs.Tokenized(text))));

    [Theory]
    [InlineData("وقال الكاتب العام للنقابة، في تصريح صحفي، ان الاضراب سيتواصل")]
    [InlineData("واكد الامين العام للاتحاد، امس الاثنين، ان الحوار متوقف")]
    [InlineData("وقال رئيس النقابة، وهو يتحدث للصحفيين، ان الاضراب سيتواصل")]
    [InlineData("وانتقد الكاتب العام للنقابة، الاجراءات الحكومية الاخيرة، مطالبا بسحبها")]
    [InlineData("وقال رئيس الجمعية، بصفته عضوا في اللجنة، ان الحوار متوقف")]
    public void test_mentions_a_phrase_between_commas_after_an_office_is_no_person(string text) =>
        Assert.Empty(Persons(new NameRecoveryStage().Process(Docs.Tokenized(text))));

    [Fact]
    public void test_a_dispersal_by_algerias_riot_police_has_it_as_its_side()
    {
        var text = "وحاول المحتجون اقتحام مقر المديرية، حيث تدخلت عناصر الوحدات الجمهورية للامن لتفريقهم مستعملة الغاز المسيل للدموع";
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        var force = Assert.Single(doc.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal("الوحدات الجمهورية للامن", text[force.Mentions[0].Start..force.Mentions[0].End]);
        var e = Assert.Single(new EventStage().Process(doc).Events, x => x.Code == "175");
        Assert.Equal(force.Id, e.Source?.EntityId);
    }

    [Fact]
    public void test_an_arrest_joined_on_to_what_a_force_announced_is_the_forces()
    {
        var text = "واعلنت قوى الامن الداخلي، في بيان، اصابة اربعة من عناصرها بجروح جراء رشقهم بالحجارة، وتوقيف ثلاثة من المحتجين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "قوى الامن الداخلي"));
        var e = Assert.Single(Events(doc), x => x.Code == "173");
        Assert.Equal("e1", e.Source?.EntityId);
    }

    [Fact]
    public void test_an_arrest_joined_on_after_a_clause_of_its_own_keeps_no_announcer()
    {
        var text = "واعلنت نقابة المحامين، في بيان، ان الشرطة منعت اعضاءها من دخول المحكمة، وتوقيف ثلاثة من المحتجين";
        var doc = Docs.WithNamed(text, ("e1", EntityType.ORG, "نقابة المحامين"));
        Assert.DoesNotContain(Events(doc), x => x.Code == "173" && x.Source?.EntityId == "e1");
    }

    [Theory]
    [InlineData("واغلق عدد من المحتجين بعد الظهر شارع الجامعة بالحجارة والاطارات المشتعلة", "144")]
    [InlineData("واعلنت الشرطة في بيان القاء القبض على خمسة اشخاص", "173")]
    [InlineData("ودعت الرابطة الى الافراج عن المعتقلين، مستنكرة اسلوب القمع", "111")]
    public void test_a_street_closed_an_arrest_as_a_noun_and_a_condemnation_by_participle_are_acts(string text, string code) =>
        Assert.Contains(Events(Docs.WithNamed(text)), e => e.Code == code);

    [Theory]
    [InlineData("واغلقت البلدية الشارع الرئيسي امام حركة السير لاعمال الصيانة")]
    [InlineData("وعبر المحتجون الشارع الرئيسي باتجاه الساحة")]
    public void test_a_street_closed_for_works_or_crossed_is_no_road_cut(string text) =>
        Assert.DoesNotContain(Events(Docs.WithNamed(text)), e => e.Code == "144");

    [Theory]
    [InlineData("خرج المئات من العمال، اليوم الاحد، بتظاهرة امام مبنى ديوان المحافظة", "protesters")]
    [InlineData("وخرج العشرات من الخريجين بمسيرة جابت شوارع المدينة", "protesters")]
    public void test_counts_a_crowd_gone_out_in_a_protest_told_with_ba_are_protesters(string text, string kind)
    {
        var doc = new Hadath.Extraction.Counts.CountStage().Process(Docs.Tokenized(text));
        Assert.Equal(kind, Assert.Single(doc.Counts).Kind);
    }
}
