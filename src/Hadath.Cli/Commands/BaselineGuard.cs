using System.Globalization;
using System.Text.Json;

namespace Hadath.Cli.Commands;

/// <summary>
/// The regression guard every <c>eval</c> command shares: the score may fall at most 0.5 below the figure
/// recorded in a model's <c>metrics.json</c> when it was trained.
/// </summary>
internal static class BaselineGuard
{
    public const double Tolerance = 0.5;

    /// <returns>0 when there is no baseline or the score holds, 3 when it regressed, 2 when the baseline is unreadable.</returns>
    public static int Check(string command, string? baselinePath, string property, double score)
    {
        if (baselinePath is null) return 0;
        double recorded;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(baselinePath));
            recorded = json.RootElement.GetProperty(property).GetDouble();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"hadath {command}: cannot read {property} from {baselinePath}: {ex.Message}");
            return 2;
        }
        if (score < recorded - Tolerance)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"hadath {command}: REGRESSION: {property} {score:F2} is more than {Tolerance} below the baseline {recorded:F2}"));
            return 3;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline {property} {recorded:F2}: ok"));
        return 0;
    }
}
