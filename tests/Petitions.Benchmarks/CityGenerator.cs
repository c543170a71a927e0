using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Petitions.Api.Domain;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Benchmarks;

/// <summary>
/// Makes a city's worth of realistic data: 126 wards, three years of quarterly sessions, petitions of one to three
/// items, cases whose status, events and replies follow their age, and a few users per ward. Deterministic (seeded
/// random), so every run measures the same database.
/// </summary>
public static class CityGenerator
{
    public const int Wards = 126;

    /// <summary>Ward 2's newest session is a city-wide intake round this large, for the report benchmark.</summary>
    public const int ReportSessionCases = 10_000;
    public const string Password = "petitions-bench";

    private static readonly string[] WardNames =
    [
        "Ba Đình", "Ngọc Hà", "Giảng Võ", "Hoàn Kiếm", "Cửa Nam", "Phú Thượng", "Hồng Hà", "Tây Hồ", "Bạch Mai", "Hai Bà Trưng",
        "Vĩnh Tuy", "Đống Đa", "Kim Liên", "Văn Miếu - Quốc Tử Giám", "Láng", "Ô Chợ Dừa", "Cầu Giấy", "Nghĩa Đô", "Trung Hòa", "Thanh Xuân",
        "Khương Đình", "Phương Liệt", "Hoàng Mai", "Định Công", "Tương Mai", "Lĩnh Nam", "Long Biên", "Bồ Đề", "Việt Hưng", "Phúc Lợi",
        "Tây Mỗ", "Đại Mỗ", "Từ Liêm", "Xuân Phương", "Thượng Cát", "Đông Ngạc", "Phú Diễn", "Xuân Đỉnh", "Hà Đông", "Dương Nội",
    ];

    private static readonly string[] Streets =
    [
        "Trần Duy Hưng", "Nguyễn Thị Duệ", "Vũ Phạm Hàm", "Trung Kính", "Học Phi", "Yên Hòa", "Láng Hạ", "Nguyễn Chí Thanh",
        "Kim Mã", "Đội Cấn", "Giải Phóng", "Trường Chinh", "Nguyễn Trãi", "Lê Văn Lương", "Hoàng Quốc Việt", "Phạm Văn Đồng",
    ];

    private static readonly (Category Category, string Department, string[] Texts)[] Kinds =
    [
        (Category.Flooding, "KT-HT-DT", ["Đề nghị nạo vét cống khu vực {0} để phòng chống úng ngập trước mùa mưa", "Khu vực {0} ngập sâu sau mỗi trận mưa lớn"]),
        (Category.UrbanOrder, "KT-HT-DT", ["Tình trạng hàng quán lấn chiếm vỉa hè quanh {0}", "Đề nghị xử lý vật liệu xây dựng để trên vỉa hè {0}"]),
        (Category.TrafficCongestion, "CA", ["Tình trạng ùn tắc giao thông {0} giờ cao điểm", "Đề nghị xử lý việc đỗ xe ô tô tại {0} gây ùn tắc giao thông"]),
        (Category.Environment, "KT-HT-DT", ["Đề nghị giải quyết điểm tập kết rác tại {0}", "Đề nghị kiểm tra nhà vệ sinh công cộng khu vực {0}"]),
        (Category.Security, "CA", ["Đề nghị tăng cường tuần tra ban đêm tại {0}", "Đề nghị bố trí điểm trực an ninh cơ sở tại {0}"]),
        (Category.Infrastructure, "KT-HT-DT", ["Đề nghị lắp đèn chiếu sáng {0}", "Đề nghị đánh số nhà {0}"]),
        (Category.FoodSafety, "VH-XH", ["Đề nghị kiểm tra an toàn thực phẩm các quán ăn {0}"]),
    ];

    private static readonly (string Code, string ShortName, string Name)[] Departments =
    [
        ("VP", "VP HĐND-UBND", "Văn phòng HĐND và UBND"),
        ("KT-HT-DT", "KT-HT-ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("VH-XH", "VH-XH", "Phòng Văn hóa – Xã hội"),
        ("TT-PVHCC", "TT PVHCC", "Trung tâm Phục vụ hành chính công"),
        ("CA", "Công an phường", "Công an phường"),
    ];

    /// <summary>Creates (or completes) the database at <paramref name="path"/> with about <paramref name="totalCases"/> cases.</summary>
    public static async Task Generate(string path, int totalCases, DateOnly today)
    {
        var clock = Stopwatch.StartNew();
        var connectionString = DbConnectionFactory.SqliteConnectionString(path);
        var factory = new DbConnectionFactory(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString });
        Migrator.Upgrade(factory, NullLogger.Instance);
        await using (var db = new Db(factory))
        {
            await new SeedLoader(db, new Clock(TimeProvider.System), NullLogger<SeedLoader>.Instance).Load(Path.Combine(AppContext.BaseDirectory, "seeds"), demoSessions: true, currentQuarter: false, CancellationToken.None);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // A bulk load: nothing else reads the file meanwhile, and a failed load is simply run again.
        await connection.ExecuteAsync("PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144;");
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wards") >= Wards)
        {
            Console.WriteLine($"{path} already holds {Wards} wards; nothing to do.");
            return;
        }

        var random = new Random(20260410);
        var hash = new Passwords().Hash(Password);
        // The appendix's ward already has its 12 cases, ward 2 has the report session besides its share, and the
        // wards share out the remainder exactly.
        var perWard = Math.DivRem(Math.Max(0, totalCases - 12 - ReportSessionCases), Wards - 1, out var remainder);
        await using var transaction = await connection.BeginTransactionAsync();
        var insert = new Inserter(connection, (SqliteTransaction)transaction);
        var rows = 0L;
        for (var ward = 2; ward <= Wards; ward++)
        {
            var lastSession = ward == 2 ? ReportSessionCases : (int?)null;
            var cases = perWard + (ward - 2 < remainder ? 1 : 0) + (lastSession ?? 0);
            rows += insert.Ward(ward, ward <= WardNames.Length + 1 ? $"Phường {WardNames[ward - 2]}" : $"Xã số {ward}", hash, random, cases, today, lastSession);
        }

        // A city-level reader (no ward) for the lists that span every ward.
        await connection.ExecuteAsync(
            """
            INSERT INTO users (ward_id, username, display_name, role, password_hash, is_disabled, failed_sign_ins, security_stamp, created_at, updated_at)
            VALUES (NULL, 'city.overseer', 'Thường trực HĐND thành phố', 'Overseer', @Hash, 0, 0, @Stamp, @Now, @Now)
            """,
            new { Hash = hash, Stamp = Guid.NewGuid().ToString("N"), Now = DateTimeOffset.UtcNow },
            transaction);
        await transaction.CommitAsync();
        await connection.ExecuteAsync("PRAGMA optimize; ANALYZE;");
        Console.WriteLine($"Generated {rows:N0} rows ({await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases"):N0} cases) in {clock.Elapsed.TotalSeconds:N1} s");
    }

    private sealed class Inserter(SqliteConnection connection, SqliteTransaction transaction)
    {
        private readonly SqliteCommand _ward = Prepare(connection, transaction, "INSERT INTO wards (id, code, name) VALUES ($p0, $p1, $p2)", 3);
        private readonly SqliteCommand _department = Prepare(connection, transaction, "INSERT INTO departments (id, ward_id, code, short_name, name) VALUES ($p0, $p1, $p2, $p3, $p4)", 5);
        private readonly SqliteCommand _categoryDepartment = Prepare(connection, transaction, "INSERT INTO category_departments (ward_id, category, department_id) VALUES ($p0, $p1, $p2)", 3);
        private readonly SqliteCommand _session = Prepare(connection, transaction, "INSERT INTO sessions (id, ward_id, code, title, held_on, reply_deadline, is_closed) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)", 7);
        private readonly SqliteCommand _petition = Prepare(connection, transaction, "INSERT INTO petitions (id, ward_id, session_id, number, submitter_name, submitter_title, organisation, area, lead_agency, submitted_at, submitted_by) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, 'UBND phường', $p8, 'seed')", 9);
        private readonly SqliteCommand _case = Prepare(connection, transaction, "INSERT INTO cases (id, ward_id, session_id, petition_id, item_number, text, category, location, status, suggested_department_id, department_id, assignee, task, responsible_head, expected_result, due_date, result, referred_to, referral_letter, replied_on, search_text, version, created_at, updated_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20, $p21, $p22, $p23)", 24);
        private readonly SqliteCommand _event = Prepare(connection, transaction, "INSERT INTO case_events (case_id, occurred_at, actor, action, from_status, to_status, details) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, NULL)", 6);
        private readonly SqliteCommand _reply = Prepare(connection, transaction, "INSERT INTO replies (id, ward_id, petition_id, subject, body, status, number, year, issued_on, created_at, created_by, version) VALUES ($p0, $p1, $p2, $p3, '', 'Issued', $p4, $p5, $p6, $p7, 'seed', 2)", 8);
        private readonly SqliteCommand _replyCase = Prepare(connection, transaction, "INSERT INTO reply_cases (reply_id, case_id) VALUES ($p0, $p1)", 2);
        private readonly SqliteCommand _user = Prepare(connection, transaction, "INSERT INTO users (ward_id, username, display_name, role, department_id, organisation, password_hash, is_disabled, failed_sign_ins, security_stamp, created_at, updated_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, 0, 0, $p7, $p8, $p8)", 9);

        private long _nextDepartment = 1_000;
        private long _nextSession = 1_000;
        private long _nextPetition = 1_000;
        private long _nextCase = 1_000;
        private long _nextReply = 1_000;

        public long Ward(int wardId, string name, string hash, Random random, int cases, DateOnly today, int? lastSessionCases)
        {
            var rows = 0L;
            Run(_ward, wardId, $"ward-{wardId}", name);
            var departments = new Dictionary<string, long>();
            foreach (var (code, shortName, departmentName) in Departments)
            {
                departments[code] = _nextDepartment;
                Run(_department, _nextDepartment++, wardId, code, shortName, departmentName);
            }

            foreach (var kind in Kinds)
            {
                Run(_categoryDepartment, wardId, kind.Category.ToString(), departments[kind.Department]);
            }

            Run(_categoryDepartment, wardId, nameof(Category.Other), departments["VP"]);
            var now = DateTimeOffset.UtcNow.ToString("O");
            Run(_user, wardId, $"dispatcher.{wardId}", $"Văn phòng HĐND và UBND {name}", nameof(Role.Dispatcher), departments["VP"], null, hash, Guid.NewGuid().ToString("N"), now);
            Run(_user, wardId, $"ktht.{wardId}", $"Phòng KT-HT-ĐT {name}", nameof(Role.DepartmentOfficer), departments["KT-HT-DT"], null, hash, Guid.NewGuid().ToString("N"), now);
            Run(_user, wardId, $"leader.{wardId}", $"Tổ trưởng TDP số 1 {name}", nameof(Role.GroupLeader), null, "TDP số 1", hash, Guid.NewGuid().ToString("N"), now);
            rows += 5 + Kinds.Length + 1 + 3;

            // Twelve quarterly sessions, the newest last; cases are spread evenly over them.
            var first = new DateOnly(today.Year - 2, 1, 10);
            var casesLeft = cases;
            var replyNumber = new Dictionary<int, int>();
            for (var quarter = 0; quarter < 12 && casesLeft > 0; quarter++)
            {
                var heldOn = first.AddMonths(3 * quarter);
                // The newest session still takes petitions (the POST benchmark sends to it): its deadline is ahead.
                var deadline = quarter == 11 ? today.AddDays(30) : heldOn.AddDays(10);
                var sessionId = _nextSession++;
                Run(_session, sessionId, wardId, $"{heldOn.Year}-Q{(heldOn.Month / 3) + 1}", $"Hội nghị giao ban quý {(heldOn.Month / 3) + 1}/{heldOn.Year}", Date(heldOn), Date(deadline), deadline < today.AddDays(-120) ? 1 : 0);
                rows++;
                var regular = lastSessionCases is null ? cases / 12 : (cases - lastSessionCases.Value) / 11;
                var sessionCases = quarter == 11 ? casesLeft : Math.Min(casesLeft, regular);
                var number = 0;
                while (sessionCases > 0)
                {
                    var items = Math.Min(sessionCases, random.Next(1, 4));
                    sessionCases -= items;
                    casesLeft -= items;
                    rows += Petition(wardId, sessionId, ++number, items, heldOn, deadline, today, departments, replyNumber, random);
                }
            }

            return rows;
        }

        private long Petition(int wardId, long sessionId, int number, int items, DateOnly heldOn, DateOnly deadline, DateOnly today, Dictionary<string, long> departments, Dictionary<int, int> replyNumbers, Random random)
        {
            var petitionId = _nextPetition++;
            var group = random.Next(1, 60);
            var organisation = random.Next(2) == 0 ? $"TDP số {group}" : $"Chi bộ {group}";
            var submitter = $"Nguyễn Văn {(char)('A' + random.Next(26))}";
            var submittedAt = new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(7));
            Run(_petition, petitionId, wardId, sessionId, number, submitter, $"Tổ trưởng {organisation}", organisation, "Phường", submittedAt.ToString("O"));
            var rows = 1L;
            var replied = new List<(long CaseId, DateOnly RepliedOn)>();
            for (var item = 1; item <= items; item++)
            {
                var kind = Kinds[random.Next(Kinds.Length)];
                var street = Streets[random.Next(Streets.Length)];
                var location = $"Ngõ {random.Next(1, 400)} {street}";
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Texts[random.Next(kind.Texts.Length)], location);
                var status = StatusFor(deadline, today, random);
                var routed = status is not CaseStatus.Received;
                var repliedOn = status is CaseStatus.Replied or CaseStatus.Closed || (status == CaseStatus.Referred && random.Next(2) == 0)
                    ? deadline.AddDays(-random.Next(-3, 8))
                    : (DateOnly?)null;
                var caseId = _nextCase++;
                var department = departments[kind.Department];
                Run(
                    _case,
                    caseId, wardId, sessionId, petitionId, item, text, kind.Category.ToString(), location, status.ToString(), department,
                    routed ? department : null,
                    routed ? "Cán bộ phụ trách" : null,
                    routed ? "Kiểm tra, xử lý theo thẩm quyền" : null,
                    routed ? "Trưởng phòng" : null,
                    routed ? "Xử lý dứt điểm, báo cáo bằng văn bản" : null,
                    Date(deadline),
                    status is CaseStatus.Resolved or CaseStatus.Replied or CaseStatus.Closed ? "Đã kiểm tra, xử lý dứt điểm." : null,
                    status == CaseStatus.Referred ? "Sở Xây dựng Hà Nội" : null,
                    status == CaseStatus.Referred ? "Công văn chuyển đơn" : null,
                    repliedOn is null ? null : Date(repliedOn.Value),
                    TextSearch.Index(text, location, submitter, organisation),
                    Path(status).Length,
                    submittedAt.ToString("O"),
                    submittedAt.AddDays(5).ToString("O"));
                rows++;
                var from = (CaseStatus?)null;
                var at = submittedAt;
                foreach (var (action, to) in Path(status))
                {
                    Run(_event, caseId, at.ToString("O"), action == CaseAction.Submit ? "seed" : "dispatcher", action.ToString(), from?.ToString(), to.ToString());
                    from = to;
                    at = at.AddDays(1);
                    rows++;
                }

                if (repliedOn is not null)
                {
                    replied.Add((caseId, repliedOn.Value));
                }
            }

            if (replied.Count > 0)
            {
                var issuedOn = replied.Max(r => r.RepliedOn);
                var year = issuedOn.Year;
                var replyNumber = replyNumbers[year] = replyNumbers.GetValueOrDefault(year) + 1;
                var replyId = _nextReply++;
                Run(_reply, replyId, wardId, petitionId, "Trả lời kiến nghị", replyNumber, year, Date(issuedOn), submittedAt.AddDays(7).ToString("O"));
                foreach (var (caseId, _) in replied)
                {
                    Run(_replyCase, replyId, caseId);
                }

                rows += 1 + replied.Count;
            }

            return rows;
        }

        /// <summary>Older sessions are mostly finished; the newest is still being worked.</summary>
        private static CaseStatus StatusFor(DateOnly deadline, DateOnly today, Random random)
        {
            var roll = random.Next(100);
            if (deadline < today.AddDays(-90))
            {
                return roll switch { < 80 => CaseStatus.Closed, < 92 => CaseStatus.Replied, < 97 => CaseStatus.Referred, _ => CaseStatus.InProgress };
            }

            return roll switch
            {
                < 20 => CaseStatus.Received,
                < 40 => CaseStatus.Assigned,
                < 60 => CaseStatus.InProgress,
                < 75 => CaseStatus.Resolved,
                < 90 => CaseStatus.Replied,
                < 95 => CaseStatus.Closed,
                _ => CaseStatus.Referred,
            };
        }

        private static (CaseAction Action, CaseStatus To)[] Path(CaseStatus status)
        {
            (CaseAction, CaseStatus)[] full =
            [
                (CaseAction.Submit, CaseStatus.Received), (CaseAction.Assign, CaseStatus.Assigned), (CaseAction.Start, CaseStatus.InProgress),
                (CaseAction.Resolve, CaseStatus.Resolved), (CaseAction.Reply, CaseStatus.Replied), (CaseAction.Close, CaseStatus.Closed),
            ];
            return status == CaseStatus.Referred
                ? [full[0], full[1], (CaseAction.Refer, CaseStatus.Referred)]
                : full[..(Array.FindIndex(full, step => step.Item2 == status) + 1)];
        }

        private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }

            command.Prepare();
            return command;
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }
}
