namespace Petitions.Api.Infrastructure.Data;

/// <summary>A reason the app will not start that the operator can fix: printed as one line (naming the file and what to do), exit code 1, no stack trace.</summary>
public sealed class StartupRefusal(string message) : Exception(message);
