// Staffing in JShell: run with `./wfm shell examples/jshell/staffing.jsh` from the repository root.
// One interval first, then a what-if table over handle time and service-level targets.

// 100 calls in 30 minutes with an average handle time (AHT) of 180 s: a workload of 10 Erlangs.
Duration halfHour = Duration.ofMinutes(30);
double workload = IntervalCalls.workload(100, 180, halfHour);

// The conventional goal: 80 % of calls answered within 20 seconds (80/20), under Erlang C.
ServiceGoal goal = ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20));
Staffing erlangC = Staffing.of(goal);
ExpectedService needed = erlangC.solve(workload, 180);
System.out.println("Erlang C: " + needed);

// One agent fewer misses the goal; the model says by how much.
System.out.println("one fewer: " + erlangC.evaluate(workload, 180, needed.agents() - 1));

// Erlang A: callers hang up after 90 seconds on average. Abandoned calls leave the queue, so fewer agents reach 80/20.
Staffing erlangA = erlangC.withModel(QueueModel.erlangA(Duration.ofSeconds(90)));
ExpectedService neededA = erlangA.solve(workload, 180);
System.out.println("Erlang A: " + neededA);

// Breaks are in the roster, but sick leave and absence (say 30 % shrinkage in all) must be added on top.
Staffing withShrinkage = erlangC.withShrinkage(Shrinkage.of(0.3));
IntervalStaffing planned = withShrinkage.interval(IntervalCalls.of(LocalDateTime.of(2026, 1, 5, 9, 0), 100, 180), halfHour);
System.out.println("with 30% shrinkage: " + planned);

// What if: agents needed for 100 calls per half hour, for several handle times and service-level targets.
double[] targets = {0.7, 0.8, 0.9, 0.95};
System.out.printf("%n%-8s", "AHT \\ SL");
for (double t : targets) System.out.printf("%8.0f%%", 100 * t);
System.out.println();
for (int aht : new int[] {120, 180, 240, 300, 360}) {
    System.out.printf("%-8s", aht + " s");
    for (double t : targets) {
        Staffing s = Staffing.of(ServiceGoal.serviceLevel(t, Duration.ofSeconds(20)));
        System.out.printf("%9d", s.requiredAgents(IntervalCalls.workload(100, aht, halfHour), aht));
    }
    System.out.println();
}

// The check CI relies on: the primer's worked example (14 agents, SL about 88.8 %), Erlang A needing no more,
// and 14 / (1 - 0.3) = 20 agents to schedule. (In a script, a line that ends a complete statement ends it.)
boolean ok = needed.agents() == 14 && Math.abs(needed.serviceLevel() - 0.888) < 0.001 &&
        neededA.agents() <= needed.agents() && planned.plannedAgents() == 20;
System.out.println(ok ? "staffing.jsh: OK" : "staffing.jsh: FAILED");
/exit ok ? 0 : 1
