using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;

namespace Petitions.Api.Infrastructure.Problems;

/// <summary>
/// Every code the API can send: the <see cref="ProblemCode"/> fields declared anywhere in the assembly and the error
/// codes of every validator's rules. The OpenAPI document lists them as the <c>ProblemCode</c> enum, from which the
/// web app's message tables are typed.
/// </summary>
public static class ProblemCatalog
{
    public static IEnumerable<ProblemCode> Declared() =>
        typeof(ProblemCode).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(ProblemCode))
            .Select(field => (ProblemCode)field.GetValue(null)!);

    public static IEnumerable<Type> ValidatorTypes() =>
        typeof(ProblemCode).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(type));

    /// <summary>Each validator's rules with the code each gives (null where a rule has none of ours).</summary>
    public static IEnumerable<(Type Validator, string Property, string? Code)> ValidatorRules(IServiceProvider services) =>
        from type in ValidatorTypes()
        let validator = (IValidator)ActivatorUtilities.CreateInstance(services, type)
        from rule in validator.CreateDescriptor().Rules
        from component in rule.Components
        where component.Validator is not IChildValidatorAdaptor
        select (type, rule.PropertyName ?? "", component.ErrorCode);

    public static IReadOnlyList<string> All(IServiceProvider services) =>
        [.. Declared().Select(code => code.Value)
            .Concat(ValidatorRules(services).Select(rule => rule.Code).OfType<string>())
            .Distinct()
            .Order(StringComparer.Ordinal)];
}
