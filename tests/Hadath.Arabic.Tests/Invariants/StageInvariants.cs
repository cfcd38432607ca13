using Hadath.Core;

namespace Hadath.Arabic.Tests.Invariants;

/// <summary>What must hold after every stage, whatever the input: spans in range, ordered, non-overlapping, never splitting a surrogate pair.</summary>
internal static class StageInvariants
{
    public static void Check(AnalyzedDocument doc)
    {
        var text = doc.Text;
        int previousEnd = 0;
        foreach (var t in doc.Tokens)
        {
            Assert.True(t.Start >= previousEnd, $"token {t.Span} overlaps or precedes the previous one");
            Assert.True(t.End > t.Start && t.End <= text.Length, $"token {t.Span} is empty or out of range");
            Assert.Equal(text.Substring(t.Start, t.End - t.Start), doc.Slice(t.Span));
            var surface = doc.SliceSpan(t.Span);
            Assert.False(surface.ContainsAny(" \t\r\n\u00A0"), $"token {t.Span} '{surface}' contains white space");
            Assert.False(IsBlank(surface), $"token {t.Span} is white space or invisible only");
            AssertNotInsidePair(text, t.Start);
            AssertNotInsidePair(text, t.End);
            foreach (var s in t.Segments)
            {
                Assert.True(t.Span.Contains(s.Span) && !s.Span.IsEmpty, $"segment {s.Span} is outside token {t.Span}");
            }
            previousEnd = t.End;
        }

        previousEnd = 0;
        int covered = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.True(s.Start >= previousEnd && s.End > s.Start && s.End <= text.Length, $"sentence {s.Span} is out of order or range");
            var range = doc.TokenRange(s.Span);
            var (offset, count) = range.GetOffsetAndLength(doc.Tokens.Length);
            Assert.True(count > 0, $"sentence {s.Span} holds no token");
            Assert.Equal(doc.Tokens[offset].Start, s.Start);
            Assert.Equal(doc.Tokens[offset + count - 1].End, s.End);
            covered += count;
            previousEnd = s.End;
        }
        if (doc.Has(Layers.Sentences)) Assert.Equal(doc.Tokens.Length, covered);
    }

    private static bool IsBlank(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format) return false;
        }
        return true;
    }

    private static void AssertNotInsidePair(string text, int offset)
    {
        if (offset > 0 && offset < text.Length)
        {
            Assert.False(char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]), $"offset {offset} splits a surrogate pair");
        }
    }
}
