namespace Hadath.Search;

/// <summary>Field names of the index, in one place.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    public const string Date = "date";
    public const string Source = "source";
    public const string Entity = "entity";
    public const string Event = "event";

    // Doc values for facets and sorting.
    public const string SourceFacet = "source_dv";
    public const string EntityFacet = "entity_dv";
    public const string EventRootFacet = "eventroot_dv";
    public const string MonthFacet = "month_dv";
    public const string DateSort = "date_dv";

    // Id, title, date, source and text packed for showing a hit (HitFields).
    public const string Hit = "hit_dv";
}
