using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Attachments;

/// <summary>
/// A photo or PDF on a case: the submitter's (or the dispatcher taking the petition) while the case is still in
/// triage, or the department's, before and after the work, until the case is resolved.
/// </summary>
public static class AttachToCase
{
    public static readonly ProblemCode NotNow = new("attachmentNotNow");
    public static readonly ProblemCode KindUnknown = new("attachment.kind.unknown");

    private static readonly CaseStatus[] IntakeStatuses = [CaseStatus.Received];
    private static readonly CaseStatus[] ResultStatuses = [CaseStatus.Assigned, CaseStatus.InProgress, CaseStatus.Resolved];

    /// <summary>Built by the endpoint from the upload, after the file was processed.</summary>
    [AllowedFor(Role.GroupLeader, Role.Dispatcher, Role.DepartmentOfficer)]
    public sealed record Command(long CaseId, AttachmentKind Kind, string FileName, ProcessedFile File) : ICommand<AttachmentInfo>;

    public sealed class Handler(Db db, RequestContext context, Clock clock) : IRequestHandler<Command, AttachmentInfo>
    {
        public async Task<AttachmentInfo> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var status = await AttachmentAccess.StatusOfCase(db, context, command.CaseId, cancellationToken)
                ?? throw new NotFoundException("Case", command.CaseId);

            var (roles, statuses) = command.Kind switch
            {
                AttachmentKind.Intake => (new[] { Role.GroupLeader, Role.Dispatcher }, IntakeStatuses),
                AttachmentKind.Before or AttachmentKind.After => ([Role.DepartmentOfficer], ResultStatuses),
                _ => throw Invalid.Field("kind", KindUnknown, "A case takes Intake, Before or After files; a reply's signed scan goes on the reply.", new { value = command.Kind.ToString(), allowed = new[] { "Intake", "Before", "After" } }),
            };
            if (!roles.Contains(context.Role!.Value))
            {
                throw new ForbiddenException(ProblemCode.Forbidden, $"{context.Role} may not attach {command.Kind} files to a case.");
            }

            if (!statuses.Contains(status))
            {
                throw new ConflictException(
                    NotNow,
                    "Not now",
                    $"{command.Kind} files are attached while the case is {string.Join(" or ", statuses)}; it is {status}.",
                    new { kind = command.Kind.ToString(), status = status.ToString(), allowed = statuses.Select(s => s.ToString()) });
            }

            return await Attachments.Store(db, context, clock, wardId, command.CaseId, null, command.Kind, command.FileName, command.File, cancellationToken);
        }
    }
}
