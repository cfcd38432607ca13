using Hadath.Core;
using Hadath.Extraction.Actors;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>
/// Whom a protest was against when it says no more than where it went: before or toward a foreign state's embassy or
/// consulate (تظاهروا امام السفارة السعودية, ساروا نحو السفارة التونسية), that state, as CAMEO coders give it. A protest
/// before a local office (امام مقر المحافظة, امام مبنى مجلس الامة) is where it was held, not whom it was against: the
/// hand-annotated stories give it no target.
/// </summary>
public sealed partial class EventArguments
{
    /// <summary>Words that bring a march or a gathering to a place: before it, toward it, up to it, near it.</summary>
    private static readonly HashSet<string> Toward = MatchKey.SetOf("امام", "نحو", "حتي", "قرب", "الي");

    /// <summary>Words for the building a seat is in (مبنى, مقر), passed on the way to the seat's noun.</summary>
    private static readonly HashSet<string> Buildings = MatchKey.SetOf("مبني", "مقر", "مقار", "مباني");

    /// <summary>A state's seats abroad: its embassy and its consulate.</summary>
    private static readonly HashSet<string> Seats = MatchKey.SetOf("سفاره", "السفاره", "قنصليه", "القنصليه");

    private const int MaxSeatWords = 4;

    /// <summary>Words of standing before or beside a place (امام, قرب): what happened there was not done to it.</summary>
    private static readonly HashSet<string> Beside = MatchKey.SetOf("امام", "قرب", "مقابل", "قبالة", "بمحاذاة");

    /// <summary>
    /// Whether the name opening at word <paramref name="k"/> follows امام/قرب, alone or past its building (امام مبنى الوزارة,
    /// قرب مقر الحزب): a body before whose seat an act took place (وفرقت القوات المحتجين لدى محاولتهم الاعتصام امام مبنى
    /// الوزارة) is where it happened, no object of it.
    /// </summary>
    private static bool BesideSeatOf(Sentence s, int k) =>
        k >= 1 && Beside.Contains(s.Words[k - 1].Key) || k >= 2 && Buildings.Contains(s.Words[k - 1].Key) && Beside.Contains(s.Words[k - 2].Key);

    /// <summary>
    /// The state at whose embassy a protest was made, in words [from, right]: the name there, else the seat's words (its
    /// noun and the definite words or name after it: السفارة التونسية, سفارة الولايات المتحدة), coded as the government
    /// of the state a nationality or a country in them names; both null when the clause names no embassy.
    /// </summary>
    private (Entity? Named, ActorPhrases.Phrase? Unnamed) ProtestedSeat(Sentence s, int from, int right)
    {
        for (int k = Math.Max(0, from); k < right && k < s.Words.Count; k++)
        {
            if (!Toward.Contains(s.Words[k].Key)) continue;
            int seat = k + 1;
            while (seat <= right && s.StartingAt(seat) is null && Buildings.Contains(s.Words[seat].Key)) seat++;
            // خرجوا الى الشوارع امام السفارة: a place that is no seat may come first.
            if (seat > right || !Seats.Contains(s.Words[seat].Key)) continue;
            // سفارة الولايات المتحدة tagged as one organisation: the embassy itself.
            return s.StartingAt(seat) is { Entity.Type: EntityType.ORG } embassy ? (embassy.Entity, null) : (null, SeatWords(s, seat, right));
        }
        return (null, null);
    }

    /// <summary>The seat's noun at word <paramref name="seat"/> and the words after it that tell whose it is.</summary>
    private ActorPhrases.Phrase SeatWords(Sentence s, int seat, int right)
    {
        int end = seat + 1;
        string? nation = null;
        while (end <= right && end - seat < MaxSeatWords && s.Words[end].IsLetters && !Prepositions.Contains(s.Words[end].Key))
        {
            if (s.StartingAt(end) is { } named)
            {
                nation ??= named.Entity.Type == EntityType.LOC && named.Entity.Actor is { Length: 3 } state ? state : null;
                end = named.Last + 1;
                break;
            }
            // امام السفارة الامريكية الاحد: a day or a time adjective after it says when, not whose.
            if (!s.Words[end].Key.StartsWith("ال", StringComparison.Ordinal) || IsTime(s, end) || TimeAdjectives.Contains(s.Words[end].Key)) break;
            nation ??= _actors.Nationality(NameKey.Word(s.Words[end].Key));
            end++;
        }
        var span = new TextSpan(s.Words[seat].Start, s.Words[end - 1].End);
        // An embassy is its state's government abroad (TUNGOV).
        return new ActorPhrases.Phrase(span, end, nation is null ? null : nation + "GOV", "GOV");
    }
}
