using System.Collections.Immutable;
using System.Globalization;
using Hadath.Core;
using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Times;

/// <summary>
/// Adds the <see cref="Layers.Times"/> layer: dates, weekdays, relative days, months (Levantine, Egyptian,
/// Maghrebi, double forms), years, Hijri dates, ranges and durations, resolved against the story date
/// (<see cref="DocumentMetadata.Date"/>). Reads each sentence on its own so no expression spans two.
/// </summary>
public sealed class TimeStage : IStage
{
    private readonly TimeLexicon _lexicon;
    private readonly NumberReader _numbers;

    public TimeStage() : this(TimeLexicon.Shared, NumberReader.Shared)
    {
    }

    public TimeStage(TimeLexicon lexicon, NumberReader numbers)
    {
        _lexicon = lexicon;
        _numbers = numbers;
        _keyGates = KeyGateMemo.PerThread(key => TimeRecognizer.KeyGatesOf(_lexicon, _numbers, key));
    }

    /// <summary>
    /// Each thread's memo of the recognizer's first tests per key (<see cref="TimeRecognizer.KeyGatesOf"/>), kept from story to
    /// story: the lexicon's and the number reader's first tests were made for every word of every story.
    /// </summary>
    private readonly ThreadLocal<KeyGateMemo> _keyGates;

    public string Name => "times";
    public Layers Requires => Layers.Sentences;
    public Layers Provides => Layers.Times;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        var times = ImmutableArray.CreateBuilder<TimeExpression>();
        // Holds per-sentence state: one per document, so the stage stays thread-safe.
        var recognizer = new TimeRecognizer(_lexicon, _numbers) { Names = MentionSpans(document.Entities), KeyGates = _keyGates.Value };
        // حركة 20 فبراير, موقع 26 سبتمبر نت: a date inside an organisation's name names it and tells no time.
        var bodies = OrganisationSpans(document.Entities);
        foreach (var sentence in document.Sentences)
        {
            var words = WordScanner.Scan(document.Text, sentence.Span);
            TimeExpression? pending = null;
            foreach (var hit in recognizer.Hits(document.Text, words, document.Metadata.Date))
            {
                if (Inside(bodies, hit.Span)) continue;
                var time = new TimeExpression(WithYawm(document.Text, hit.Span), hit.Value) { Modifier = hit.Modifier };
                // اعلنت الوزارة اليوم الجمعة, بحث امس الخميس: a relative day and its weekday, one space apart and the same
                // day, are one time (as a weekday with its date is). يصل الوفد غدا الخميس: so when the bare weekday was read
                // in another week, the relative day's date being that weekday.
                if (pending is { } day && RightAfter(document.Text, day, time) && IsRelativeDay(document.Text, day.Span) &&
                    (day.Value == time.Value || IsWeekdayOf(document.Text, time.Span, day.Value)))
                {
                    pending = new TimeExpression(new TextSpan(day.Span.Start, time.Span.End), day.Value);
                    continue;
                }
                // يوم غد الثلاثاء 12 يناير 2016: tomorrow's weekday and the date after it, the same day, are one time as a
                // bare weekday and its date are.
                if (pending is { } named && named.Value == time.Value && RightAfter(document.Text, named, time) && IsTomorrowsWeekday(document.Text, named.Span))
                {
                    pending = new TimeExpression(new TextSpan(named.Span.Start, time.Span.End), time.Value);
                    continue;
                }
                if (pending is { } done) times.Add(done);
                pending = time;
            }
            if (pending is { } last) times.Add(last);
        }
        return document.WithTimes(times.ToImmutable());
    }

    /// <summary>
    /// Whether <paramref name="time"/> stands one space after <paramref name="before"/>, neither with a modifier (اليوم الجمعة,
    /// غد الثلاثاء 12 يناير): two readings of one day that may be joined into one time.
    /// </summary>
    private static bool RightAfter(string text, TimeExpression before, TimeExpression time) =>
        before.Modifier is null && time.Modifier is null && time.Span.Start == before.Span.End + 1 && text[before.Span.End] == ' ';

    /// <summary>The weekdays by name (as match keys), in <see cref="DayOfWeek"/> order from الاحد.</summary>
    private static readonly string[] WeekdayNames = new[] { "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت" }
        .Select(w => MatchKey.Of(w)).ToArray();

    private static readonly HashSet<string> Weekdays = WeekdayNames.ToHashSet(StringComparer.Ordinal);

    private const string Yawm = "يوم";

    /// <summary>غد and the space after it: tomorrow with its weekday (غد الخميس), which يوم before it names too (يوم غد الخميس).</summary>
    private static readonly string Tomorrow = MatchKey.Of("غد") + " ";

    private static readonly string DayTomorrow = Yawm + " " + Tomorrow;

    /// <summary>
    /// قالت مصادر ان 17 شخصا اصيبوا يوم الثلاثاء, صبيحة يوم الاحد: a bare weekday right after the word يوم takes it, as
    /// the expression names the day (a part of the day before it, صبيحة, stays out); so does tomorrow with its weekday
    /// (يوم غد الخميس). A coming one (يوم الخميس المقبل) is annotated as its weekday and المقبل alone and keeps its span.
    /// </summary>
    private static TextSpan WithYawm(string text, TextSpan span)
    {
        int at = span.Start - Yawm.Length - 1;
        if (at < 0 || text[span.Start - 1] != ' ' || string.CompareOrdinal(text, at, Yawm, 0, Yawm.Length) != 0) return span;
        if (at > 0 && char.IsLetter(text[at - 1])) return span;
        var key = MatchKey.Of(text.AsSpan(span.Start, span.End - span.Start));
        return Weekdays.Contains(key) || key.StartsWith(Tomorrow, StringComparison.Ordinal) ? new TextSpan(at, span.End) : span;
    }

    private static readonly HashSet<string> RelativeDays = new[] { "اليوم", "امس", "غدا" }.Select(w => MatchKey.Of(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads a time's words: whether they are tomorrow written غد with its weekday (غد الثلاثاء, يوم غد الثلاثاء).</summary>
    private static bool IsTomorrowsWeekday(string text, TextSpan span)
    {
        var key = MatchKey.Of(text.AsSpan(span.Start, span.End - span.Start));
        return key.StartsWith(Tomorrow, StringComparison.Ordinal) || key.StartsWith(DayTomorrow, StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads a time's words and a relative day's ISO date (غدا الخميس: 2026-04-16): whether the words are the bare weekday
    /// that date falls on. A time that is no bare weekday, or a value that is no day, is not.
    /// </summary>
    private static bool IsWeekdayOf(string text, TextSpan span, string value)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return false;
        return MatchKey.Of(text.AsSpan(span.Start, span.End - span.Start)) == WeekdayNames[(int)date.DayOfWeek];
    }

    private static bool IsRelativeDay(string text, TextSpan span) => RelativeDays.Contains(MatchKey.Of(text.AsSpan(span.Start, span.End - span.Start)));

    /// <summary>
    /// The mentions of organisations, each with whether its name holds a digit (حركة 20 فبراير): a time inside one is part
    /// of the name when the name has a day's number or goes on past the time (سبتمبر نت); a bare day the tagger took into a
    /// name's end (مجلس الامن الثلاثاء) stays a time.
    /// </summary>
    private static List<(TextSpan Span, bool Dated)>? OrganisationSpans(ImmutableArray<Entity> entities)
    {
        List<(TextSpan, bool)>? spans = null;
        foreach (var e in entities)
        {
            if (e.Type != EntityType.ORG) continue;
            bool dated = e.Name.AsSpan().ContainsAny(Digits);
            foreach (var m in e.Mentions) (spans ??= new()).Add((m.Span, dated));
        }
        return spans;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789٠١٢٣٤٥٦٧٨٩");

    private static bool Inside(List<(TextSpan Span, bool Dated)>? spans, TextSpan time)
    {
        if (spans is null) return false;
        foreach (var (s, dated) in spans)
        {
            if (s.Start <= time.Start && time.End <= s.End && (dated || time.End < s.End)) return true;
        }
        return false;
    }

    /// <summary>The spans of every entity's mentions, in one array of the exact size (no enumerator chain per document).</summary>
    private static TextSpan[] MentionSpans(ImmutableArray<Entity> entities)
    {
        int count = 0;
        foreach (var e in entities) count += e.Mentions.Length;
        var spans = new TextSpan[count];
        int at = 0;
        foreach (var e in entities)
        {
            foreach (var m in e.Mentions) spans[at++] = m.Span;
        }
        return spans;
    }
}
