using Hadath.Core;

namespace Hadath.Extraction.Tests;

/// <summary>
/// Round seventy-seven's event pass (the blind ev70- stories: an al-Shabaab car bomb in Mogadishu and the army's raid in
/// Lower Shabelle, a cell taken in Bahrain and the king's Saudi guest, refugees returning through Nassib). Gulf agencies
/// (BNA, KUNA, WAM) open a ruler's name with حضرة before صاحب الجلالة or صاحب السمو (استقبل حضرة صاحب الجلالة الملك X):
/// حضرة is a form of address as صاحب and جلالة are, so the host is still the name after it and the guest the name after
/// the host, where the word used to hide the host and drop the meeting.
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
}
