namespace Hadath.Cli.Tests;

/// <summary>
/// Test classes that swap <see cref="Console.Out"/> to read a command's output. The console is one for the whole process,
/// so these classes must not run beside each other: one class's swap would take the other's output (a test then reads
/// nothing, as happened under load once the story eval test began training a model).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
