namespace Hadath.Extraction.Actors;

/// <summary>
/// CAMEO's role (agent) codes: what an actor is (GOV government, MIL military, COP police, REB rebels, UAF unidentified
/// armed forces, CVL civilians …), as against the country or bloc that opens a full code (IRQ, USA, IGO, IMG). A code
/// is written with the role alone where no country is known (UAF, CVL, COPMIL): no role code is also a country's
/// ISO 3166 alpha-3, so the first three letters tell the two kinds apart.
/// </summary>
public static class CameoRoles
{
    /// <summary>The CAMEO codebook's role codes (primary and secondary), with REL for religious actors.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "JUD", "SPY", "REB", "INS", "SEP", "OPP", "PTY", "UAF",
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MOD", "RAD", "REF", "REL",
    };

    /// <summary>Whether the code opens with a role, so names no country (UAF, CVLEDU; not IRQMIL).</summary>
    public static bool OpensWithRole(string code) => code.Length >= 3 && All.Contains(code[..3]);
}
