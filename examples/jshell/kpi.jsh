// KPIs from an ACD's call log in JShell: run with `./wfm shell examples/jshell/kpi.jsh` from the repository root.
// The sample log is fictional (scripts/sample-calls.py): three weeks, two queues, 30 agents.

Path log = Path.of("examples/data/calls-sample.csv");

// The log is streamed, so a year of calls is never held in memory; close the stream when done.
Kpis kpis;
try (var calls = CallRecords.read(log)) {
    kpis = Kpis.of(calls::iterator, KpiDefinitions.defaults().withInterval(Duration.ofMinutes(30)));
}
System.out.println(kpis.total());
kpis.byQueue().forEach(System.out::println);

// The busiest interval and the worst service level of the three weeks.
// (In a script, a line that ends a complete statement ends it: continued lines end with an operator or a dot.)
KpiFigures busiest = kpis.byInterval().stream().filter(r -> r.queue().equals(Kpis.ALL)).
        max(Comparator.comparingLong(KpiFigures::offered)).orElseThrow();
System.out.println("busiest: " + busiest);

// Caller patience feeds Erlang A: staff the busiest half hour with the patience the log shows.
double patience = kpis.patience().meanSeconds().getAsDouble();
System.out.println(kpis.patience());
Staffing staffing = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20))).
        withModel(QueueModel.erlangA(Duration.ofSeconds(Math.round(patience))));
ExpectedService needed = staffing.solve(IntervalCalls.workload(busiest.offered(), busiest.aht().getAsDouble(),
        Duration.ofMinutes(30)), busiest.aht().getAsDouble());
System.out.println("busiest half hour needs " + needed);

// The interval history that wfm forecast reads.
History history = kpis.history();
System.out.println(history.offered());

boolean ok = kpis.total().offered() == 11913 && Math.round(patience) == 128 && needed.agents() > 0 &&
        history.offered().total() == 11913;
System.out.println(ok ? "kpi.jsh: OK" : "kpi.jsh: FAILED");
/exit ok ? 0 : 1
