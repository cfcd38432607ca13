using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-seven's event pass (the blind ev70- stories: an al-Shabaab car bomb in Mogadishu and the army's raid in
/// Lower Shabelle, a cell taken in Bahrain and the king's Saudi guest, refugees returning through Nassib). Gulf agencies
/// (BNA, KUNA, WAM) open a ruler's name with حضرة before صاحب الجلالة or صاحب السمو (استقبل حضرة صاحب الجلالة الملك X):
/// حضرة is a form of address as صاحب and جلالة are, so the host is still the name after it and the guest the name after
/// the host, where the word used to hide the host and drop the meeting. A palace named after في with its day and closed by
/// a comma with none before it (استقبل الملك X في قصر الصخير اليوم، صاحب السمو الامير Y) is where and when the host
/// received, so the guest is the name after the comma, where it used to be lost.
/// Sentences written for these tests, none from a story or a data set.
/// </summary>
public sealed class EventRoundSeventySevenTests
{
    private static readonly (string, EntityType, string, string?)[] Named =
    [
        ("e1", EntityType.PER, "عبدالله الثاني", null), ("e2", EntityType.PER, "كينجي سايتو", null),
        ("e3", EntityType.PER, "صباح الخالد", null), ("e4", EntityType.PER, "سيرجي لافروف", null),
        ("e5", EntityType.LOC, "قصر الحسينية", null), ("e6", EntityType.LOC, "قصر بيان", null),
    ];

    private static IReadOnlyList<Event> Events(string text) => Docs.Events(text, Named);

    [Theory]
    [InlineData("واستقبل حضرة صاحب الجلالة الملك عبدالله الثاني في قصر الحسينية اليوم السفير الياباني كينجي سايتو", "واستقبل", "e1", "e2")]
    [InlineData("استقبل حضرة صاحب السمو الشيخ صباح الخالد في قصر بيان صباح اليوم وزير الخارجية الروسي سيرجي لافروف", "استقبل", "e3", "e4")]
    // guard: without حضرة the host and guest are read as before
    [InlineData("واستقبل صاحب الجلالة الملك عبدالله الثاني في قصر الحسينية اليوم السفير الياباني كينجي سايتو", "واستقبل", "e1", "e2")]
    [InlineData("استقبل صاحب السمو الشيخ صباح الخالد في قصر بيان صباح اليوم وزير الخارجية الروسي سيرجي لافروف", "استقبل", "e3", "e4")]
    public void test_a_host_after_hadrat_receives_the_guest(string text, string verb, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code == "043");
        Assert.EndsWith(verb[^5..], text[e.Span.Start..e.Span.End]);
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    [InlineData("واستقبل الملك عبدالله الثاني في قصر رغدان اليوم، السفير الياباني كينجي سايتو", "e1", "e2")]
    [InlineData("استقبل الشيخ صباح الخالد في قصر السيف صباح اليوم، وزير الخارجية الروسي سيرجي لافروف", "e3", "e4")]
    [InlineData("والتقى الملك عبدالله الثاني في مقر الديوان الملكي امس الاحد، وزير الخارجية الروسي سيرجي لافروف", "e1", "e4")]
    // guard: a seat with no day before the comma, and the host's seat set off by two commas, read as before
    [InlineData("واستقبل الملك عبدالله الثاني، في قصر الحسينية اليوم، السفير الياباني كينجي سايتو", "e1", "e2")]
    public void test_a_guest_after_a_palace_and_its_day_is_the_target(string text, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.Code.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(source, e.Source?.EntityId);
        Assert.Equal(target, e.Target?.EntityId);
    }

    [Theory]
    // guard: a palace with no day before the comma gives no guest past it
    [InlineData("واستقبل الملك عبدالله الثاني في قصر رغدان، حيث بحث مع السفير الياباني كينجي سايتو العلاقات")]
    public void test_a_palace_with_no_day_is_no_aside(string text)
    {
        var e = Assert.Single(Events(text), e => e.Code == "043");
        Assert.NotEqual("e2", e.Target?.EntityId);
    }
}
