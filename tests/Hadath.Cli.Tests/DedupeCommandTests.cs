using System.Text;
using Microsoft.Data.Sqlite;

namespace Hadath.Cli.Tests;

/// <summary><c>hadath dedupe</c> as a user runs it: on a store whose signatures and links were lost, then again.</summary>
public sealed class DedupeCommandTests : IDisposable
{
    private const string Story =
        "أعلنت وزارة الصحة التونسية اليوم الخميس تسجيل اثنتي عشرة إصابة جديدة بالحمى في ولاية القيروان، وقالت إن الفرق الطبية "
        + "تواصل متابعة الحالات في المستشفى الجهوي، ودعت المواطنين إلى الالتزام بإجراءات الوقاية وتجنب التجمعات خلال الأيام "
        + "القادمة إلى حين السيطرة على الوضع الصحي في الجهة.";

    private const string Other =
        "افتتح وزير الثقافة مساء الجمعة الدورة الجديدة لمهرجان قرطاج الدولي بحضور عدد كبير من الفنانين والجمهور، وتضم الدورة "
        + "عروضا موسيقية ومسرحية من تونس والجزائر والمغرب ومصر ولبنان، وتستمر فعالياتها ثلاثة أسابيع في المسرح الأثري بقرطاج.";

    private readonly string _folder = Directory.CreateTempSubdirectory("hadath-dedupe-").FullName;

    private string Db => Path.Combine(_folder, "d.db");

    private static string Line(string id, string text) => $"{{\"id\":\"{id}\",\"date\":\"2017-01-05\",\"text\":\"{text}\"}}\n";

    private string Query(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    [Fact]
    public void A_store_that_lost_its_signatures_gets_them_and_its_links_back_and_a_rerun_has_nothing_to_do()
    {
        var input = Path.Combine(_folder, "in.jsonl");
        File.WriteAllText(input, Line("a", Story) + Line("b", "القيروان (وكالات) - " + Story) + Line("c", Other), new UTF8Encoding(false));
        Assert.Equal(0, CliRunner.Run("", "ingest", input, "--db", Db, "--no-index").ExitCode);
        Assert.Equal("b>a", Query("SELECT group_concat(doc_id || '>' || original_id) FROM duplicates"));
        // As a store written before schema version 3 holds it, with no link found by SimHash either.
        Query("DELETE FROM minhash_bands; DELETE FROM minhashes; DELETE FROM duplicates; SELECT 1");

        var run = CliRunner.Run("", "dedupe", "--db", Db, "--batch", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("hadath dedupe: done: 3/3 stories relinked, 3 signatures computed, 1 copies, 1 links changed; ", run.Stdout);
        Assert.Equal("b>a", Query("SELECT group_concat(doc_id || '>' || original_id) FROM duplicates"));
        Assert.Equal("3", Query("SELECT COUNT(*) FROM minhashes"));
        var again = CliRunner.Run("", "dedupe", "--db", Db);
        Assert.Equal((0, $"hadath dedupe: every story in {Db} has a MinHash signature; nothing to do\n"), (again.ExitCode, again.Stdout));
    }

    [Theory]
    [InlineData("--dup-threshold", "0", "hadath dedupe: --dup-threshold must be above 0 and at most 1\n")]
    [InlineData("--dup-threshold", "1.5", "hadath dedupe: --dup-threshold must be above 0 and at most 1\n")]
    public void Bad_options_exit_2_with_the_reason(string option, string value, string error)
    {
        var run = CliRunner.Run("", "dedupe", "--db", Db, option, value);
        Assert.Equal((2, error), (run.ExitCode, run.Stderr));
    }

    [Fact]
    public void A_missing_store_is_not_created()
    {
        var run = CliRunner.Run("", "dedupe", "--db", Db);
        Assert.Equal((2, $"hadath dedupe: no store at {Db}\n"), (run.ExitCode, run.Stderr));
        Assert.False(File.Exists(Db));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
