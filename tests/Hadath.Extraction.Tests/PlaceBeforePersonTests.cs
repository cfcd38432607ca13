using Hadath.Core;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A person span the tagger opened with a listed place (عضو مجلس محافظة صلاح الدين خالد الجبوري) is the place, the council
/// named after it, and the person; a Levantine given name and the word after it are a person the tagger missed
/// (ميشال عون). Sentences written for these tests, none from a
/// story or a data set.
/// </summary>
public sealed class PlaceBeforePersonTests
{
    /// <summary>Every mention as "TYPE text", in text order.</summary>
    private static string[] Mentions(AnalyzedDocument doc) =>
        doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("وطالب عضو مجلس محافظة صلاح الدين سعد العبيدي الحكومة بارسال تعزيزات", "صلاح الدين سعد العبيدي",
        new[] { "ORG مجلس محافظة صلاح الدين", "PER سعد العبيدي" })]
    [InlineData("واتهم عضو مجلس محافظة ديالى رعد حسين التميمي جهات سياسية بالتقصير", "ديالى رعد حسين التميمي",
        new[] { "ORG مجلس محافظة ديالى", "PER رعد حسين التميمي" })]
    public void test_a_place_the_tagger_ran_into_a_person_is_split_off(string text, string tagged, string[] expected)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, tagged, tagged);
        Assert.Equal(expected, Mentions(new NameRecoveryStage().Process(doc)));
    }

    [Fact]
    public void test_a_person_named_after_a_place_with_one_word_left_stays_whole()
    {
        // صلاح الدين الايوبي: one word after the place is his name's end, no second person
        var text = "وزار الوفد مدينة صلاح الدين الايوبي التاريخية";
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.PER, "صلاح الدين الايوبي", "صلاح الدين الايوبي");
        Assert.Contains("PER صلاح الدين الايوبي", Mentions(new NameRecoveryStage().Process(doc)));
    }

    [Theory]
    [InlineData("ودعا الرئيس ميشال عون المجتمع الدولي الى المساعدة", "PER ميشال عون")]
    [InlineData("وقال النائب جورج عدوان ان الحكومة مقصرة", "PER جورج عدوان")]
    public void test_a_levantine_given_name_and_the_word_after_it_are_a_person(string text, string expected) =>
        Assert.Contains(expected, Mentions(new NameRecoveryStage().Process(Docs.Tokenized(text))));

    [Theory]
    [InlineData("وقالت ان باراك وزوجته ميشيل معا سينتجان افلاما")]     // an adverb after the bare given name
    [InlineData("ويعاني الناس من اليأس في المخيمات")]                  // despair, spelled like the name الياس once hamza folds
    public void test_a_given_name_before_an_adverb_or_a_word_spelled_like_one_is_no_person(string text) =>
        Assert.DoesNotContain(Mentions(new NameRecoveryStage().Process(Docs.Tokenized(text))), m => m.StartsWith("PER ", StringComparison.Ordinal) && m[4..].Contains(' '));
}
