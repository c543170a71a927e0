using FluentValidation;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;

namespace Petitions.Api.Features.Notices;

/// <summary>
/// The ward's keyword table: a keyword (matched on whole words of the diacritic-folded text, so "ung ngap" matches
/// "úng ngập" and "ứng ngập") suggests a category and, optionally, a department; the first row that matches wins.
/// </summary>
public static class NoticeKeywords
{
    public const int MaxKeywords = 500;

    public static readonly ProblemCode UnknownDepartment = new("notice.keyword.departmentId.unknown");

    public sealed record Keyword
    {
        public string Text { get; init; } = "";

        public Category Category { get; init; }

        /// <summary>Null: the category's default department in the ward.</summary>
        public long? DepartmentId { get; init; }

        public static IReadOnlyList<Keyword> Examples { get; } =
        [
            new Keyword { Text = "ùn tắc", Category = Category.TrafficCongestion },
            new Keyword { Text = "úng ngập", Category = Category.Flooding },
            new Keyword { Text = "tuần tra", Category = Category.Security, DepartmentId = 5 },
        ];
    }

    /// <param name="Keyword">The row that matched, or null when none did (then <c>Other</c>).</param>
    public sealed record Suggestion(Category Category, long? DepartmentId, string? Keyword);

    [AllowedFor(Role.Admin, Role.Dispatcher, Role.PartyOffice)]
    public sealed record Query : IQuery<IReadOnlyList<Keyword>>;

    /// <summary>Replaces the whole table, in the order given.</summary>
    [AllowedFor(Role.Admin)]
    public sealed record Command : ICommand<IReadOnlyList<Keyword>>
    {
        public IReadOnlyList<Keyword> Keywords { get; init; } = [];

        public static Command Example { get; } = new() { Keywords = Keyword.Examples };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Keywords).NotNull().WithMessage("Send the keyword table (an empty list clears it).").WithErrorCode("notice.keywords.required")
                .Must(k => k is null || k.Count <= MaxKeywords)
                .WithMessage(c => $"The keyword table has at most {MaxKeywords} rows (it has {c.Keywords.Count}).").WithErrorCode("notice.keywords.tooMany")
                .WithState(c => new { max = MaxKeywords, actual = c.Keywords.Count });
            RuleForEach(c => c.Keywords).NotNull().WithMessage("A keyword row cannot be null.").WithErrorCode("notice.keyword.required")
                .SetValidator(new KeywordValidator());
        }
    }

    public sealed class KeywordValidator : AbstractValidator<Keyword>
    {
        public KeywordValidator()
        {
            RuleFor(k => k.Text).Must(t => TextSearch.Fold(t).Length > 0).WithMessage("A keyword has at least one letter.").WithErrorCode("notice.keyword.text.required")
                .MaximumLength(100).WithMessage("A keyword is at most 100 characters.").WithErrorCode("notice.keyword.text.tooLong");
            RuleFor(k => k.Category).IsInEnum().WithMessage("Choose one of the categories.").WithErrorCode("notice.keyword.category.unknown");
        }
    }

    public sealed class ListHandler(Db db, RequestContext context) : IRequestHandler<Query, IReadOnlyList<Keyword>>
    {
        public Task<IReadOnlyList<Keyword>> Handle(Query query, CancellationToken cancellationToken) =>
            Load(db, context.RequireWard(), cancellationToken);
    }

    public sealed class SetHandler(Db db, RequestContext context) : IRequestHandler<Command, IReadOnlyList<Keyword>>
    {
        public async Task<IReadOnlyList<Keyword>> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            var departments = (await db.Query<long>("SELECT id FROM departments WHERE ward_id = @WardId", new { WardId = wardId }, cancellationToken)).ToHashSet();
            for (var i = 0; i < command.Keywords.Count; i++)
            {
                if (command.Keywords[i].DepartmentId is { } id && !departments.Contains(id))
                {
                    throw Invalid.Field($"keywords[{i}].departmentId", UnknownDepartment, $"Department {id} does not exist in this ward.", new { id });
                }
            }

            await Replace(db, wardId, command.Keywords, cancellationToken);
            return await Load(db, wardId, cancellationToken);
        }
    }

    public static async Task Replace(Db db, long wardId, IReadOnlyList<Keyword> keywords, CancellationToken cancellationToken)
    {
        await db.Execute("DELETE FROM notice_keywords WHERE ward_id = @WardId", new { WardId = wardId }, cancellationToken);
        for (var i = 0; i < keywords.Count; i++)
        {
            await db.Execute(
                "INSERT INTO notice_keywords (ward_id, position, keyword, category, department_id) VALUES (@WardId, @Position, @Keyword, @Category, @DepartmentId)",
                new { WardId = wardId, Position = i + 1, Keyword = keywords[i].Text.Trim(), Category = keywords[i].Category.ToString(), keywords[i].DepartmentId },
                cancellationToken);
        }
    }

    public static Task<IReadOnlyList<Keyword>> Load(Db db, long wardId, CancellationToken cancellationToken) =>
        db.Query<Keyword>(
            "SELECT keyword AS Text, category AS Category, department_id AS DepartmentId FROM notice_keywords WHERE ward_id = @WardId ORDER BY position",
            new { WardId = wardId },
            cancellationToken);

    /// <summary>The first keyword occurring in the text as whole words; the department is the keyword's or the category's default.</summary>
    public static Suggestion Suggest(string text, IReadOnlyList<Keyword> keywords, IReadOnlyDictionary<Category, long> defaults)
    {
        var folded = " " + Words(text) + " ";
        foreach (var keyword in keywords)
        {
            var word = Words(keyword.Text);
            if (word.Length > 0 && folded.Contains(" " + word + " ", StringComparison.Ordinal))
            {
                var department = keyword.DepartmentId ?? (defaults.TryGetValue(keyword.Category, out var d) ? d : null);
                return new Suggestion(keyword.Category, department, keyword.Text);
            }
        }

        return new Suggestion(Category.Other, defaults.TryGetValue(Category.Other, out var other) ? other : (long?)null, null);
    }

    private static string Words(string text) =>
        string.Join(' ', TextSearch.Fold(text).Split((char[])[' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '-', '–', '/'], StringSplitOptions.RemoveEmptyEntries));
}
