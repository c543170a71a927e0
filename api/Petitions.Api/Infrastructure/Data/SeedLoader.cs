using System.Text.Json;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// Loads <c>seeds/</c> (categories, calendar, wards with their departments, sessions with their petitions) into the
/// database. Every row is inserted only when its natural key is absent, so loading twice changes nothing and rows
/// people have since worked on are never touched.
/// </summary>
public sealed class SeedLoader(Db db, ILogger<SeedLoader> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    public async Task Load(string seedsPath, bool demoSessions, CancellationToken cancellationToken)
    {
        await db.BeginTransaction(cancellationToken);
        try
        {
            var added = 0;
            foreach (var category in Read<CategorySeed[]>(Path.Combine(seedsPath, "categories.json")))
            {
                added += await db.Execute(
                    """
                    INSERT INTO categories (code, name, name_en)
                    SELECT @Code, @Name, @NameEn WHERE NOT EXISTS (SELECT 1 FROM categories WHERE code = @Code)
                    """,
                    category,
                    cancellationToken);
            }

            foreach (var day in Read<CalendarDaySeed[]>(Path.Combine(seedsPath, "holidays.json")))
            {
                added += await db.Execute(
                    """
                    INSERT INTO calendar_days (day, name, is_working_day)
                    SELECT @Date, @Name, @Working WHERE NOT EXISTS (SELECT 1 FROM calendar_days WHERE day = @Date)
                    """,
                    day,
                    cancellationToken);
            }

            foreach (var file in Directory.GetFiles(Path.Combine(seedsPath, "wards"), "*.json").Order())
            {
                added += await LoadWard(Read<WardSeed>(file), cancellationToken);
            }

            var sessions = Path.Combine(seedsPath, "sessions");
            foreach (var file in demoSessions && Directory.Exists(sessions) ? Directory.GetFiles(sessions, "*.json").Order().ToArray() : [])
            {
                added += await LoadSession(Read<SessionSeed>(file), cancellationToken);
            }

            await db.Commit(cancellationToken);
            logger.LogInformation("Seeds loaded from {Path}: {Rows} rows added", seedsPath, added);
        }
        catch
        {
            await db.Rollback();
            throw;
        }
    }

    private async Task<int> LoadWard(WardSeed ward, CancellationToken cancellationToken)
    {
        var added = await db.Execute(
            "INSERT INTO wards (code, name, superior_party) SELECT @Code, @Name, @SuperiorParty WHERE NOT EXISTS (SELECT 1 FROM wards WHERE code = @Code)",
            ward,
            cancellationToken);
        // Wards seeded before the column existed get it once; a value set since is kept.
        added += await db.Execute(
            "UPDATE wards SET superior_party = @SuperiorParty WHERE code = @Code AND superior_party IS NULL AND @SuperiorParty IS NOT NULL",
            ward,
            cancellationToken);
        var wardId = await WardId(ward.Code, cancellationToken);

        foreach (var department in ward.Departments)
        {
            added += await db.Execute(
                """
                INSERT INTO departments (ward_id, code, short_name, name)
                SELECT @WardId, @Code, @ShortName, @Name
                WHERE NOT EXISTS (SELECT 1 FROM departments WHERE ward_id = @WardId AND code = @Code)
                """,
                new { WardId = wardId, department.Code, department.ShortName, department.Name },
                cancellationToken);
        }

        foreach (var (category, departmentCode) in ward.CategoryDepartments)
        {
            added += await db.Execute(
                """
                INSERT INTO category_departments (ward_id, category, department_id)
                SELECT @WardId, @Category, d.id FROM departments d
                WHERE d.ward_id = @WardId AND d.code = @DepartmentCode
                  AND NOT EXISTS (SELECT 1 FROM category_departments WHERE ward_id = @WardId AND category = @Category)
                """,
                new { WardId = wardId, Category = Enum.Parse<Category>(category).ToString(), DepartmentCode = departmentCode },
                cancellationToken);
        }

        return added;
    }

    private async Task<int> LoadSession(SessionSeed session, CancellationToken cancellationToken)
    {
        var wardId = await WardId(session.Ward, cancellationToken);
        var added = await db.Execute(
            """
            INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed)
            SELECT @WardId, @Code, @Title, @HeldOn, @ReplyDeadline, 0
            WHERE NOT EXISTS (SELECT 1 FROM sessions WHERE ward_id = @WardId AND code = @Code)
            """,
            new { WardId = wardId, session.Code, session.Title, session.HeldOn, session.ReplyDeadline },
            cancellationToken);
        var sessionId = await db.ExecuteScalar<long>(
            "SELECT id FROM sessions WHERE ward_id = @WardId AND code = @Code",
            new { WardId = wardId, session.Code },
            cancellationToken);

        foreach (var petition in session.Petitions)
        {
            var petitionId = await db.QuerySingleOrDefault<long?>(
                "SELECT id FROM petitions WHERE session_id = @SessionId AND number = @Number",
                new { SessionId = sessionId, petition.Number },
                cancellationToken);
            if (petitionId is not null)
            {
                continue;
            }

            added += await AddPetition(wardId, sessionId, session, petition, cancellationToken);
        }

        return added;
    }

    private async Task<int> AddPetition(long wardId, long sessionId, SessionSeed session, PetitionSeed petition, CancellationToken cancellationToken)
    {
        var submittedAt = new DateTimeOffset(session.HeldOn.ToDateTime(new TimeOnly(17, 0)), Clock.VietnamOffset);
        var petitionId = await db.Insert(
            """
            INSERT INTO petitions (ward_id, session_id, number, submitter_name, submitter_title, organisation, area, lead_agency, submitted_at, submitted_by)
            VALUES (@WardId, @SessionId, @Number, @Name, @Title, @Organisation, @Area, @LeadAgency, @SubmittedAt, 'seed')
            """,
            new
            {
                WardId = wardId,
                SessionId = sessionId,
                petition.Number,
                petition.Submitter.Name,
                petition.Submitter.Title,
                petition.Submitter.Organisation,
                petition.Submitter.Area,
                petition.LeadAgency,
                SubmittedAt = submittedAt,
            },
            cancellationToken);

        var itemNumber = 0;
        foreach (var item in petition.Items)
        {
            itemNumber++;
            var caseId = await db.Insert(
                """
                INSERT INTO cases (ward_id, session_id, petition_id, item_number, text, category, location, status,
                                   suggested_department_id, due_date, search_text, version, created_at, updated_at)
                VALUES (@WardId, @SessionId, @PetitionId, @ItemNumber, @Text, @Category, @Location, 'Received',
                        (SELECT id FROM departments WHERE ward_id = @WardId AND code = @Department),
                        @DueDate, @SearchText, 1, @At, @At)
                """,
                new
                {
                    WardId = wardId,
                    SessionId = sessionId,
                    PetitionId = petitionId,
                    ItemNumber = itemNumber,
                    item.Text,
                    Category = item.Category.ToString(),
                    item.Location,
                    item.Department,
                    DueDate = session.ReplyDeadline,
                    SearchText = TextSearch.Index(item.Text, item.Location, petition.Submitter.Name, petition.Submitter.Organisation),
                    At = submittedAt,
                },
                cancellationToken);
            await db.Execute(
                """
                INSERT INTO case_events (case_id, occurred_at, actor, action, from_status, to_status, details)
                VALUES (@CaseId, @At, 'seed', 'Submit', NULL, 'Received', @Details)
                """,
                new { CaseId = caseId, At = submittedAt, Details = JsonSerializer.Serialize(new { seed = session.Code, stt = petition.Number }) },
                cancellationToken);
        }

        return 1 + (itemNumber * 2);
    }

    private Task<long> WardId(string code, CancellationToken cancellationToken) =>
        db.ExecuteScalar<long>("SELECT id FROM wards WHERE code = @Code", new { Code = code }, cancellationToken);

    private static T Read<T>(string path) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonOptions)
        ?? throw new InvalidDataException($"Seed file {path} is empty.");

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Json.Configure(options);
        return options;
    }

    private sealed record CategorySeed(string Code, string Name, string NameEn);

    private sealed record CalendarDaySeed(DateOnly Date, string Name, bool Working);

    private sealed record WardSeed(string Code, string Name, string? SuperiorParty, DepartmentSeed[] Departments, Dictionary<string, string> CategoryDepartments);

    private sealed record DepartmentSeed(string Code, string ShortName, string Name);

    private sealed record SessionSeed(string Ward, string Code, string Title, DateOnly HeldOn, DateOnly ReplyDeadline, PetitionSeed[] Petitions);

    private sealed record PetitionSeed(int Number, SubmitterSeed Submitter, string LeadAgency, ItemSeed[] Items);

    private sealed record SubmitterSeed(string Name, string Title, string Organisation, string? Area);

    private sealed record ItemSeed(string Text, Category Category, string? Location, string Department);
}
