[assembly: AssemblyFixture(typeof(BelongingInsights.EndToEnd.Tests.PostgresServer))]
