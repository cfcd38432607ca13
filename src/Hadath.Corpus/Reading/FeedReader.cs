using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Hadath.Core;
using Hadath.Core.Input;

namespace Hadath.Corpus.Reading;

/// <summary>
/// RSS 2.0 items and Atom entries as documents: title, link, date (RFC 822 or ISO), guid/id, and the body from
/// <c>content:encoded</c>, <c>content</c>, <c>description</c> or <c>summary</c> with its HTML reduced to text.
/// </summary>
public static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<InputDocument> Read(byte[] bytes, string origin)
    {
        XDocument xml;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return [InputDocument.Fail(origin, $"invalid XML at line {ex.LineNumber}: {ex.Message}")];
        }
        var root = xml.Root!;
        var items = root.Name == Atom + "feed"
            ? root.Elements(Atom + "entry").Select(e => FromAtom(e, origin))
            : root.Descendants("item").Select(e => FromRss(e, origin));
        var list = items.ToList();
        return list.Count > 0 ? list : [InputDocument.Fail(origin, "no RSS <item> or Atom <entry> found")];
    }

    private static InputDocument FromRss(XElement item, string origin) => Make(item, origin,
        id: Value(item, "guid"),
        title: Value(item, "title"),
        url: Value(item, "link"),
        date: Value(item, "pubDate") ?? (string?)item.Element(DublinCore + "date"),
        body: (string?)item.Element(Content + "encoded") ?? Value(item, "description"),
        source: (string?)item.Parent?.Element("title"));

    private static InputDocument FromAtom(XElement entry, string origin) => Make(entry, origin,
        id: (string?)entry.Element(Atom + "id"),
        title: (string?)entry.Element(Atom + "title"),
        url: (string?)entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href"),
        date: (string?)entry.Element(Atom + "published") ?? (string?)entry.Element(Atom + "updated"),
        body: (string?)entry.Element(Atom + "content") ?? (string?)entry.Element(Atom + "summary"),
        source: (string?)entry.Parent?.Element(Atom + "title"));

    private static InputDocument Make(XElement element, string origin, string? id, string? title, string? url, string? date,
        string? body, string? source)
    {
        var where = element is IXmlLineInfo info && info.HasLineInfo() ? $"{origin}:{info.LineNumber}" : origin;
        var text = body is null ? null : HtmlToText(body);
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputDocument.Fail(where, "feed item has no content or description");
        }
        DateOnly? parsed = DateParsing.TryParse(date, out var d) ? d : null;
        var meta = new DocumentMetadata
        {
            Id = Blank(id) ?? Blank(url), Title = Blank(title) is { } t ? HtmlToText(t) : null, Url = Blank(url), Date = parsed,
            Source = Blank(source),
        };
        return InputDocument.Ok(where, text, meta);
    }

    /// <summary>Paragraph and line breaks become newlines, other tags vanish, entities are decoded.</summary>
    public static string HtmlToText(string html)
    {
        var text = BlockTag().Replace(html, "\n");
        text = AnyTag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = BlankLines().Replace(text, "\n");
        return text.Trim();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Value(XElement element, string name) => (string?)element.Element(name);

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t]*\n\s*\n[\s]*")]
    private static partial Regex BlankLines();
}
