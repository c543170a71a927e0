using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Features.Replies;

/// <summary>The signer sends a submitted reply back for changes, saying why: it is a draft again.</summary>
public static class ReturnReply
{
    [AllowedFor(Role.Dispatcher)]
    public sealed record Command : ICommand<ReplySteps.Result>
    {
        [JsonIgnore]
        public long ReplyId { get; init; }

        [MultiLine]
        public string Reason { get; init; } = "";

        public static Command Example { get; } = new() { Reason = "Ghi rõ thời gian hoàn thành nạo vét." };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say what the letter should change.").WithErrorCode("reply.return.reason.required")
                .MaximumLength(2000).WithMessage("A reason is at most 2000 characters.").WithErrorCode("reply.return.reason.tooLong");
    }

    public sealed class Handler(ReplySteps steps) : IRequestHandler<Command, ReplySteps.Result>
    {
        public async Task<ReplySteps.Result> Handle(Command command, CancellationToken cancellationToken) =>
            new(command.ReplyId, await steps.Apply(command.ReplyId, ReplyAction.Return, new { command.Reason }, cancellationToken));
    }
}
