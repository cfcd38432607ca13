using Hadath.Core;
using Hadath.Extraction.Counts;
using Hadath.Extraction.Events;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Tests;

/// <summary>
/// A stray tatweel or a lone haraka between spaces folds to no letter. It used to be scanned as a letters word with an
/// empty key, and event rules that read a word's first letter threw on it, so the whole document was lost.
/// </summary>
public sealed class StrayTatweelTests
{
    [Theory]
    [InlineData("اعتقلت الشرطة 5 ـ أمس.")]
    [InlineData("اعتقلت ـ الشرطة رجلا.")]
    [InlineData("اعتقلت \u064E الشرطة رجلا.")]
    [InlineData("اعتقلت ـــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــــ الشرطة رجلا.")]
    public void test_a_run_without_letters_is_no_word_and_the_arrest_is_still_read(string text)
    {
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        Assert.All(words, w => Assert.NotEqual("", w.Key));
        Assert.Equal(["اعتقلت", "الشرطه"], words.Take(2).Select(w => w.Key));

        var events = new EventStage().Process(new CountStage().Process(Docs.WithNamed(text))).Events;
        Assert.Contains(events, e => e.Code.StartsWith("17", StringComparison.Ordinal));
    }
}
