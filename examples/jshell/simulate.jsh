// Simulation in JShell: run with `./wfm shell examples/jshell/simulate.jsh` from the repository root.
// Replays the fictional sample log (scripts/sample-calls.py) against a staffing per group (scripts/sample-staffing.py),
// routed by priority chains that end in voicemail, then asks what one agent fewer in sales all day would give.

List<CallRecord> log;
try (var calls = CallRecords.read(Path.of("examples/data/calls-sample.csv"))) {
    log = calls.toList();
}
Map<String, IntervalSeries> groups = StaffingCsv.readGroups(Path.of("examples/data/staffing-sample.csv"), ZoneOffset.UTC, null);
Routing routing = Routing.read(Path.of("examples/data/routing-sample.json"));
CallerPatience patience = CallerPatience.exponential(Duration.ofSeconds(128));

Simulation replay = Simulation.of(Arrivals.replay(log, ZoneOffset.UTC), Duty.staffing(groups)).
        withRouting(routing).withPatience(patience).withReplications(20);
SimulationResult asStaffed = replay.run(KpiDefinitions.defaults());
System.out.println(asStaffed);
asStaffed.byQueue().forEach(q -> System.out.println(q.queue() + ": service level " + q.serviceLevel() +
        ", voicemail " + q.voicemail()));

// One agent fewer in sales in every half hour: the same seed replays the same callers (common random numbers),
// so the difference is the staffing's, not chance's.
Map<String, IntervalSeries> fewer = new TreeMap<>(groups);
fewer.put("sales", groups.get("sales").map(a -> Math.max(0, a - 1)));
SimulationResult oneFewer = Simulation.of(Arrivals.replay(log, ZoneOffset.UTC), Duty.staffing(fewer)).
        withRouting(routing).withPatience(patience).withReplications(20).run(KpiDefinitions.defaults());
System.out.println("one sales agent fewer: " + oneFewer.serviceLevel() + " (was " + asStaffed.serviceLevel() + ")");

boolean ok = asStaffed.calls() == 20L * 11913 && oneFewer.serviceLevel().mean() < asStaffed.serviceLevel().mean();
System.out.println(ok ? "simulate.jsh: OK" : "simulate.jsh: FAILED");
/exit ok ? 0 : 1
