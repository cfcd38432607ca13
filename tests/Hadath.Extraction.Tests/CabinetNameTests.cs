using Hadath.Core;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// The Council of Ministers named bare (مجلس الوزراء, لمجلس الوزراء) is an organisation, as the story gold marks it (6 times
/// in dev) and as the tagger found it in only 12 of 27 bare uses in the reference stories; inside a title (رئيس مجلس
/// الوزراء, رئاسة مجلس الوزراء) it is part of the title and no name of its own. (NameRecoveryTests had kept it out as any
/// country's cabinet, before the gold of five later rounds marked it; that row is now the first one here.) Sentences written for these tests, none
/// from a story or a data set.
/// </summary>
public sealed class CabinetNameTests
{
    private static string[] Mentions(string text)
    {
        var doc = new NameRecoveryStage().Process(Docs.Tokenized(text));
        return doc.Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();
    }

    [Theory]
    [InlineData("وعقد مجلس الوزراء جلسة طارئة", "ORG مجلس الوزراء")]
    [InlineData("ودان مجلس الوزراء في اجتماعه الاسبوعي الهجوم", "ORG مجلس الوزراء")]
    [InlineData("وقال الوزير خلال اجتماع لمجلس الوزراء ان الخطة جاهزة", "ORG مجلس الوزراء")]
    [InlineData("وقرر مجلس الوزراء في جلسته منح المستثمرين حوافز", "ORG مجلس الوزراء")]
    public void test_the_council_of_ministers_named_bare_is_an_organisation(string text, string expected) =>
        Assert.Contains(expected, Mentions(text));

    [Theory]
    [InlineData("وقال رئيس مجلس الوزراء ان الخطة جاهزة")]
    [InlineData("واعلنت رئاسة مجلس الوزراء ان الخطة جاهزة")]
    [InlineData("وقال نائب رئيس مجلس الوزراء ان الخطة جاهزة")]
    public void test_the_council_inside_a_title_is_no_name(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Contains("مجلس الوزراء", StringComparison.Ordinal));
}
