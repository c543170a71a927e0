using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Signers;

/// <summary>Adds a signing official to the administrator's ward, or changes one (name, position, form, disabled).</summary>
public static class SaveSigner
{
    public static readonly ProblemCode DefaultDisabled = new("signerIsDefault");

    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<ListSigners.SignerList>
    {
        /// <summary>Null adds a signer; an id changes that one.</summary>
        [JsonIgnore]
        public long? SignerId { get; init; }

        public string Name { get; init; } = "";

        public string Position { get; init; } = "";

        public SigningForm Form { get; init; }

        public bool Disabled { get; init; }

        public static Command Example { get; } = new() { Name = "Lương Khánh Ngọc", Position = "Chánh Văn phòng", Form = SigningForm.ByOrder };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Give the signer's full name.").WithErrorCode("signer.name.required")
                .MaximumLength(200).WithMessage("A name is at most 200 characters.").WithErrorCode("signer.name.tooLong");
            RuleFor(c => c.Position).NotEmpty().WithMessage("Give the position printed under the authority, e.g. \"Phó Chủ tịch\".").WithErrorCode("signer.position.required")
                .MaximumLength(200).WithMessage("A position is at most 200 characters.").WithErrorCode("signer.position.tooLong");
        }
    }

    public sealed class Handler(Db db, RequestContext context) : IRequestHandler<Command, ListSigners.SignerList>
    {
        public async Task<ListSigners.SignerList> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var values = new { command.SignerId, WardId = wardId, command.Name, command.Position, Form = command.Form.ToString(), command.Disabled };
            if (command.SignerId is null)
            {
                await db.Insert(
                    "INSERT INTO signers (ward_id, name, position, form, is_disabled) VALUES (@WardId, @Name, @Position, @Form, @Disabled)",
                    values,
                    cancellationToken);
                return await ListSigners.Load(db, wardId, cancellationToken);
            }

            var isDefault = await db.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM wards WHERE id = @WardId AND (reply_signer_id = @SignerId OR report_signer_id = @SignerId)", values, cancellationToken);
            if (isDefault > 0 && command.Disabled)
            {
                throw new ConflictException(DefaultDisabled, "Signer is a default", $"Signer {command.SignerId} is a default signer: choose another default first.", new { id = command.SignerId });
            }

            var changed = await db.Execute(
                "UPDATE signers SET name = @Name, position = @Position, form = @Form, is_disabled = @Disabled WHERE id = @SignerId AND ward_id = @WardId",
                values,
                cancellationToken);
            if (changed == 0)
            {
                throw new NotFoundException("Signer", command.SignerId);
            }

            // A default must still sign the kind of document it is the default for.
            await db.Execute(
                $"UPDATE wards SET reply_signer_id = NULL WHERE id = @WardId AND reply_signer_id = @SignerId AND NOT EXISTS (SELECT 1 FROM signers WHERE id = @SignerId AND {SigningForms.In(SigningForms.ForReplies)})",
                values,
                cancellationToken);
            await db.Execute(
                $"UPDATE wards SET report_signer_id = NULL WHERE id = @WardId AND report_signer_id = @SignerId AND NOT EXISTS (SELECT 1 FROM signers WHERE id = @SignerId AND {SigningForms.In(SigningForms.ForReports)})",
                values,
                cancellationToken);
            return await ListSigners.Load(db, wardId, cancellationToken);
        }
    }
}
