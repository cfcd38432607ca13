using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-five's event pass (the blind ev68- stories: US-British strikes on Hodeidah and Sanaa, a trafficking ring
/// taken in Kafr el-Sheikh and Sisi's guest from Libya, a Turkish drone strike near Duhok and teachers' protest in
/// Sulaymaniyah). A bare head told again (ودعا المجلس) before a person or a body the story tags (الامم المتحدة) stands
/// alone: a definite noun governs no name, so the name is what the body acted on and the head is the body named in full
/// before it. A bare head acting on such a name tells again a body named before it: one named later with the same head
/// (ومن المقرر ان يعقد مجلس الامن) is then no rival (a bare head acting on no name still leaves two bodies alone). A crowd that gathered or went out with a verbal noun of
/// purpose after it (تجمع الاهالي امام المبنى احتجاجا على, احتشد الطلاب تنديدا ب) protested, as one chanting or demanding does.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventyFiveTests
{
    private static string[][] Entities(AnalyzedDocument doc) =>
        doc.Entities.Select(e => e.Mentions.OrderBy(m => m.Start).Select(m => $"{e.Type} {doc.Text[m.Start..m.End]}").ToArray()).ToArray();

    [Theory]
    // a bare head right before a tagged name of two words or more is the body named in full before it
    [InlineData("ونددت بعثة الامم المتحدة للدعم في ليبيا بالقصف. وطالبت البعثة الاتحاد الاوروبي بدعم الهدنة.", "ORG بعثة الامم المتحدة للدعم في ليبيا", "ORG البعثة")]
    [InlineData("وفرضت المجموعة الاقتصادية لدول غرب افريقيا عقوبات على النيجر. ودعت المجموعة الامم المتحدة الى دعم قرارها.", "ORG المجموعة الاقتصادية لدول غرب افريقيا", "ORG المجموعة")]
    // a body with the same head named only after a bare head acting on a name is no rival
    [InlineData("ونددت بعثة الامم المتحدة للدعم في ليبيا بالقصف. وطالبت البعثة الاتحاد الاوروبي بدعم الهدنة. وتصل بعثة الاتحاد الافريقي الى طرابلس غدا.", "ORG بعثة الامم المتحدة للدعم في ليبيا", "ORG البعثة")]
    public void test_a_bare_head_before_a_name_is_the_body_named_before(string text, string full, string bare)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.Contains(Entities(doc), e => e.Contains(full) && e.Contains(bare));
    }

    [Theory]
    // the name after the bare head stays an entity of its own
    [InlineData("ونددت بعثة الامم المتحدة للدعم في ليبيا بالقصف. وطالبت البعثة الاتحاد الاوروبي بدعم الهدنة.", "ORG الاتحاد الاوروبي", "ORG البعثة")]
    [InlineData("وفرضت المجموعة الاقتصادية لدول غرب افريقيا عقوبات على النيجر. ودعت المجموعة الامم المتحدة الى دعم قرارها.", "ORG الامم المتحدة", "ORG المجموعة")]
    public void test_the_name_after_the_bare_head_is_its_own(string text, string name, string bare)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.Contains(Entities(doc), e => e.Contains(name) && !e.Contains(bare));
    }

    [Theory]
    // guard: a head before a definite word that opens no name is a body of its own; two bodies with one head named
    // before it, or none, leave it bare
    [InlineData("وفرضت المجموعة الاقتصادية لدول غرب افريقيا عقوبات. واجتمع المجلس العسكري امس.", "ORG المجلس")]
    [InlineData("وفرضت المجموعة الاقتصادية لدول غرب افريقيا عقوبات. وقالت المجموعة الدولية للازمات ان الوضع خطير.", "ORG المجموعة")]
    [InlineData("واجتمع مجلس الامن الدولي امس. وقرر مجلس السلم والامن تعليق عضويتها. ودعا المجلس الامم المتحدة الى التحرك.", "ORG المجلس")]
    [InlineData("ودعت البعثة الامم المتحدة الى التحرك. ونددت بعثة الامم المتحدة للدعم في ليبيا بالقصف.", "ORG البعثة")]
    // guard: a bare head acting on no name, with a second body of its head named later, stays bare as before
    [InlineData("ونددت بعثة الامم المتحدة للدعم في ليبيا بالقصف. وقالت البعثة ان الوضع خطير. وتصل بعثة الاتحاد الافريقي الى طرابلس غدا.", "ORG البعثة")]
    public void test_a_bare_head_with_no_one_body_before_it_stays_bare(string text, string bare)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        Assert.DoesNotContain(Entities(doc), e => e.Contains(bare) && e.Length > 1);
    }

    private static IReadOnlyList<Event> Events(AnalyzedDocument doc) => new EventStage().Process(new CountStage().Process(doc)).Events;

    [Theory]
    // a crowd verb with a verbal noun of protest or denunciation in its reach
    [InlineData("وتجمع الاهالي امام مبنى البلدية احتجاجا على انقطاع المياه", "تجمع")]
    [InlineData("واحتشد الطلاب في ساحة الجامعة تنديدا بقرار رفع الرسوم", "احتشد")]
    [InlineData("وتجمهر سكان الحي قرب المستشفى استنكارا لوفاة الطفل", "تجمهر")]
    public void test_a_crowd_gathered_to_protest_protested(string text, string trigger)
    {
        var e = Assert.Single(Events(Docs.WithActors(text)), e => e.Code == "141");
        Assert.Equal(trigger, text[e.Span.Start..e.Span.End].TrimStart('و'));
        Assert.Null(e.Source?.EntityId);
    }

    [Theory]
    // guard: a crowd that gathered to mourn, welcome or watch did not protest
    [InlineData("وتجمعت حشود كبيرة امام منزل الفنانة في مدينة الاسكندرية")]
    [InlineData("وتجمع الاهالي امام مبنى البلدية لاستقبال الوفد الزائر")]
    public void test_a_crowd_gathered_for_no_protest_is_no_event(string text)
    {
        Assert.DoesNotContain(Events(Docs.WithActors(text)), e => e.Code.StartsWith("14", StringComparison.Ordinal));
    }
}
