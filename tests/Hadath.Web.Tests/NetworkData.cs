using Hadath.Store;

namespace Hadath.Web.Tests;

/// <summary>
/// A hand-made store for the actor network: Kerry and Lavrov consult twice and accuse once (n1, copied by n2, whose
/// events must not count again), the Syrian army attacks rebels known only by their code (n3), Kerry consults the UN (n4).
/// </summary>
internal static class NetworkData
{
    public const string Kerry = "كيري";
    public const string Lavrov = "لافروف";
    public const string Army = "الجيش السوري";
    public const string Un = "الأمم المتحدة";
    public const string Syria = "سوريا";
    public const string Rebels = "SYRREB";

    private static EventRow Event(int ord, string code, int quad, string source, string? target, string? targetActor = null) =>
        new(ord, ord * 10, ord * 10 + 4, "حدث", code, null, quad, source, null, target, targetActor, null, "test");

    public static void Seed(IDocumentStore store)
    {
        EntityRow[] kerryLavrov = [new("e1", "PER", Kerry, "USAGOV", 2), new("e2", "PER", Lavrov, "RUSGOV", 1), new("e3", "LOC", Syria, "SYR", 1)];
        EventRow[] talks = [Event(0, "040", 1, "e1", "e2"), Event(1, "043", 1, "e1", "e2"), Event(2, "112", 3, "e2", "e1")];
        store.Save([
            Doc("n1", "2016-07-15", "AFP", kerryLavrov, talks),
            Doc("n2", "2016-07-16", "Reuters", kerryLavrov, talks) with { DuplicateOf = new DuplicateLink("n1", 2) },
            Doc("n3", "2016-08-01", "AFP",
                [new("e1", "ORG", Army, "SYRMIL", 1), new("e2", "LOC", "حلب", null, 1), new("e3", "PER", Kerry, "USAGOV", 1)],
                [Event(0, "190", 4, "e1", null, Rebels)]),
            Doc("n4", "2016-08-02", "AFP", [new("e1", "PER", Kerry, "USAGOV", 1), new("e2", "ORG", Un, "IGOUNO", 1)],
                [Event(0, "042", 1, "e1", "e2")]),
        ]);
    }

    private static DocumentRecord Doc(string id, string date, string source, EntityRow[] entities, EventRow[] events) => new()
    {
        Id = id, Hash = "h-" + id, Text = "نص " + id, AnalysisJson = "{\"id\":\"" + id + "\"}", Title = "خبر " + id, Date = date,
        Source = source, Entities = entities, Events = events,
    };
}
