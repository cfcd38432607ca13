using Hadath.Extraction.Numbers;
using Hadath.Extraction.Text;

namespace Hadath.Extraction.Counts;

/// <summary>
/// Numbers of people that describe rather than report, as the 3,000 reference stories showed them: the members a body
/// is made up of (المجلس المكون من 15 عضوا, وتضم المنظمة 192 عضوا: most of them states) and the children someone has
/// (ومتزوجة ولها ثلاثة ابناء, وانجبا خمسة ابناء). Nothing happened to these people; like a capacity, they are no count.
/// </summary>
public sealed partial class CountRecognizer
{
    /// <summary>Words that tell what a body is made of, before من (يتكون من, المؤلف من) or before the number (يضم, تضم).</summary>
    private static readonly HashSet<string> MadeOf = MatchKey.SetOf(
        "يتكون", "تتكون", "يتألف", "تتألف", "ويتكون", "وتتكون", "ويتألف", "وتتألف", "المكون", "المكونة", "المؤلف", "المؤلفة", "مكون", "مكونة", "مؤلف", "مؤلفة",
        "يضم", "تضم", "ويضم", "وتضم");

    private static readonly HashSet<string> Members = MatchKey.SetOf("عضوا", "عضو", "اعضاء");

    /// <summary>Words between a word of make-up and the number: يتكون مجلس ادارة الاتحاد من 27 عضوا.</summary>
    private const int MaxMadeOfGap = 5;

    /// <summary>Nouns of someone's children (ثلاثة ابناء, خمسة اطفال).</summary>
    private static readonly HashSet<string> Children = MatchKey.SetOf("اطفال", "أطفال", "ابناء", "أبناء", "بنات", "اولاد", "أولاد");

    /// <summary>Words of having or bearing children right before their number (له, ولديها, انجبا, رزق).</summary>
    private static readonly HashSet<string> Having = MatchKey.SetOf(
        "له", "لها", "لهما", "وله", "ولها", "ولهما", "لديه", "لديها", "لديهما", "ولديه", "ولديها", "ولديهما",
        "انجب", "انجبت", "انجبا", "وانجب", "وانجبت", "وانجبا", "رزق", "ورزق", "رزقت", "ورزقت");

    /// <summary>
    /// Whether an amount (no action told what happened to the people) is a body's members or someone's children: the noun
    /// right after the number is عضوا with a word of make-up up to <see cref="MaxMadeOfGap"/> words before, or a noun of
    /// children right after a word of having.
    /// </summary>
    private static bool IsMakeup(IReadOnlyList<Word> w, NumberPhrase number, int lead)
    {
        if (number.EndWord >= w.Count) return false;
        string noun = w[number.EndWord].Key;
        if (Members.Contains(noun)) return ListedShortlyBefore(w, lead, MaxMadeOfGap, MadeOf);
        return Children.Contains(noun) && lead > 0 && Having.Contains(w[lead - 1].Key);
    }
}
