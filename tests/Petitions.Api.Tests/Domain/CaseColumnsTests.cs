using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Petitions.Api.Features.Cases;

namespace Petitions.Api.Tests.Domain;

public sealed class CaseColumnsTests
{
    private static IEnumerable<Type> Changes() =>
        typeof(CaseColumns).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(CaseColumns)));

    [Test]
    public void Every_kind_of_change_names_its_columns_and_reads_each_value_from_its_own_properties()
    {
        Assert.That(Changes(), Is.Not.Empty);
        foreach (var type in Changes())
        {
            var change = (CaseColumns)RuntimeHelpers.GetUninitializedObject(type);
            var set = CaseColumns.Set(change);
            var parameters = Regex.Matches(set, @"@(\w+)").Select(m => m.Groups[1].Value).ToHashSet();
            var properties = type.GetProperties().Where(p => p.DeclaringType == type).Select(p => p.Name).ToHashSet();

            Assert.That(set, Does.StartWith(", "), type.Name);
            Assert.That(parameters, Is.EquivalentTo(properties), $"{type.Name}: every value it carries is written, and only those");
        }
    }
}
