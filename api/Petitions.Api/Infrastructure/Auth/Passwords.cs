using Microsoft.AspNetCore.Identity;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>Salted, slow password hashes (ASP.NET Core Identity's PBKDF2); the password itself is never stored or logged.</summary>
public sealed class Passwords
{
    public const int MinimumLength = 10;

    private static readonly object NoUser = new();
    private readonly PasswordHasher<object> _hasher = new();

    // Checked against a wrong password when the user does not exist, so both cases take as long.
    private readonly Lazy<string> _decoy;

    public Passwords() => _decoy = new Lazy<string>(() => Hash(Guid.NewGuid().ToString()));

    public string Hash(string password) => _hasher.HashPassword(NoUser, password);

    public bool Verify(string? hash, string password) =>
        _hasher.VerifyHashedPassword(NoUser, hash ?? _decoy.Value, password) != PasswordVerificationResult.Failed && hash is not null;
}
