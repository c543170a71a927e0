using System.Data.Common;
using Dapper;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// The request's one connection and, for commands, its transaction (opened by the transaction behaviour).
/// Handlers run their SQL through it so every statement joins that transaction.
/// </summary>
public sealed class Db(DbConnectionFactory factory) : IAsyncDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private bool _holdsWriteGate;
    private List<Action>? _afterCommit;

    public ISqlDialect Dialect => factory.Dialect;

    public bool InTransaction => _transaction is not null;

    public async Task BeginTransaction(CancellationToken cancellationToken)
    {
        var connection = await Open(cancellationToken);
        if (factory.WriteGate is { } gate)
        {
            if (!await gate.WaitAsync(factory.BusyTimeout, cancellationToken))
            {
                throw StorageFaults.Busy();
            }

            _holdsWriteGate = true;
        }

        try
        {
            if (Dialect.BeforeWrite is { } beforeWrite)
            {
                await connection.ExecuteAsync(new CommandDefinition(beforeWrite, cancellationToken: cancellationToken));
            }

            _transaction = await connection.BeginTransactionAsync(cancellationToken);
        }
        catch
        {
            ReleaseWriteGate();
            throw;
        }
    }

    /// <summary>Runs <paramref name="action"/> once the transaction has committed, and never if it rolls back.</summary>
    public void AfterCommit(Action action)
    {
        if (_transaction is null)
        {
            action();
            return;
        }

        (_afterCommit ??= []).Add(action);
    }

    public async Task Commit(CancellationToken cancellationToken)
    {
        if (_transaction is null)
        {
            return;
        }

        try
        {
            await _transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await _transaction.DisposeAsync();
            _transaction = null;
            ReleaseWriteGate();
        }

        foreach (var action in _afterCommit ?? [])
        {
            action();
        }

        _afterCommit = null;
    }

    public async Task Rollback()
    {
        if (_transaction is null)
        {
            return;
        }

        try
        {
            await _transaction.RollbackAsync(CancellationToken.None);
        }
        finally
        {
            await _transaction.DisposeAsync();
            _transaction = null;
            _afterCommit = null;
            ReleaseWriteGate();
        }
    }

    public async Task<IReadOnlyList<T>> Query<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await Open(cancellationToken);
        var rows = await connection.QueryAsync<T>(Command(sql, parameters, cancellationToken));
        return rows.AsList();
    }

    public async Task<T?> QuerySingleOrDefault<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await Open(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));
    }

    public async Task<int> Execute(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await Open(cancellationToken);
        return await connection.ExecuteAsync(Command(sql, parameters, cancellationToken));
    }

    public async Task<T> ExecuteScalar<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await Open(cancellationToken);
        return (await connection.ExecuteScalarAsync<T>(Command(sql, parameters, cancellationToken)))!;
    }

    /// <summary>Runs an INSERT and returns the identity of the row it added.</summary>
    public Task<long> Insert(string insertSql, object parameters, CancellationToken cancellationToken) =>
        ExecuteScalar<long>(insertSql + Dialect.SelectInsertedId, parameters, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            ReleaseWriteGate();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private void ReleaseWriteGate()
    {
        if (_holdsWriteGate)
        {
            _holdsWriteGate = false;
            factory.WriteGate!.Release();
        }
    }

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, _transaction, cancellationToken: cancellationToken);

    private async Task<DbConnection> Open(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = factory.Create();
            await _connection.OpenAsync(cancellationToken);
        }

        return _connection;
    }
}
