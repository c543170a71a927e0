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
            Subject = new ClaimsIdentity(user.Claims(SignedInUser.NewSession())),
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
            var configured = new byte[options.SigningKey.Length];
            return Convert.TryFromBase64String(options.SigningKey.Trim(), configured, out var written) && written >= 32
                ? new SigningKey(new SymmetricSecurityKey(configured[..written]))
                : throw new StartupRefusal("Auth:SigningKey must be at least 32 random bytes, base64-encoded.");
        }

        if (dataFolder is null)
        {
            throw new StartupRefusal("set Auth:SigningKey (32+ random bytes, base64) or Auth:Oidc:Authority: on SQL Server no key is kept in a data folder.");
        }

        Directory.CreateDirectory(dataFolder.Path);
        var path = dataFolder.SigningKeyFile;
        if (!File.Exists(path))
        {
            Create(path);
        }

        var text = File.ReadAllText(path).Trim();
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length >= 32
            ? new SigningKey(new SymmetricSecurityKey(bytes[..length]))
            : throw new StartupRefusal(
                $"{path} is empty or not a signing key (32+ random bytes, base64). Put back the file from a backup, or delete it to make a new one (tokens signed with the old key then stop working).");
    }

    /// <summary>Written whole under a temporary name and then moved into place, so a crash never leaves half a key; another process that got there first wins.</summary>
    private static void Create(string path)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                file.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));
                file.Flush(flushToDisk: true);
            }

            File.Move(partial, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made meanwhile by another process starting on the same folder: use theirs.
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
