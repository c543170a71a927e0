using System.Collections.Concurrent;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>A user as the per-request check knows them: their access, and their sign-ins ended by signing out.</summary>
public sealed record KnownUser(SignedInUser User, IReadOnlySet<string> EndedSessions);

/// <summary>
/// The users the per-request check has read (with their ended sessions), kept for <see cref="AuthOptions.UserCacheLifetime"/> so that the check
/// costs no query. A change made through this instance forgets the user as it commits; another instance (several API
/// servers on one SQL Server), or an edit straight in the database, is seen once the entry has aged out.
/// </summary>
public sealed class UserCache(AuthOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<long, Entry> _users = new();
    private long _changes;

    public async Task<KnownUser?> Get(long id, Func<Task<KnownUser?>> read)
    {
        var now = time.GetUtcNow();
        if (_users.TryGetValue(id, out var entry) && now - entry.ReadAt < options.UserCacheLifetime)
        {
            return entry.User;
        }

        // A change that commits while this read is under way must not be covered up by what the read saw before it.
        var changes = Interlocked.Read(ref _changes);
        var user = await read();
        if (Interlocked.Read(ref _changes) == changes)
        {
            _users[id] = new Entry(user, now);
        }

        return user;
    }

    public void Forget(long id)
    {
        Interlocked.Increment(ref _changes);
        _users.TryRemove(id, out _);
    }

    private sealed record Entry(KnownUser? User, DateTimeOffset ReadAt);
}
