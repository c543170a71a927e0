using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MediatR;
using Petitions.Api.Domain;
using Petitions.Api.Features.Petitions;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Mediation;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Notices;

/// <summary>
/// Reads the Party Office's notice (a .docx, or its appendix pasted as text) into a preview the dispatcher corrects
/// before confirming. The notice is kept (once per content) so that the confirmation can attach it to its session.
/// </summary>
public static partial class PreviewNotice
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;
    public const string TextMediaType = "text/plain; charset=utf-8";

    public static readonly ProblemCode NotANotice = new("notice.appendix.notFound");
    public static readonly ProblemCode NoPetitions = new("notice.appendix.empty");
    public static readonly ProblemCode FileRequired = new("notice.file.required");
    public static readonly ProblemCode TextRequired = new("notice.text.required");

    /// <summary>Built by the endpoint from the upload or the JSON body.</summary>
    [AllowedFor(Role.Dispatcher, Role.PartyOffice)]
    public sealed record Command(string Field, string Name, byte[] Content) : ICommand<Preview>
    {
        public bool IsText => Field == "text";
    }

    /// <summary>The pasted appendix (tabs between cells, or one cell a line).</summary>
    public sealed record TextBody(string Text)
    {
        public static TextBody Example { get; } = new(
            "PHỤ LỤC\nST T\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n" +
            "1.\tĐ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)\t- Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa\tUBND phường\t");
    }

    public sealed record Preview(
        Document Document,
        SessionDraft Session,
        IReadOnlyList<PetitionDraft> Petitions,
        IReadOnlyList<string> UnmatchedOrganisations,
        IReadOnlyList<UnparsedLine> Unparsed)
    {
        public static Preview Example { get; } = new(
            new Document(3, "thong-bao-giao-ban-quy-I-2026.docx", NoticeReader.DocxMediaType, "9bb8ff1ee45a1a6e…", 48213, null),
            new SessionDraft("2026-Q1", "Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm công tác quý II/2026", new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 20), 1),
            [
                new PetitionDraft(
                    1,
                    93,
                    "Đ/c Nguyễn Bảo Bình - Tổ trưởng TDP số 19 (Trung Hòa)",
                    new SubmitPetition.Submitter { Name = "Nguyễn Bảo Bình", Title = "Tổ trưởng TDP số 19", Organisation = "TDP số 19", Area = "Trung Hòa" },
                    "UBND phường",
                    null,
                    new Account(2, "leader19", "Nguyễn Bảo Bình", "TDP số 19"),
                    [new ItemDraft(93, "Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa", Category.Flooding, 2, "úng ngập")]),
            ],
            ["Chi bộ 13"],
            [new UnparsedLine(101, "Dòng thừa", NoticeParser.AfterNote)]);
    }

    /// <param name="ImportedSessionId">Set when this same notice was already confirmed: confirming again creates nothing.</param>
    public sealed record Document(long Id, string Name, string MediaType, string Hash, long Size, long? ImportedSessionId);

    /// <param name="ExistingSessionId">The ward's session with this code, if there is one (the preview suggests it).</param>
    public sealed record SessionDraft(string? Code, string? Title, DateOnly? HeldOn, DateOnly? ReplyDeadline, long? ExistingSessionId);

    /// <param name="Account">The ward's group-leader account for the organisation; null when none matches.</param>
    public sealed record PetitionDraft(
        int Number,
        int Line,
        string SubmitterText,
        SubmitPetition.Submitter Submitter,
        string LeadAgency,
        string? Note,
        Account? Account,
        IReadOnlyList<ItemDraft> Items);

    public sealed record Account(long Id, string Username, string DisplayName, string Organisation);

    /// <param name="Keyword">The keyword that suggested the category, null when none did.</param>
    public sealed record ItemDraft(int Line, string Text, Category Category, long? DepartmentId, string? Keyword);

    public sealed class Handler(Db db, RequestContext context, Clock clock) : IRequestHandler<Command, Preview>
    {
        public async Task<Preview> Handle(Command command, CancellationToken cancellationToken)
        {
            var wardId = context.RequireWard();
            if (command.Content.Length == 0)
            {
                throw command.IsText
                    ? Invalid.Field("text", TextRequired, "Paste the appendix (PHỤ LỤC) of the notice.")
                    : Invalid.Field("file", FileRequired, "Choose the notice's .docx file.");
            }

            NoticeSource? source;
            if (command.IsText)
            {
                source = NoticeReader.FromText(Encoding.UTF8.GetString(command.Content));
            }
            else
            {
                if (!NoticeReader.IsDocx(command.Content))
                {
                    throw new UnsupportedMediaTypeException("Expected a Word document (.docx: a zip holding word/document.xml).");
                }

                source = NoticeReader.FromDocx(command.Content);
            }

            var parsed = source is null ? null : NoticeParser.Parse(source);
            if (parsed is not { HasAppendix: true })
            {
                throw Invalid.Field(
                    command.Field,
                    NotANotice,
                    "Expected a meeting notice with its appendix (PHỤ LỤC): a table with the columns STT, Tổ chức/Cá nhân kiến nghị, Nội dung kiến nghị, Cơ quan chủ trì, Ghi chú.");
            }

            if (parsed.Petitions.Count == 0)
            {
                throw Invalid.Field(command.Field, NoPetitions, "The appendix has no numbered petition (a row starting with its STT: 1, 2, …).");
            }

            var document = await Keep(wardId, command, cancellationToken);
            var keywords = await NoticeKeywords.Load(db, wardId, cancellationToken);
            var defaults = (await db.Query<(string Category, long DepartmentId)>(
                    "SELECT category, department_id FROM category_departments WHERE ward_id = @WardId", new { WardId = wardId }, cancellationToken))
                .ToDictionary(r => Enum.Parse<Category>(r.Category), r => r.DepartmentId);
            var accounts = await db.Query<Account>(
                """
                SELECT id AS Id, username AS Username, display_name AS DisplayName, organisation AS Organisation FROM users
                WHERE ward_id = @WardId AND role = 'GroupLeader' AND is_disabled = 0 AND organisation IS NOT NULL
                ORDER BY id
                """,
                new { WardId = wardId },
                cancellationToken);
            var byOrganisation = accounts.GroupBy(a => OrganisationKey(a.Organisation)).ToDictionary(g => g.Key, g => g.First());

            var petitions = parsed.Petitions
                .Select(p => new PetitionDraft(
                    p.Number,
                    p.Line,
                    p.SubmitterText,
                    p.Submitter,
                    p.LeadAgency,
                    p.Note,
                    byOrganisation.GetValueOrDefault(OrganisationKey(p.Submitter.Organisation)),
                    [.. p.Items.Select(i =>
                    {
                        var suggestion = NoticeKeywords.Suggest(i.Text, keywords, defaults);
                        return new ItemDraft(i.Line, i.Text, suggestion.Category, suggestion.DepartmentId, suggestion.Keyword);
                    })]))
                .ToList();

            var session = parsed.Session;
            var existing = session.Code is null
                ? null
                : await db.QuerySingleOrDefault<long?>(
                    "SELECT id FROM sessions WHERE ward_id = @WardId AND code = @Code", new { WardId = wardId, session.Code }, cancellationToken);

            return new Preview(
                document,
                new SessionDraft(session.Code, session.Title, session.HeldOn, session.ReplyDeadline, existing),
                petitions,
                [.. petitions.Where(p => p.Account is null).Select(p => p.Submitter.Organisation).Distinct()],
                parsed.Unparsed);
        }

        private async Task<Document> Keep(long wardId, Command command, CancellationToken cancellationToken)
        {
            var hash = Convert.ToHexString(SHA256.HashData(command.Content)).ToLowerInvariant();
            const string Select = """
                SELECT id AS Id, name AS Name, media_type AS MediaType, hash AS Hash, 0 AS Size, session_id AS ImportedSessionId
                FROM session_documents WHERE ward_id = @WardId AND hash = @Hash
                """;
            var parameters = new { WardId = wardId, Hash = hash };
            var kept = await db.QuerySingleOrDefault<DocumentRow>(Select, parameters, cancellationToken);
            if (kept is null)
            {
                await db.Insert(
                    """
                    INSERT INTO session_documents (ward_id, session_id, name, media_type, content, hash, uploaded_at, uploaded_by)
                    VALUES (@WardId, NULL, @Name, @MediaType, @Content, @Hash, @Now, @Actor)
                    """,
                    new
                    {
                        WardId = wardId,
                        Name = FileName(command),
                        MediaType = command.IsText ? TextMediaType : NoticeReader.DocxMediaType,
                        command.Content,
                        Hash = hash,
                        Now = clock.Now,
                        context.Actor,
                    },
                    cancellationToken);
                kept = await db.QuerySingleOrDefault<DocumentRow>(Select, parameters, cancellationToken);
            }

            return new Document(kept!.Id, kept.Name, kept.MediaType, kept.Hash, command.Content.Length, kept.ImportedSessionId);
        }

        private static string FileName(Command command)
        {
            var name = Path.GetFileName(command.Name.Replace('\\', '/')).Trim();
            name = string.IsNullOrEmpty(name) ? (command.IsText ? "phu-luc.txt" : "thong-bao.docx") : name;
            return name.Length > 255 ? name[^255..] : name;
        }

        private sealed record DocumentRow
        {
            public long Id { get; init; }

            public string Name { get; init; } = "";

            public string MediaType { get; init; } = "";

            public string Hash { get; init; } = "";

            public long? ImportedSessionId { get; init; }
        }
    }

    /// <summary>"TDP số 19", "tdp so 19" and "TDP 19" are one organisation.</summary>
    public static string OrganisationKey(string organisation) => NumberWord().Replace(TextSearch.Fold(organisation), "");

    [GeneratedRegex(@"\bso\s+")]
    private static partial Regex NumberWord();
}
