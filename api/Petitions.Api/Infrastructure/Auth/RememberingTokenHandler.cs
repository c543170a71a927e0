using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Petitions.Api.Infrastructure.Auth;

/// <summary>
/// Validates Petitions' own access tokens once each: a client sends the same token with every request for hours, and
/// checking its signature and parsing its claims each time cost as much as one of a request's queries. A token is
/// remembered only until it expires; the user behind it is still checked on every request (<see cref="UserValidator"/>).
/// </summary>
public sealed class RememberingTokenHandler(TimeProvider time) : JsonWebTokenHandler
{
    // Tokens live hours and a ward has tens of users: far fewer are in use at once. Past this, start again.
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, TokenValidationResult> _valid = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (_valid.TryGetValue(token, out var known) && time.GetUtcNow().UtcDateTime < known.SecurityToken.ValidTo)
        {
            return known;
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            if (_valid.Count >= Capacity)
            {
                _valid.Clear();
            }

            _valid[token] = result;
        }
        else
        {
            _valid.TryRemove(token, out _);
        }

        return result;
    }
}
