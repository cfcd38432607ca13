using Hadath.Core;
using Hadath.Extraction.Mentions;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Names of bodies whose complement is two nouns joined by و (حزب العدالة والتنمية, حركة العدل والمساواة, وزارة التعليم
/// العالي والبحث العلمي), which the tagger cuts before the و: the joined noun is part of the name, unless it is an actor
/// of its own (حركة النهضة والحكومة) or another name. Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class ConjoinedNamesTests
{
    private static string[] Mentions(AnalyzedDocument doc) =>
        new NameRecoveryStage().Process(doc).Entities.SelectMany(e => e.Mentions.Select(m => (m.Start, Shown: $"{e.Type} {doc.Text[m.Start..m.End]}")))
            .OrderBy(x => x.Start).Select(x => x.Shown).ToArray();

    [Theory]
    [InlineData("واتهم حزب العدالة والتنمية المعارضة بالتحريض", "حزب العدالة", "ORG حزب العدالة والتنمية")]
    [InlineData("وتبنت حركة العدل والمساواة الهجوم على البلدة", "حركة العدل", "ORG حركة العدل والمساواة")]
    [InlineData("وقررت وزارة التعليم العالي والبحث العلمي تأجيل الامتحانات", "وزارة التعليم العالي", "ORG وزارة التعليم العالي والبحث العلمي")]
    [InlineData("وشارك في المسيرة ناشطون من جماعة العدل والاحسان المحظورة", "جماعة العدل", "ORG جماعة العدل والاحسان")]
    public void test_a_noun_joined_by_wa_to_a_bodys_complement_is_part_of_its_name(string text, string tagged, string expected)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, tagged, tagged);
        Assert.Equal(new[] { expected }, Mentions(doc));
    }

    [Theory]
    // an actor of its own after و
    [InlineData("واتهمت حركة النهضة والحكومة المعارضة بالتحريض", "حركة النهضة", "ORG حركة النهضة")]
    [InlineData("واشتبكت عناصر حزب الله والجيش مع المسلحين", "حزب الله", "ORG حزب الله")]
    // another body, or after the country's adjective that closes the name
    [InlineData("وقالت وزارة الصحة والمجلس الوطني للسكان ان", "وزارة الصحة", "ORG وزارة الصحة")]
    [InlineData("ووقعت وزارة الاستثمار المصرية والمؤسسة الدولية اتفاقا", "وزارة الاستثمار المصرية", "ORG وزارة الاستثمار المصرية")]
    [InlineData("وطالب اتحاد الشغل والمعطلين بالتشغيل", "اتحاد الشغل", "ORG اتحاد الشغل")]
    // a one-word name is no body with a complement
    [InlineData("ودعت النهضة والتكتل الى الحوار", "النهضة", "ORG النهضة")]
    public void test_an_actor_or_a_bare_name_after_wa_is_not_joined(string text, string tagged, string expected)
    {
        var doc = Docs.Tokenized(text).WithEntity("e1", EntityType.ORG, tagged, tagged);
        Assert.Contains(expected, Mentions(doc));
        Assert.DoesNotContain(Mentions(doc), m => m.StartsWith(expected + " و", StringComparison.Ordinal));
    }
}
