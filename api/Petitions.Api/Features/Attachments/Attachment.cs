using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Petitions.Api.Infrastructure.Auth;
using Petitions.Api.Infrastructure.Data;
using Petitions.Api.Infrastructure.Problems;
using Petitions.Api.Infrastructure.Time;

namespace Petitions.Api.Features.Attachments;

/// <summary>What a file is to its record.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttachmentKind>))]
public enum AttachmentKind
{
    /// <summary>Sent with the petition item by its submitter.</summary>
    Intake,

    /// <summary>The department's photo of the place before the work.</summary>
    Before,

    /// <summary>The department's photo of the result.</summary>
    After,

    /// <summary>The signed, stamped scan of a reply that is out.</summary>
    SignedScan,
}

/// <summary>The stored sizes of an attachment.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttachmentVariant>))]
public enum AttachmentVariant
{
    Original,
    Display,
    Thumbnail,
}

/// <summary>An attachment as lists show it: everything but its bytes.</summary>
public sealed record AttachmentInfo
{
    public long Id { get; init; }

    public AttachmentKind Kind { get; init; }

    public string Name { get; init; } = "";

    public string MediaType { get; init; } = "";

    /// <summary>Bytes of the stored original.</summary>
    public long Size { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Images have a display size and a thumbnail; a PDF has neither.</summary>
    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal);

    public DateTimeOffset UploadedAt { get; init; }

    public string UploadedBy { get; init; } = "";

    public static AttachmentInfo Example { get; } = new()
    {
        Id = 7,
        Kind = AttachmentKind.Intake,
        Name = "ngo-20-ngap.jpg",
        MediaType = AttachmentContent.JpegMediaType,
        Size = 1_482_211,
        Width = 4032,
        Height = 3024,
        UploadedAt = new DateTimeOffset(2026, 4, 10, 9, 30, 0, TimeSpan.FromHours(7)),
        UploadedBy = "leader19",
    };

    public const string Columns = """
        a.id AS Id, a.kind AS Kind, a.name AS Name, a.media_type AS MediaType, a.size AS Size, a.width AS Width,
        a.height AS Height, a.uploaded_at AS UploadedAt, a.uploaded_by AS UploadedBy
        """;
}

/// <summary>Limits and the one writer of attachments: the row and its files in the command's transaction.</summary>
public static class Attachments
{
    public const long MaxFileBytes = 20 * 1024 * 1024;
    public const int MaxFilesPerRecord = 10;
    public const long MaxBytesPerRecord = 60 * 1024 * 1024;

    /// <summary>A case's or a reply's files would pass the per-record limits.</summary>
    public static readonly ProblemCode RecordFull = new("attachmentsRecordFull");
    public static readonly ProblemCode FileRequired = new("attachment.file.required");

    /// <summary>
    /// The upload endpoints' body cap: the largest file plus the form around it. A bigger body is refused as it
    /// arrives; a file over <see cref="MaxFileBytes"/> inside it is refused as it is read.
    /// </summary>
    public const long MaxUploadBytes = MaxFileBytes + 64 * 1024;

    /// <summary>
    /// Writes the row and its files. The file was processed before the command began (<see cref="AttachmentContent.Process"/>),
    /// so decoding a large photo never holds the database's write lock.
    /// </summary>
    public static async Task<AttachmentInfo> Store(
        Db db, RequestContext context, Clock clock, long wardId, long? caseId, long? replyId, AttachmentKind kind, string fileName, ProcessedFile file, CancellationToken ct)
    {
        var owner = new { CaseId = caseId, ReplyId = replyId };
        var kept = await db.QuerySingleOrDefault<(long Count, long? Bytes)>(
            "SELECT COUNT(*) AS Count, SUM(size) AS Bytes FROM attachments WHERE (case_id = @CaseId OR reply_id = @ReplyId)", owner, ct);
        if (kept.Count + 1 > MaxFilesPerRecord || (kept.Bytes ?? 0) + file.Original.Length > MaxBytesPerRecord)
        {
            throw new PayloadTooLargeException(
                RecordFull,
                $"A case or a reply holds at most {MaxFilesPerRecord} files and {MaxBytesPerRecord / 1024 / 1024} MiB; it has {kept.Count} files, {(kept.Bytes ?? 0) / 1024} KiB.",
                new { maxFiles = MaxFilesPerRecord, maxKiB = MaxBytesPerRecord / 1024, files = kept.Count, kiB = (kept.Bytes ?? 0) / 1024 });
        }

        var info = new AttachmentInfo
        {
            Kind = kind,
            Name = AttachmentContent.SafeName(fileName, file.Extension),
            MediaType = file.MediaType,
            Size = file.Original.Length,
            Width = file.Width,
            Height = file.Height,
            UploadedAt = clock.Now,
            UploadedBy = context.Actor,
        };
        var id = await db.Insert(
            """
            INSERT INTO attachments (ward_id, case_id, reply_id, kind, name, media_type, size, width, height, hash, uploaded_at, uploaded_by)
            VALUES (@WardId, @CaseId, @ReplyId, @Kind, @Name, @MediaType, @Size, @Width, @Height, @Hash, @UploadedAt, @UploadedBy)
            """,
            new
            {
                WardId = wardId,
                CaseId = caseId,
                ReplyId = replyId,
                Kind = kind.ToString(),
                info.Name,
                info.MediaType,
                info.Size,
                info.Width,
                info.Height,
                Hash = Convert.ToHexString(SHA256.HashData(file.Original)).ToLowerInvariant(),
                info.UploadedAt,
                info.UploadedBy,
            },
            ct);

        await StoreFile(db, id, AttachmentVariant.Original, file.MediaType, file.Original, ct);
        if (file.Display is not null && file.Thumbnail is not null)
        {
            await StoreFile(db, id, AttachmentVariant.Display, AttachmentContent.JpegMediaType, file.Display, ct);
            await StoreFile(db, id, AttachmentVariant.Thumbnail, AttachmentContent.JpegMediaType, file.Thumbnail, ct);
        }

        return info with { Id = id };
    }

    private static Task StoreFile(Db db, long id, AttachmentVariant variant, string mediaType, byte[] content, CancellationToken ct) =>
        db.Execute(
            "INSERT INTO attachment_files (attachment_id, variant, media_type, content) VALUES (@Id, @Variant, @MediaType, @Content)",
            new { Id = id, Variant = variant.ToString(), MediaType = mediaType, Content = content },
            ct);
}
