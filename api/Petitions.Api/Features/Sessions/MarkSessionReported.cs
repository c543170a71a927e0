using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Documents;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Sessions;

/// <summary>The Party Office records that the session's report has gone to the Party Committee, once.</summary>
public static class MarkSessionReported
{
    public static readonly ProblemCode AlreadyReported = new("sessionAlreadyReported");

    public static readonly ProblemCode UnknownSigner = new("session.report.signerId.unknown");

    /// <param name="SignerId">Who signs the report: one of the ward's signers with T/L or T/M; null, the ward's default.</param>
    [AllowedFor(Role.PartyOffice)]
    public sealed record Command(long SessionId, long? SignerId = null) : ICommand<SessionSummary>;

    public sealed class Handler(Db db, RequestContext context, DueDates dueDates, Clock clock) : IRequestHandler<Command, SessionSummary>
    {
        public async Task<SessionSummary> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var session = await GetSession.Load(db, context, dueDates, command.SessionId, cancellationToken);
            if (session.ReportedOn is { } reportedOn)
            {
                throw new ConflictException(
                    AlreadyReported,
                    "Session already reported",
                    $"Session {session.Code} was marked reported on {VietnameseFormat.Date(reportedOn)} by {session.ReportedBy}.",
                    new { session = session.Code, reportedOn, reportedBy = session.ReportedBy });
            }

            if (command.SignerId is { } signerId && await db.ExecuteScalar<long>(
                    $"SELECT COUNT(*) FROM signers WHERE id = @SignerId AND ward_id = @WardId AND is_disabled = 0 AND {SigningForms.In(SigningForms.ForReports)}",
                    new { SignerId = signerId, WardId = wardId },
                    cancellationToken) == 0)
            {
                throw Invalid.Field("signerId", UnknownSigner, $"Signer {signerId} is not one of this ward's signers of reports.", new { id = signerId });
            }

            // Registering the report: it takes the ward's next report number of the year (the unique index refuses a
            // number given twice). The condition repeats the check above so that of two offices marking at once, one
            // wins and one gets 409.
            var marked = await db.Execute(
                """
                UPDATE sessions SET reported_on = @Today, reported_by = @Actor, report_year = @Year,
                    report_signer_id = COALESCE(@SignerId, (SELECT report_signer_id FROM wards WHERE id = @WardId)),
                    report_number = (SELECT COALESCE(MAX(taken.report_number), 0) + 1 FROM sessions taken
                                     WHERE taken.ward_id = @WardId AND taken.report_year = @Year)
                WHERE id = @SessionId AND ward_id = @WardId AND reported_on IS NULL
                """,
                new { clock.Today, clock.Today.Year, context.Actor, command.SessionId, command.SignerId, WardId = wardId },
                cancellationToken);
            if (marked == 0)
            {
                throw new ConflictException(AlreadyReported, "Session already reported", $"Session {session.Code} has just been marked reported.", new { session = session.Code, reportedOn = (DateOnly?)null, reportedBy = (string?)null });
            }

            return await GetSession.Load(db, context, dueDates, command.SessionId, cancellationToken);
        }
    }
}
