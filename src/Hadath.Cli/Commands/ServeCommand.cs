using System.CommandLine;
using Hadath.Corpus;
using Hadath.Search;
using Hadath.Store;
using Hadath.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Hadath.Cli.Commands;

/// <summary><c>hadath serve</c>: the web interface and the REST API over a store and its index.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = IngestCommand.DbOption();
        var indexPath = new Option<string?>("--index") { Description = "Search index folder (default: beside the SQLite file, or .hadath/index)." };
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var apiKey = new Option<string?>("--api-key") { Description = "Key required by write endpoints (default: $HADATH_API_KEY; none disables writes)." };
        var command = new Command("serve", "Serve the web interface and the REST API (/api/v1, OpenAPI at /openapi/v1.json).")
        {
            db, indexPath, urls, apiKey,
        };
        command.SetAction(parse =>
        {
            var dbValue = parse.GetValue(db)!;
            if (!StoreFactory.IsPostgres(dbValue) && !File.Exists(dbValue))
            {
                Console.Error.WriteLine($"hadath serve: no store at {dbValue}; create one with: hadath ingest PATH --db {dbValue}");
                return 2;
            }
            var key = parse.GetValue(apiKey) ?? (Environment.GetEnvironmentVariable("HADATH_API_KEY") is { Length: > 0 } k ? k : null);
            return Run(dbValue, parse.GetValue(indexPath) ?? CorpusLocations.IndexFor(dbValue), parse.GetValue(urls)!, key);
        });
        return command;
    }

    private static int Run(string db, string indexPath, string urls, string? apiKey)
    {
        if (StoreOpener.Open("serve", db, mustExist: false) is not { } store) return 2;
        using var _ = store;
        using var index = new SearchIndex(indexPath);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddHadath(new HadathWebOptions(store, index, HadathPipeline.Create()) { ApiKey = apiKey });
        var app = builder.Build();
        app.MapHadath();
        Console.WriteLine($"hadath serve: {store.Description} ({index.Count():N0} indexed) on {urls}" + (apiKey is null ? "; writes disabled (no --api-key)" : ""));
        app.Run();
        return 0;
    }
}
