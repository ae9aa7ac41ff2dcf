using Xunit.Abstractions;
using Xunit.Sdk;

namespace NghiQuyet.Data.Tests.Infrastructure;

/// <summary>Marks a test class whose tests need the PostgreSQL server named by NGHIQUYET_TEST_PG.</summary>
public interface INeedsPostgres;

/// <summary>
/// A fact of the storage contract, run once per provider (the derived test classes). In a class that needs
/// PostgreSQL, it is skipped with a reason where NGHIQUYET_TEST_PG is unset; CI sets it.
/// </summary>
[XunitTestCaseDiscoverer("NghiQuyet.Data.Tests.Infrastructure.StorageFactDiscoverer", "NghiQuyet.Data.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute
{
    /// <summary>Also needs ../shared (the sample reports); skipped with a reason where it is absent.</summary>
    public bool NeedsSharedData { get; set; }
}

public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public const string SkipReason = "NGHIQUYET_TEST_PG is not set: no PostgreSQL server to test against (./test.sh starts one)";

    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = (testMethod.TestClass.Class as IReflectionTypeInfo)?.Type;
        if (type is not null && typeof(INeedsPostgres).IsAssignableFrom(type)
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.PgVariable)))
            return new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, SkipReason);
        if (factAttribute.GetNamedArgument<bool>(nameof(StorageFactAttribute.NeedsSharedData)) && NghiQuyet.Testing.SharedData.Root is null)
            return new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, "../shared (sample reports) not found; set NGHIQUYET_SHARED to run this test");
        return base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
