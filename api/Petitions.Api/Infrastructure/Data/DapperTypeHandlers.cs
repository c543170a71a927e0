using System.Data;
using System.Globalization;
using Dapper;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>SQLite keeps dates and timestamps as ISO text; SQL Server as date and datetimeoffset. Both read back the same.</summary>
public static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new DataException($"Cannot read {value.GetType()} as a date."),
        };
    }

    private sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.DateTimeOffset;
            parameter.Value = value;
        }

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset timestamp => timestamp,
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            _ => throw new DataException($"Cannot read {value.GetType()} as a timestamp."),
        };
    }
}
