using Microsoft.Data.Sqlite;

namespace Hadath.Cli.Tests;

/// <summary>Commands that open a store say in one line why they cannot, instead of a stack trace.</summary>
public sealed class StoreOpenerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hadath-opener-").FullName;

    [Theory]
    [InlineData("export")]
    [InlineData("dedupe")]
    public void A_file_that_is_not_a_store_exits_2_with_the_reason(string command)
    {
        var db = Path.Combine(_folder, "not-a-store.db");
        File.WriteAllText(db, "هذا ملف نصي وليس قاعدة بيانات\n" + new string('x', 4096));

        var run = CliRunner.Run("", command, "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"hadath {command}: cannot open the store {db}: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
