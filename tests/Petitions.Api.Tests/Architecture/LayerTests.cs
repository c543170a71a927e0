using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using Petitions.Api.Infrastructure.Mediation;

namespace Petitions.Api.Tests.Architecture;

/// <summary>
/// The walls between the API's folders. <c>Domain</c> and each folder of <c>Infrastructure/</c> may use only what is
/// below it in <see cref="Order"/>, and nothing uses <c>Features/</c> but the slices and Program. Read twice: from the
/// sources (every <c>using</c> and every name spelled out from <c>Petitions.Api.</c>), so that adding a forbidden
/// <c>using</c> fails, and from the compiled assembly (every type a signature, attribute or method body refers to),
/// so that no way of naming a type gets past.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Bottom first. A folder of Infrastructure that is not listed fails the tests until it is placed.</summary>
    public static readonly string[] Order = ["Domain", "Problems", "Time", "Web", "Documents", "Data", "Notifications", "Auth", "Mediation", "Features", "Hosting", "Commands"];

    private static readonly Assembly Api = typeof(MediationRegistration).Assembly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    [Test]
    public void Every_folder_of_Infrastructure_has_its_place_in_the_order()
    {
        var folders = Directory.GetDirectories(Path.Combine(ApiFolder(), "Infrastructure")).Select(Path.GetFileName);

        Assert.That(folders, Is.SubsetOf(Order), "Add the new folder to LayerTests.Order (and README's How it works), below what uses it.");
    }

    [Test]
    public void Each_file_uses_only_the_layers_below_its_own_in_its_usings_and_names()
    {
        var refusals = new List<string>();
        foreach (var (file, layer) in LayeredFiles())
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(ApiFolder(), file);
            var declared = Regex.Match(text, @"^namespace\s+([\w.]+)", RegexOptions.Multiline).Groups[1].Value;
            if (LayerOf(declared) != layer)
            {
                refusals.Add($"{relative} declares namespace {declared}, which is not its folder's");
            }

            var named = Regex.Matches(text, @"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)
                .Concat(Regex.Matches(text, @"\b(Petitions\.Api\.\w+(?:\.\w+)?)"))
                .Select(match => match.Groups[1].Value);
            foreach (var name in named.Distinct())
            {
                if (LayerOf(name) is { } used && !MayUse(layer, used))
                {
                    refusals.Add($"{relative} ({layer}) uses {name} ({used})");
                }
            }
        }

        Assert.That(refusals, Is.Empty);
    }

    [Test]
    public void Each_compiled_type_refers_only_to_the_layers_below_its_own()
    {
        var refusals = new SortedSet<string>();
        foreach (var type in Api.GetTypes())
        {
            if (LayerOf(type.Namespace) is not { } layer || layer == "Features")
            {
                continue;
            }

            foreach (var used in ReferencedTypes(type).SelectMany(Unwrap).Distinct())
            {
                if (LayerOf(used.Namespace) is { } usedLayer && !MayUse(layer, usedLayer))
                {
                    refusals.Add($"{type.FullName} ({layer}) refers to {used.FullName} ({usedLayer})");
                }
            }
        }

        Assert.That(refusals, Is.Empty);
    }

    [Test]
    public void The_compiled_check_sees_a_type_used_only_inside_a_method_body()
    {
        // A witness that the IL reading works: the registration names MediatR's Mediator only in a method body.
        Assert.That(
            ReferencedTypes(typeof(MediationRegistration)).SelectMany(Unwrap),
            Does.Contain(typeof(MediatR.Mediator)));
    }

    private static bool MayUse(string layer, string used) =>
        used == layer || Array.IndexOf(Order, used) < Array.IndexOf(Order, layer);

    /// <summary>"Domain", "Features", an Infrastructure folder's name, or null for what is not ours.</summary>
    private static string? LayerOf(string? name)
    {
        var parts = (name ?? "").Split('.');
        if (parts is not ["Petitions", "Api", var top, ..])
        {
            return null;
        }

        return top == "Infrastructure" ? (parts.Length > 3 ? parts[3] : "Infrastructure") : top;
    }

    private static IEnumerable<(string File, string Layer)> LayeredFiles()
    {
        var api = ApiFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(api, "Domain"), "*.cs", SearchOption.AllDirectories))
        {
            yield return (file, "Domain");
        }

        foreach (var folder in Directory.GetDirectories(Path.Combine(api, "Infrastructure")))
        {
            foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                yield return (file, Path.GetFileName(folder));
            }
        }
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var used in type.GetInterfaces().Concat(Attributes(type)))
        {
            yield return used;
        }

        foreach (var member in type.GetMembers(all))
        {
            foreach (var used in Attributes(member))
            {
                yield return used;
            }

            switch (member)
            {
                case FieldInfo field:
                    yield return field.FieldType;
                    break;
                case PropertyInfo property:
                    yield return property.PropertyType;
                    break;
                case EventInfo @event when @event.EventHandlerType is { } handler:
                    yield return handler;
                    break;
                case MethodBase method:
                    if (method is MethodInfo { ReturnType: var returned })
                    {
                        yield return returned;
                    }

                    foreach (var parameter in method.GetParameters())
                    {
                        yield return parameter.ParameterType;
                    }

                    foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
                    {
                        yield return local.LocalType;
                    }

                    foreach (var used in InBody(method))
                    {
                        yield return used;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<Type> Attributes(MemberInfo member) =>
        member.CustomAttributes.Select(attribute => attribute.AttributeType);

    /// <summary>The types, methods and fields that a method's IL names by token.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return [];
        }

        var found = new List<Type>();
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var code = OpCodesByValue[value];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    switch (member)
                    {
                        case Type named:
                            found.Add(named);
                            break;
                        case MethodInfo called:
                            found.Add(called.DeclaringType!);
                            found.Add(called.ReturnType);
                            found.AddRange(called.GetGenericArguments());
                            break;
                        case not null:
                            found.Add(member.DeclaringType!);
                            break;
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += code.OperandType switch
                    {
                        OperandType.InlineNone => 0,
                        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                        OperandType.InlineVar => 2,
                        OperandType.InlineI8 or OperandType.InlineR => 8,
                        _ => 4,
                    };
                    break;
            }
        }

        return found;
    }

    /// <summary>A type with every type it is made of: element types, generic arguments, declaring types.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var inner in Unwrap(element))
            {
                yield return inner;
            }
        }

        if (type.IsConstructedGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Unwrap))
            {
                yield return inner;
            }
        }
    }

    private static string ApiFolder()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Petitions.sln")))
            {
                return Path.Combine(folder.FullName, "api", "Petitions.Api");
            }
        }

        throw new InvalidOperationException("Petitions.sln not found above the test directory.");
    }
}
