using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Features.Signers;

/// <summary>The ward's signing officials, how each signs, and which of them sign replies and reports by default.</summary>
public static class ListSigners
{
    [AllowedForEveryRole]
    public sealed record Query : IQuery<SignerList>;

    public sealed record SignerList
    {
        public IReadOnlyList<Signer> Signers { get; init; } = [];

        /// <summary>Who signs a new reply unless the draft chooses another.</summary>
        public long? ReplySignerId { get; init; }

        /// <summary>Who signs the session report unless the Party Office chooses another.</summary>
        public long? ReportSignerId { get; init; }

        public static SignerList Example { get; } = new() { Signers = [Signer.Example], ReplySignerId = null, ReportSignerId = Signer.Example.Id };
    }

    public sealed record Signer
    {
        public const string Select =
            "SELECT s.id AS Id, s.name AS Name, s.position AS Position, s.form AS Form, s.is_disabled AS Disabled FROM signers s";

        public long Id { get; init; }

        public string Name { get; init; } = "";

        /// <summary>As printed under the authority line, e.g. "Phó Chủ tịch", "Chánh Văn phòng".</summary>
        public string Position { get; init; } = "";

        public SigningForm Form { get; init; }

        /// <summary>No longer chosen for new letters; letters they signed keep their name.</summary>
        public bool Disabled { get; init; }

        /// <summary>The lines printed above the signature, e.g. ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"].</summary>
        public IReadOnlyList<string> Lines => SigningForms.Lines(Form, Position);

        /// <summary>Whether the form is one of the People's Committee's (replies) or the Party's (reports).</summary>
        public bool SignsReplies => SigningForms.ForReplies.Contains(Form);

        public static Signer Example { get; } = new() { Id = 1, Name = "Lương Khánh Ngọc", Position = "Chánh Văn phòng", Form = SigningForm.ByOrder };
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Query, SignerList>
    {
        public async Task<SignerList> Handle(Query query, CancellationToken cancellationToken) => await Load(db, context.RequireWard(), cancellationToken);
    }

    public static async Task<SignerList> Load(Db db, long wardId, CancellationToken cancellationToken)
    {
        var parameters = new { WardId = wardId };
        var signers = await db.Query<Signer>($"{Signer.Select} WHERE s.ward_id = @WardId ORDER BY s.id", parameters, cancellationToken);
        var defaults = await db.QuerySingleOrDefault<Defaults>(
            "SELECT reply_signer_id AS ReplySignerId, report_signer_id AS ReportSignerId FROM wards WHERE id = @WardId", parameters, cancellationToken);
        return new SignerList { Signers = signers, ReplySignerId = defaults?.ReplySignerId, ReportSignerId = defaults?.ReportSignerId };
    }

    private sealed record Defaults
    {
        public long? ReplySignerId { get; init; }

        public long? ReportSignerId { get; init; }
    }
}
