using Petitions.Api.Tests.Infrastructure;

namespace Petitions.Api.Tests.Api;

/// <summary>
/// One running API per fixture and engine. Tests make their own petitions, so they do not depend on one another;
/// tests that count the seeded appendix use an app of their own.
/// </summary>
[TestFixture(Engines.Sqlite)]
[TestFixture(Engines.SqlServer)]
public abstract class ApiTests(string engine)
{
    protected string Engine { get; } = engine;

    protected PetitionsApp App { get; private set; } = null!;

    /// <summary>The dispatcher, who sees every case of the ward.</summary>
    protected HttpClient Client { get; private set; } = null!;

    protected Workflow Flow { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        App = new PetitionsApp(Engine);
        Flow = new Workflow(App);
        Client = Flow.Dispatcher;
    }

    [SetUp]
    public void ResetClock() => App.Clock.SetToday(TestClock.MeetingMonday);

    [OneTimeTearDown]
    public void StopApi()
    {
        Client?.Dispose();
        App?.Dispose();
    }

    protected Task<long> Count(string table) =>
        App.WithDb(db => db.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}", null, CancellationToken.None));
}
