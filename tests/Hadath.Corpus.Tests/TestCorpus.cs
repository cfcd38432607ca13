using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Hadath.Core;

namespace Hadath.Corpus.Tests;

/// <summary>A temporary folder of corpus files written by the tests.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("hadath-corpus-").FullName;

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string WriteGzip(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    public string WriteZip(string name, string entryName, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var entry = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        entry.Write(content);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Stages for tests: one finds "واشنطن" as a place, one fails on a marker word, as a buggy stage would.</summary>
internal sealed class PlaceStage : IStage
{
    public string Name => "test-places";
    public Layers Requires => Layers.None;
    public Layers Provides => Layers.Entities;

    public AnalyzedDocument Process(AnalyzedDocument document)
    {
        if (document.Text.Contains("انفجار_المرحلة", StringComparison.Ordinal)) throw new InvalidOperationException("stage bug");
        int at = document.Text.IndexOf("واشنطن", StringComparison.Ordinal);
        if (at < 0) return document.WithEntities([]);
        var entity = new Entity("e1", EntityType.LOC, "واشنطن", [new Mention(new TextSpan(at, at + 6))]);
        return document.WithEntities(ImmutableArray.Create(entity));
    }

    public static Pipeline Pipeline() => Core.Pipeline.CreateBuilder().Add(new PlaceStage()).Build();
}

internal static class Texts
{
    /// <summary>A wire story long enough to be linked as a copy (over the minimum word count).</summary>
    public const string Wire =
        "اعلن وزير الخارجية الاميركي جون كيري الجمعة في واشنطن ان المحادثات مع روسيا حول سوريا حققت تقدما ملموسا، "
        + "مضيفا ان الطرفين اتفقا على مواصلة العمل من اجل وقف اطلاق النار في حلب وايصال المساعدات الانسانية الى المدنيين "
        + "المحاصرين في الاحياء الشرقية من المدينة، وذلك بعد اجتماع استمر ساعات طويلة مع نظيره الروسي سيرغي لافروف.";

    public const string Other =
        "قتل 84 شخصا على الاقل في هجوم بشاحنة استهدف حشدا كان يحتفل بالعيد الوطني في مدينة نيس جنوب فرنسا مساء الخميس، "
        + "وفق ما اعلنت السلطات التي تحدثت عن عشرات الجرحى بينهم اطفال في حالة حرجة، فيما فتحت النيابة العامة لمكافحة "
        + "الارهاب تحقيقا في الحادث الذي وصفه الرئيس الفرنسي بانه عمل ارهابي لا يمكن انكار طابعه.";
}
