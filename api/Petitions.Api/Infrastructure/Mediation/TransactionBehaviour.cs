using MediatR;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Mediation;

/// <summary>Runs every command in one transaction: it commits whole or leaves nothing written.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(Db db) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand || db.InTransaction)
        {
            return await next();
        }

        await db.BeginTransaction(cancellationToken);
        try
        {
            var response = await next();
            await db.Commit(cancellationToken);
            return response;
        }
        catch
        {
            await db.Rollback();
            throw;
        }
    }
}
