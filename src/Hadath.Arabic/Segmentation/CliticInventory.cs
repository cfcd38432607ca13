using Hadath.Core;

namespace Hadath.Arabic.Segmentation;

/// <summary>
/// The clitics UD Arabic-PADT splits off: conjunctions و ف, prepositions/particles ب ل ك س (the article ال stays
/// on its word, so لل is ل + an ال-word), and the pronoun enclitics.
/// </summary>
public static class CliticInventory
{
    public static readonly string[] Conjunctions = ["و", "ف"];
    public static readonly string[] Particles = ["ب", "ل", "ك", "س"];

    /// <summary>Longest first, so that هما is tried before ما-less readings.</summary>
    public static readonly string[] Enclitics = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "ني", "نا", "ه", "ك", "ي"];

    private static readonly HashSet<string> ProcliticForms = ["و", "ف", "ب", "ل", "ك", "س"];
    private static readonly HashSet<string> EncliticForms = [.. Enclitics];

    public static bool IsEnclitic(ReadOnlySpan<char> s)
    {
        foreach (var e in Enclitics)
        {
            if (s.SequenceEqual(e)) return true;
        }
        return false;
    }

    /// <summary>
    /// Leading clitic forms are proclitics and trailing pronoun forms enclitics, keeping at least one stem;
    /// whatever lies between is stem (مما = من + ما: two stems).
    /// </summary>
    public static SegmentRole[] AssignRoles(IReadOnlyList<string> forms)
    {
        var roles = new SegmentRole[forms.Count];
        Array.Fill(roles, SegmentRole.Stem);
        int last = forms.Count - 1;
        while (last > 0 && EncliticForms.Contains(forms[last]))
        {
            roles[last] = SegmentRole.Enclitic;
            last--;
        }
        int first = 0;
        while (first < last && ProcliticForms.Contains(forms[first]))
        {
            roles[first] = SegmentRole.Proclitic;
            first++;
        }
        return roles;
    }
}
