using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Petitions.Api.Infrastructure.Data;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>Signs Petitions' own access tokens (HS256). The signing key never leaves the server.</summary>
public sealed class TokenIssuer(SigningKey key, AuthOptions options, TimeProvider time)
{
    public const string Issuer = "petitions";
    public const string Audience = "petitions";

    public (string Token, DateTimeOffset ExpiresAt) Issue(SignedInUser user)
    {
        var now = time.GetUtcNow();
        var expiresAt = now + options.TokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(user.Claims()),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Value, SecurityAlgorithms.HmacSha256),
        });
        return (token, expiresAt);
    }
}

public sealed record SigningKey(SymmetricSecurityKey Value)
{
    /// <summary>The configured key, or on the embedded default one made once and kept in the data folder.</summary>
    public static SigningKey Resolve(AuthOptions options, DataFolder? dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var configured = Convert.FromBase64String(options.SigningKey);
            return configured.Length >= 32
                ? new SigningKey(new SymmetricSecurityKey(configured))
                : throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes, base64-encoded.");
        }

        if (dataFolder is null)
        {
            throw new InvalidOperationException("Set Auth:SigningKey (32+ random bytes, base64) or Auth:Oidc:Authority for this database provider.");
        }

        Directory.CreateDirectory(dataFolder.Path);
        var path = dataFolder.SigningKeyFile;
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return new SigningKey(new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim())));
    }
}
