using MediatR;

namespace Petitions.Api.Infrastructure.Mediation;

/// <summary>A write: validated, and run inside one database transaction.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A read: validated, and answered by Dapper SQL into flat read models.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
