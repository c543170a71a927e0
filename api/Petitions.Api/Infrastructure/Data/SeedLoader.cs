using System.Text.Json;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Time;
using Petitions.Api.Infrastructure.Web;

namespace Petitions.Api.Infrastructure.Data;

/// <summary>
/// Loads <c>seeds/</c> (categories, calendar, wards with their departments, sessions with their petitions) into the
/// database. Every row is inserted only when its natural key is absent, so loading twice changes nothing and rows
/// people have since worked on are never touched.
/// </summary>
public sealed class SeedLoader(Db db, Clock clock, ILogger<SeedLoader> logger)
{
    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    /// <param name="currentQuarter">
    /// Also open a demo session for the current quarter, dated from the clock, in every ward that has the appendix's
    /// session: the appendix's deadline has passed, and a newcomer must still be able to submit a petition.
    /// </param>
    public async Task Load(string seedsPath, bool demoSessions, bool currentQuarter, CancellationToken cancellationToken)
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

            var keywords = Path.Combine(seedsPath, "notice-keywords.json");
            if (File.Exists(keywords))
            {
                added += await LoadNoticeKeywords(Read<KeywordSeed[]>(keywords), cancellationToken);
            }

            var sessions = Path.Combine(seedsPath, "sessions");
            foreach (var file in demoSessions && Directory.Exists(sessions) ? Directory.GetFiles(sessions, "*.json").Order().ToArray() : [])
            {
                var session = Read<SessionSeed>(file);
                added += await LoadSession(session, cancellationToken);
                if (currentQuarter)
                {
                    added += await OpenCurrentQuarter(session.Ward, cancellationToken);
                }
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

        // The seeds name each item's department by its code; one look-up for the ward, not one per item.
        var departments = (await db.Query<DepartmentRow>(
                "SELECT code AS Code, id AS Id FROM departments WHERE ward_id = @WardId", new { WardId = wardId }, cancellationToken))
            .ToDictionary(d => d.Code, d => d.Id);
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

            added += await AddPetition(wardId, sessionId, departments, session, petition, cancellationToken);
        }

        return added;
    }

    /// <summary>
    /// The quarter's session <c>yyyy-Qn</c> (once: later starts find it), held today and taking replies until the 20th
    /// of the next quarter's first month, so it takes petitions for the whole quarter.
    /// </summary>
    private async Task<int> OpenCurrentQuarter(string ward, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var quarter = ((today.Month - 1) / 3) + 1;
        var deadline = new DateOnly(today.Year, ((quarter - 1) * 3) + 1, 20).AddMonths(3);
        string[] roman = ["I", "II", "III", "IV"];
        return await db.Execute(
            """
            INSERT INTO sessions (ward_id, code, title, held_on, reply_deadline, is_closed)
            SELECT w.id, @Code, @Title, @HeldOn, @ReplyDeadline, 0 FROM wards w
            WHERE w.code = @Ward AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.ward_id = w.id AND s.code = @Code)
            """,
            new
            {
                Ward = ward,
                Code = $"{today.Year}-Q{quarter}",
                Title = $"Hội nghị giao ban quý {roman[quarter - 1]}/{today.Year} (dữ liệu mẫu)",
                HeldOn = today,
                ReplyDeadline = deadline,
            },
            cancellationToken);
    }

    private async Task<int> AddPetition(long wardId, long sessionId, IReadOnlyDictionary<string, long> departments, SessionSeed session, PetitionSeed petition, CancellationToken cancellationToken)
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
            var caseId = await db.InsertCase(
                new CaseRows.NewCase
                {
                    WardId = wardId,
                    SessionId = sessionId,
                    PetitionId = petitionId,
                    ItemNumber = ++itemNumber,
                    Text = item.Text,
                    Category = item.Category,
                    Location = item.Location,
                    SuggestedDepartmentId = departments.TryGetValue(item.Department, out var departmentId)
                        ? departmentId
                        : throw new InvalidDataException($"Session {session.Code}, petition {petition.Number}: department {item.Department} is not one of the ward's."),
                    DueDate = session.ReplyDeadline,
                    SubmitterName = petition.Submitter.Name,
                    Organisation = petition.Submitter.Organisation,
                    At = submittedAt,
                },
                cancellationToken);
            await db.AppendEvent(
                caseId, submittedAt, "seed", CaseAction.Submit, null, CaseStatus.Received, new { seed = session.Code, stt = petition.Number }, cancellationToken);
        }

        return 1 + (itemNumber * 2);
    }

    /// <summary>The keyword table of a notice's intake, for each ward that has none yet (an administrator's table is kept).</summary>
    private async Task<int> LoadNoticeKeywords(KeywordSeed[] keywords, CancellationToken cancellationToken)
    {
        var added = 0;
        var wards = await db.Query<long>(
            "SELECT id FROM wards w WHERE NOT EXISTS (SELECT 1 FROM notice_keywords k WHERE k.ward_id = w.id)", null, cancellationToken);
        foreach (var wardId in wards)
        {
            for (var i = 0; i < keywords.Length; i++)
            {
                added += await db.Execute(
                    """
                    INSERT INTO notice_keywords (ward_id, position, keyword, category, department_id)
                    VALUES (@WardId, @Position, @Keyword, @Category,
                            (SELECT id FROM departments WHERE ward_id = @WardId AND code = @Department))
                    """,
                    new { WardId = wardId, Position = i + 1, keywords[i].Keyword, Category = keywords[i].Category.ToString(), keywords[i].Department },
                    cancellationToken);
            }
        }

        return added;
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

    private sealed record DepartmentRow(string Code, long Id);

    private sealed record KeywordSeed(string Keyword, Category Category, string? Department);

    private sealed record CategorySeed(string Code, string Name, string NameEn);

    private sealed record CalendarDaySeed(DateOnly Date, string Name, bool Working);

    private sealed record WardSeed(string Code, string Name, string? SuperiorParty, DepartmentSeed[] Departments, Dictionary<string, string> CategoryDepartments);

    private sealed record DepartmentSeed(string Code, string ShortName, string Name);

    private sealed record SessionSeed(string Ward, string Code, string Title, DateOnly HeldOn, DateOnly ReplyDeadline, PetitionSeed[] Petitions);

    private sealed record PetitionSeed(int Number, SubmitterSeed Submitter, string LeadAgency, ItemSeed[] Items);

    private sealed record SubmitterSeed(string Name, string Title, string Organisation, string? Area);

    private sealed record ItemSeed(string Text, Category Category, string? Location, string Department);
}
