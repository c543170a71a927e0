using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Cases;

public enum NoteKind
{
    /// <summary>Staff only: never shown to group leaders, never in a letter.</summary>
    Internal,

    /// <summary>A progress update the group leader reads on the case.</summary>
    Progress,
}

/// <summary>
/// Staff write on a case without changing its status: an internal note, or a progress update for the group leader.
/// Both are events of the case's history (actions <c>Note</c> and <c>Progress</c>); a group leader's history leaves
/// the notes out.
/// </summary>
public static class AddNote
{
    [AllowedFor(Role.Dispatcher, Role.DepartmentOfficer)]
    public sealed record Command : ICommand<CaseChange>
    {
        [JsonIgnore]
        public long CaseId { get; init; }

        [JsonIgnore]
        public int? ExpectedVersion { get; init; }

        /// <summary>Internal when left out: a note reaches the group leader only when it is meant to.</summary>
        public NoteKind Kind { get; init; }

        [MultiLine]
        public string Text { get; init; } = "";

        public static Command Example { get; } = new() { Kind = NoteKind.Progress, Text = "Đã khảo sát hiện trường, dự kiến nạo vét xong trong tuần sau." };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Text).NotEmpty().WithMessage("Write the note.").WithErrorCode("case.note.text.required")
                .MaximumLength(4000).WithMessage("A note must be at most 4000 characters.").WithErrorCode("case.note.text.tooLong");
        }
    }

    public sealed class Handler(CaseTransitions transitions) : IRequestHandler<Command, CaseChange>
    {
        public Task<CaseChange> Handle(Command command, CancellationToken cancellationToken) =>
            transitions.Apply(
                command.CaseId,
                command.ExpectedVersion,
                command.Kind == NoteKind.Internal ? CaseAction.Note : CaseAction.Progress,
                new { command.Text },
                cancellationToken);
    }
}
