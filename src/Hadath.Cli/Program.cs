using System.CommandLine;
using System.Text;
using Hadath.Cli.Commands;
using Hadath.Core;

// Before the models load, so their tables are committed under huge pages (see HugePages).
HugePages.AdviseManagedHeap();
Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("Hadath: reads Arabic news and turns each story into structured, searchable knowledge.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(SegmentCommand.Create());
root.Subcommands.Add(NerCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(DedupeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(BenchCommand.Create());

return root.Parse(args).Invoke();
