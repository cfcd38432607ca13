using System.Runtime.CompilerServices;
using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Where the keys of a word's <see cref="Proclitics"/> readings start in its own key, in the order
/// <see cref="Proclitics.ReadingsOf"/> gives them: every reading's key is the word's key less the clitics peeled from
/// its front. The verb table asks of a dozen words after each verb whether one may be an object's word; read as
/// offsets, those words are asked without their readings being made (an array and a string per reading, most of what
/// the event stage allocated), and are peeled only where a later rule asks for their readings.
/// </summary>
internal static class PeeledKeys
{
    /// <summary>As many readings as <see cref="Proclitics"/> makes at most.</summary>
    public const int Max = Proclitics.MaxStarts;

    /// <summary>Room for a word's offsets, on the stack (a stackalloc would keep the caller's loop from being profiled).</summary>
    [InlineArray(Max)]
    public struct Buffer
    {
        private int _first;
    }

    /// <summary>The flag of an offset whose reading peeled an article (<see cref="Proclitics.Reading.HadArticle"/>).</summary>
    public const int Article = Proclitics.Article;

    /// <summary>
    /// Writes the start of each reading's key in <paramref name="word"/>'s key to <paramref name="starts"/> (at least
    /// <see cref="Max"/> long), with <see cref="Article"/> set where the reading peeled an article; returns how many.
    /// The offsets are <see cref="Proclitics.Starts"/>, the rule <see cref="Proclitics"/> makes its readings by.
    /// </summary>
    public static int Of(Word word, Span<int> starts)
    {
        if (word.IsLetters) return Proclitics.Starts(word.Key, starts);
        starts[0] = 0;
        return 1;
    }

    /// <summary>The key of the reading starting at <paramref name="start"/> (an offset of <see cref="Of"/>, flag and all).</summary>
    public static ReadOnlySpan<char> KeyAt(Word word, int start) => word.Key.AsSpan(start & (Article - 1));

    /// <summary>The span of the reading starting at <paramref name="start"/>, as <see cref="Proclitics"/> gives it.</summary>
    public static TextSpan SpanAt(string text, Word word, int start)
    {
        int letters = start & (Article - 1);
        if (letters == 0) return word.Span;
        return word.Key.Length == word.Span.Length ? new TextSpan(word.Start + letters, word.End) : Proclitics.Skip(text, word.Span, letters);
    }
}
