using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

public sealed partial class EventArguments
{
    /// <summary>One sentence: its words and the entity mentions in it, each with the words it covers.</summary>
    public sealed class Sentence
    {
        /// <param name="datelineCountry">The country of the story's dateline, if it has one: see <see cref="Country"/>.</param>
        public Sentence(string text, IReadOnlyList<Word> words, IEnumerable<(TextSpan Span, Entity Entity)> mentions, string? datelineCountry = null)
            : this(text, words, new ReadOnlySpan<(TextSpan Span, Entity Entity)>(mentions.ToArray()), datelineCountry)
        {
        }

        /// <summary>
        /// As the public constructor, with the mentions read in place (the event stage passes the sentence's mentions in a
        /// buffer it keeps): their places are gathered in a buffer the thread keeps and copied once into
        /// <see cref="Mentions"/>, where a list of the mentions and a list of their places grew and were copied for each sentence.
        /// </summary>
        internal Sentence(string text, IReadOnlyList<Word> words, ReadOnlySpan<(TextSpan Span, Entity Entity)> mentions, string? datelineCountry = null)
        {
            Text = text;
            Words = words;
            var placed = t_placed is { } kept && kept.Length >= mentions.Length ? kept : new Placed[Math.Max(16, mentions.Length)];
            t_placed = null;
            int n = 0;
            var inPlace = WordScanner.AsSpan(words);
            bool ordered = true;
            foreach (var m in mentions)
            {
                var p = new Placed(m.Entity, WordAt(inPlace, m.Span.Start), WordAt(inPlace, m.Span.End - 1), m.Span);
                if (p.First < 0 || p.Last < 0) continue;
                ordered &= n == 0 || placed[n - 1].First <= p.First;
                placed[n++] = p;
            }
            // Mentions come by start, so their first words are in order already; otherwise a stable sort by first word.
            Mentions = ordered ? placed.AsSpan(0, n).ToArray() : placed.Take(n).OrderBy(m => m.First).ToArray();
            Array.Clear(placed, 0, n);
            t_placed = placed;
            Country = datelineCountry ?? PlaceCountry(this);
        }

        /// <summary>The buffer the mentions are placed in before they are copied out (emptied: it holds no entity).</summary>
        [ThreadStatic] private static Placed[]? t_placed;

        public string Text { get; }
        public IReadOnlyList<Word> Words { get; }

        /// <summary>
        /// The country (CAMEO code) of the story's dateline or, with none, of the sentence's places when they are all of one
        /// country (<see cref="PlaceCountry"/>): the home of an actor phrase without a nationality.
        /// </summary>
        public string? Country { get; }

        /// <summary>
        /// The story's organisations and persons by the match keys of their names (<see cref="NamesByKey"/>), built the
        /// first time a word with لل asks for them, not for every story.
        /// </summary>
        public Lazy<Dictionary<string, Entity>>? ClitickedNames { get; init; }

        /// <summary>The counts of the sentence (people killed, taken, protesting …): people counted may be a side of an act.</summary>
        public IReadOnlyList<Count> Counts { get; init; } = [];

        /// <summary>The spans of the sentence's time expressions (في تموز/يوليو, الثالث من الشهر): asides between a verb and its object.</summary>
        public IReadOnlyList<TextSpan> Times { get; init; } = [];

        /// <summary>Whether word <paramref name="k"/> lies inside one of the sentence's time expressions.</summary>
        public bool InTime(int k)
        {
            var word = Words[k];
            // By index: asked of word after word, a foreach through the interface made an enumerator each time.
            var times = Times;
            for (int i = 0; i < times.Count; i++)
            {
                var t = times[i];
                if (t.Start <= word.Start && word.End <= t.End) return true;
            }
            return false;
        }

        public Placed[] Mentions { get; }

        public Placed? StartingAt(int word)
        {
            foreach (var m in Mentions)
            {
                if (m.First == word) return m;
            }
            return null;
        }

        /// <summary>The first mention of <paramref name="entity"/> that starts after word <paramref name="word"/>, or null.</summary>
        public Placed? FirstAfter(Entity entity, int word)
        {
            foreach (var m in Mentions)
            {
                if (m.Entity == entity && m.First > word) return m;
            }
            return null;
        }

        /// <summary>Whether word <paramref name="word"/> lies inside a mention of the sentence (بركات in عبد الله بركات).</summary>
        public bool InMention(int word)
        {
            foreach (var m in Mentions)
            {
                if (m.First <= word && word <= m.Last) return true;
            }
            return false;
        }

        public Placed? EndingAt(int word)
        {
            for (int k = Mentions.Length - 1; k >= 0; k--)
            {
                if (Mentions[k].Last == word) return Mentions[k];
            }
            return null;
        }

        /// <summary>The word holding character <paramref name="offset"/>, or -1: searched, as the words are in order and apart.</summary>
        private static int WordAt(ReadOnlySpan<Word> words, int offset)
        {
            int k = WordScanner.FirstAtOrAfter(words, offset + 1) - 1;
            return k >= 0 && offset < words[k].End ? k : -1;
        }
    }

    /// <summary>The first and last of <paramref name="words"/> that overlap <paramref name="span"/>; (-1, -1) when none does.</summary>
    /// <remarks>Searched: the words are in order and apart, so those overlapping the span stand together.</remarks>
    internal static (int First, int Last) WordRange(IReadOnlyList<Word> words, TextSpan span)
    {
        var inPlace = WordScanner.AsSpan(words);
        int lo = 0, hi = inPlace.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (inPlace[mid].End <= span.Start) lo = mid + 1; else hi = mid;
        }
        int last = WordScanner.FirstAtOrAfter(inPlace, span.End) - 1;
        return lo <= last ? (lo, last) : (-1, -1);
    }
}
