using System.Data.Common;

namespace Hadath.Store;

internal static class DbExtensions
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>
    /// Adds one parameter per value (<paramref name="prefix"/>0, <paramref name="prefix"/>1, …) and returns their names
    /// joined for an <c>IN (…)</c> list: both dialects bind each value, none is spliced into the SQL.
    /// </summary>
    public static string WithList<T>(this DbCommand command, string prefix, IReadOnlyList<T> values)
    {
        var names = new string[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            names[i] = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.With(names[i], values[i]);
        }
        return string.Join(',', names);
    }

    /// <summary>Executes and disposes the command (commands hold prepared statements until disposed).</summary>
    public static int Run(this DbCommand command)
    {
        using (command) return command.ExecuteNonQuery();
    }

    public static long Scalar(this DbCommand command)
    {
        using (command)
        {
            return command.ExecuteScalar() switch
            {
                null or DBNull => 0,
                var value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
            };
        }
    }

    public static string? StringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long Int64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static int Int32(this DbDataReader reader, int ordinal) => (int)reader.Int64(ordinal);

    /// <summary>Escapes LIKE wildcards so user text matches literally (with <c>ESCAPE '\'</c>).</summary>
    public static string LikeContains(string text) => "%" + LikeEscape(text) + "%";

    /// <summary>Text with LIKE wildcards escaped (for <c>ESCAPE '\'</c>), to build a literal prefix or infix.</summary>
    public static string LikeEscape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
