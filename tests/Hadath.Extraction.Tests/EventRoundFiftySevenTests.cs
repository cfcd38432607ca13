using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Times;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round fifty-seven's event pass (the blind ev50- stories: a roadside bomb in Kirkuk, a march over water in a Rif town,
/// refugees returning from the Bekaa). A body told again by its bare noun right before another body whose name opens with
/// a definite head noun of its own (واتهمت الجمعية المكتب الوطني للكهرباء بـ…) is the subject, linked to the body named
/// first, and the other body the object; no apposition. A time opened by منذ and followed by a حين or عندما clause (منذ عام
/// 2015، حين اتهم X Y) dates what that clause tells: history, not the story's news.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundFiftySevenTests
{
    private static AnalyzedDocument Run(AnalyzedDocument doc) => new ActorStage().Process(doc);

    private static string[] Mentions(AnalyzedDocument doc, string id) =>
        doc.Entities.Single(e => e.Id == id).Mentions.Select(m => doc.Text[m.Start..m.End]).ToArray();

    [Theory]
    // a body's bare noun before a body named by a definite head noun of its own: the subject, linked
    [InlineData("ونددت الجمعية المغربية لحقوق الانسان بالقمع. واتهمت الجمعية المكتب الوطني للكهرباء بالتقصير.", "الجمعية المغربية لحقوق الانسان", "المكتب الوطني للكهرباء", "الجمعية")]
    [InlineData("وقالت نقابة عمال الموانئ انها ستضرب. وحملت النقابة الشركة الوطنية للنقل البحري المسؤولية.", "نقابة عمال الموانئ", "الشركة الوطنية للنقل البحري", "النقابة")]
    [InlineData("واعلنت منظمة اطباء العالم انسحابها. واتهمت المنظمة الوزارة الصحية المحلية بعرقلة عملها.", "منظمة اطباء العالم", "الوزارة الصحية المحلية", "المنظمة")]
    // guard: before a body named by an undefined head noun, as before
    [InlineData("واعلنت التنسيقية الوطنية للاساتذة الاضراب. واتهمت التنسيقية وزارة التربية بالتنصل من الحوار.", "التنسيقية الوطنية للاساتذة", "وزارة التربية", "التنسيقية")]
    // guard: a participle that spells like a head noun, with no body named there, still describes the body (الشركة المنظمة)
    [InlineData("واعلنت شركة الاتصالات الوطنية ارباحها. وقالت الشركة المنظمة للمعرض انها راضية. وحضر مندوب منظمة التجارة العالمية.", "شركة الاتصالات الوطنية", "منظمة التجارة العالمية", "الشركة المنظمة")]
    public void test_a_bodys_noun_before_a_body_with_a_definite_head_is_the_first_body(string text, string body, string other, string again)
    {
        var doc = Run(Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, body, body).WithEntity("e2", EntityType.ORG, other, other));
        Assert.Equal(new[] { body, again }, Mentions(doc, "e1"));
        Assert.Equal(new[] { other }, Mentions(doc, "e2"));
    }

    private static readonly (string, EntityType, string, string?)[] Accusers =
    [
        ("e1", EntityType.PER, "سليم الورفلي", "TUNLAB"), ("e2", EntityType.ORG, "وزارة الصناعة", "TUNGOV"),
    ];

    // Dated 2016-07-15 (Docs.WithActors): 2012 and 2014 are over long before.
    private static IReadOnlyList<Event> TimedEvents(string text) =>
        new EventStage().Process(new CountStage().Process(new TimeStage().Process(Docs.WithActors(text, Accusers)))).Events;

    [Theory]
    // a clause after حين or عندما that follows a time opened by منذ tells what happened then: history
    [InlineData("ولم تهدأ الازمة منذ عام 2012، حين اتهم سليم الورفلي وزارة الصناعة بالتستر على الفساد")]
    [InlineData("ولم يتحدث الطرفان منذ 2014 عندما اتهم سليم الورفلي وزارة الصناعة بخرق الاتفاق")]
    public void test_a_when_clause_after_a_since_time_is_history(string text)
    {
        Assert.DoesNotContain(TimedEvents(text), e => e.Code == "112");
    }

    [Theory]
    // guard: منذ with no when clause after it runs up to the story, as before
    [InlineData("واتهم سليم الورفلي وزارة الصناعة بالتستر على الفساد المستشري منذ عام 2012")]
    [InlineData("واتهم سليم الورفلي وزارة الصناعة منذ 2014 بخرق الاتفاق، حين رفضت تطبيقه")]
    public void test_a_since_time_without_a_when_clause_stays_news(string text)
    {
        var e = Assert.Single(TimedEvents(text), e => e.Code == "112");
        Assert.Equal("e1", e.Source?.EntityId);
        Assert.Equal("e2", e.Target?.EntityId);
    }
}
