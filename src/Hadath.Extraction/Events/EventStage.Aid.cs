using Hadath.Core;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Events;

/// <summary>Aid handed out goes to whom it is given; a place named as where it was handed out is no recipient.</summary>
public sealed partial class EventStage
{
    /// <summary>Words before a place that make it where something happened (في بلدة طويلة, غربي الفاشر, شمال المدينة).</summary>
    private static readonly HashSet<string> WhereWords = MatchKey.SetOf("في", "وفي", "شمالي", "جنوبي", "شرقي", "غربي", "شمال", "جنوب", "شرق", "غرب", "قرب", "وسط");

    /// <summary>Place nouns that may stand between a word of where and the place's name (في بلدة X, في مخيم X).</summary>
    private static readonly HashSet<string> PlaceHeads = MatchKey.SetOf("مدينة", "بلدة", "قرية", "مخيم", "منطقة", "ولاية", "محافظة", "حي");

    /// <summary>
    /// Whether the place <paramref name="place"/> is named as where an act happened rather than whom it reached: after في or a
    /// bearing, past a place noun (في بلدة طويلة غربي الفاشر); a place after الى or as the object (منح البنك الدولي
    /// موريتانيا 20 مليون دولار, ادخلت اللجنة قافلة الى مدينة دوما) is not.
    /// </summary>
    private static bool GivenTo(EventArguments.Sentence s, Entity place)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity != place) continue;
            int k = m.First - 1;
            if (k >= 0 && PlaceHeads.Contains(s.Words[k].Key)) k--;
            if (k >= 0 && WhereWords.Contains(s.Words[k].Key)) return false;
        }
        return true;
    }
}
