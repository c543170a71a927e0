using FluentValidation;
using MediatR;
using Petitions.Api.Features.Auth;
using Petitions.Api.Features.Cases;
using Petitions.Api.Features.Categories;
using Petitions.Api.Features.Departments;
using Petitions.Api.Features.Escalations;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Features.Replies;
using Petitions.Api.Features.Sessions;
using Petitions.Api.Features.Users;
using Petitions.Api.Features.Wards;

namespace Petitions.Api.Infrastructure.Mediation;

/// <summary>
/// MediatR 5.1.0 wired by hand: there is no AddMediatR for it. Every handler and validator is listed here, once;
/// a test checks that every request type has exactly one handler.
/// </summary>
public static class MediationRegistration
{
    public static IServiceCollection AddMediation(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        // Outermost first: log everything, refuse who may not (403) before saying what is invalid (400),
        // and both before a transaction opens.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));

        services.AddScoped<CaseTransitions>();

        // Cases
        services.Handle<ListCases.Query, ListCases.Page, ListCases.Handler>()
            .Validate<ListCases.Query, ListCases.Validator>();
        services.Handle<GetCase.Query, GetCase.CaseDetail, GetCase.Handler>();
        services.Handle<AssignCase.Command, CaseChange, AssignCase.Handler>()
            .Validate<AssignCase.Command, AssignCase.Validator>();
        services.Handle<StartCase.Command, CaseChange, StartCase.Handler>();
        services.Handle<ResolveCase.Command, CaseChange, ResolveCase.Handler>()
            .Validate<ResolveCase.Command, ResolveCase.Validator>();
        services.Handle<ReturnCase.Command, CaseChange, ReturnCase.Handler>()
            .Validate<ReturnCase.Command, ReturnCase.Validator>();
        services.Handle<ReferCase.Command, CaseChange, ReferCase.Handler>()
            .Validate<ReferCase.Command, ReferCase.Validator>();
        services.Handle<CloseCase.Command, CaseChange, CloseCase.Handler>();
        services.Handle<ReopenCase.Command, CaseChange, ReopenCase.Handler>()
            .Validate<ReopenCase.Command, ReopenCase.Validator>();

        // Petitions
        services.Handle<SubmitPetition.Command, SubmitPetition.Result, SubmitPetition.Handler>()
            .Validate<SubmitPetition.Command, SubmitPetition.Validator>();
        services.Handle<GetPetition.Query, GetPetition.PetitionDetail, GetPetition.Handler>();

        // Replies
        services.Handle<DraftReply.Command, DraftReply.Result, DraftReply.Handler>()
            .Validate<DraftReply.Command, DraftReply.Validator>();
        services.Handle<EditReplyDraft.Command, DraftReply.Result, EditReplyDraft.Handler>()
            .Validate<EditReplyDraft.Command, EditReplyDraft.Validator>();
        services.Handle<IssueReply.Command, IssueReply.Result, IssueReply.Handler>();
        services.Handle<GetReply.Query, GetReply.ReplyDetail, GetReply.Handler>();
        services.Handle<GetReplyDocument.Query, GetReplyDocument.Letter, GetReplyDocument.Handler>();

        // Reports and oversight
        services.Handle<GetSessionReport.Query, GetSessionReport.Report, GetSessionReport.Handler>();
        services.Handle<ListEscalations.Query, IReadOnlyList<ListEscalations.EscalatedCase>, ListEscalations.Handler>();

        // Reference data
        services.Handle<ListSessions.Query, IReadOnlyList<SessionSummary>, ListSessions.Handler>();
        services.Handle<GetSession.Query, SessionSummary, GetSession.Handler>();
        services.Handle<ListDepartments.Query, IReadOnlyList<ListDepartments.Department>, ListDepartments.Handler>();
        services.Handle<ListCategories.Query, IReadOnlyList<ListCategories.CategoryInfo>, ListCategories.Handler>();
        services.Handle<CreateSession.Command, SessionSummary, CreateSession.Handler>()
            .Validate<CreateSession.Command, CreateSession.Validator>();
        services.Handle<SetSessionClosed.Command, SessionSummary, SetSessionClosed.Handler>();
        services.Handle<MarkSessionReported.Command, SessionSummary, MarkSessionReported.Handler>();
        services.Handle<CreateDepartment.Command, ListDepartments.Department, CreateDepartment.Handler>()
            .Validate<CreateDepartment.Command, CreateDepartment.Validator>();
        services.Handle<RenameDepartment.Command, ListDepartments.Department, RenameDepartment.Handler>()
            .Validate<RenameDepartment.Command, RenameDepartment.Validator>();
        services.Handle<ListWards.Query, IReadOnlyList<ListWards.Ward>, ListWards.Handler>();
        services.Handle<CreateWard.Command, ListWards.Ward, CreateWard.Handler>()
            .Validate<CreateWard.Command, CreateWard.Validator>();
        services.Handle<SetCategoryDepartment.Command, ListCategories.CategoryInfo, SetCategoryDepartment.Handler>();

        // Sign-in and users
        services.Handle<SignIn.Command, SignIn.Result, SignIn.Handler>()
            .Validate<SignIn.Command, SignIn.Validator>();
        services.Handle<GetMe.Query, GetMe.Me, GetMe.Handler>();
        services.Handle<ListUsers.Query, IReadOnlyList<UserSummary>, ListUsers.Handler>();
        services.Handle<CreateUser.Command, CreateUser.Result, CreateUser.Handler>()
            .Validate<CreateUser.Command, CreateUser.Validator>();
        services.Handle<UpdateUser.Command, UserSummary, UpdateUser.Handler>()
            .Validate<UpdateUser.Command, UpdateUser.Validator>();
        services.Handle<SetUserDisabled.Command, UserSummary, SetUserDisabled.Handler>();
        services.Handle<ResetPassword.Command, UserSummary, ResetPassword.Handler>()
            .Validate<ResetPassword.Command, ResetPassword.Validator>();

        return services;
    }

    private static IServiceCollection Handle<TRequest, TResponse, THandler>(this IServiceCollection services)
        where TRequest : IRequest<TResponse>
        where THandler : class, IRequestHandler<TRequest, TResponse> =>
        services.AddScoped<IRequestHandler<TRequest, TResponse>, THandler>();

    private static IServiceCollection Validate<TRequest, TValidator>(this IServiceCollection services)
        where TValidator : class, IValidator<TRequest> =>
        services.AddScoped<IValidator<TRequest>, TValidator>();
}
