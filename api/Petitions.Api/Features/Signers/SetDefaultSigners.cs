using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Signers;

/// <summary>Chooses who signs the ward's replies and its reports by default (null: nobody, the block prints no name).</summary>
public static class SetDefaultSigners
{
    public static readonly ProblemCode WrongKind = new("signer.default.wrongForm");

    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<ListSigners.SignerList>
    {
        /// <summary>A signer who signs with TM., KT. or Q. (the People's Committee).</summary>
        public long? ReplySignerId { get; init; }

        /// <summary>A signer who signs with T/L or T/M (the Party Committee).</summary>
        public long? ReportSignerId { get; init; }

        public static Command Example { get; } = new() { ReplySignerId = 2, ReportSignerId = 1 };
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Command, ListSigners.SignerList>
    {
        public async Task<ListSigners.SignerList> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            await Check(wardId, command.ReplySignerId, "replySignerId", SigningForms.ForReplies, cancellationToken);
            await Check(wardId, command.ReportSignerId, "reportSignerId", SigningForms.ForReports, cancellationToken);
            await db.Execute(
                "UPDATE wards SET reply_signer_id = @ReplySignerId, report_signer_id = @ReportSignerId WHERE id = @WardId",
                new { command.ReplySignerId, command.ReportSignerId, WardId = wardId },
                cancellationToken);
            return await ListSigners.Load(db, wardId, cancellationToken);
        }

        private async Task Check(long wardId, long? signerId, string field, IReadOnlyList<SigningForm> forms, CancellationToken cancellationToken)
        {
            if (signerId is null)
            {
                return;
            }

            var fits = await db.ExecuteScalar<long>(
                $"SELECT COUNT(*) FROM signers WHERE id = @SignerId AND ward_id = @WardId AND is_disabled = 0 AND {SigningForms.In(forms)}",
                new { SignerId = signerId, WardId = wardId },
                cancellationToken);
            if (fits == 0)
            {
                throw Invalid.Field(field, WrongKind, $"Signer {signerId} is not an active signer of this ward who signs with {string.Join(", ", forms)}.", new { id = signerId, allowed = forms });
            }
        }
    }
}
