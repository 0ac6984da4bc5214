// A small roster end to end: run with `./wfm shell examples/jshell/roster.jsh` from the repository root.
// Calls -> requirements -> problem -> roster -> check, bound and report, for 12 agents over 3 days.
ZoneId zone = ZoneId.of("Europe/Amsterdam");
Duration quarter = Duration.ofMinutes(15);
LocalDate monday = LocalDate.of(2026, 1, 5);

// 1. Calls: calls per 15 minutes, 08:00-18:00, with a morning and an afternoon peak; AHT 240 s.
List<IntervalCalls> demand = new ArrayList<>();
for (int d = 0; d < 3; d++) {
    for (LocalDateTime t = monday.plusDays(d).atTime(8, 0); t.getHour() < 18; t = t.plus(quarter)) {
        double h = t.getHour() + t.getMinute() / 60.0;
        double calls = 6 + 12 * Math.exp(-Math.pow((h - 10.5) / 1.5, 2)) + 9 * Math.exp(-Math.pow((h - 14.5) / 1.5, 2));
        demand.add(IntervalCalls.of(t, Math.round(calls), 240));
    }
}

// 2. Requirements: agents on the phones for 80/20 under Erlang C, per interval.
Staffing staffing = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
IntervalSeries.Builder required = IntervalSeries.builder(zone, quarter);
for (IntervalStaffing row : staffing.plan(demand, quarter)) required.add(row.start(), row.agents());
IntervalSeries requirements = required.build();
System.out.println("requirements: " + requirements);

// 3. Shift types: a day shift with a paid break and an unpaid lunch, and a short shift with one break.
ShiftType day = new ShiftType("DAY", LocalTime.of(8, 0), LocalTime.of(9, 30), quarter, Duration.ofHours(8).plusMinutes(30), List.of(
        BreakRule.paid("break", quarter, Duration.ofMinutes(90), Duration.ofMinutes(150)),
        BreakRule.unpaid("lunch", Duration.ofMinutes(30), Duration.ofMinutes(210), Duration.ofMinutes(300)),
        BreakRule.paid("break", quarter, Duration.ofMinutes(330), Duration.ofMinutes(420))));
ShiftType part = ShiftType.of("PART", LocalTime.of(9, 0), LocalTime.of(14, 0), quarter, Duration.ofHours(4)).withBreaks(
        BreakRule.paid("break", quarter, Duration.ofMinutes(90), Duration.ofMinutes(150)));

// 4. The team: 8 full-timers (16-24 paid hours over the 3 days) and 4 part-timers; one has Tuesday off.
List<Agent> team = new ArrayList<>();
for (int i = 1; i <= 8; i++) team.add(Agent.of(String.format("F%02d", i), Contract.hours(16, 24, 3).withMinRestHours(11), "DAY"));
for (int i = 1; i <= 4; i++) team.add(Agent.of(String.format("P%02d", i), Contract.hours(4, 12, 3), "PART"));
team.set(0, team.get(0).withTimeOff(TimeOff.vacation(monday.plusDays(1))));

// 5. The problem: 3 days, planning for 5 % sick leave on top of the requirement.
ScheduleProblem problem = new ScheduleProblem("three-days", zone, quarter, monday, 3, requirements, 0.05, List.of(day, part), team);

// 6. Solve for 5 seconds, then check the roster independently and compare it with the lower bound.
SolveResult solved = Scheduler.solve(problem, Duration.ofSeconds(5));
Bound bound = LowerBound.of(problem);
Roster roster = solved.roster().withSummary(solved.roster().summary().withBound(bound.shortfall(), problem.plannedDemand()));
List<RosterCheck.Violation> violations = RosterCheck.check(problem, roster);
System.out.println(solved);
System.out.println(bound + "; hard-rule violations: " + violations.size());
for (Shift s : roster.shiftsOf("F01")) System.out.println("F01 " + s.type() + " " + s.start() + " to " + s.end().toLocalTime() + ", breaks " + s.breaks().stream().map(b -> b.name() + " " + b.start().toLocalTime()).toList());

// 7. Files: the problem and roster as JSON (they read back with ScheduleProblemJson.read / RosterJson.read) and the report.
Path dir = Files.createTempDirectory("wfm-roster");
ScheduleProblemJson.write(problem, dir.resolve("problem.json"));
RosterJson.write(roster, dir.resolve("roster.json"));
RosterReport.of(problem, roster).write(dir.resolve("report.html"));
System.out.println("wrote problem.json, roster.json and report.html to " + dir);
System.out.print(DailySummary.table(DailySummary.of(problem, roster, Optional.empty(), Optional.empty(), Optional.empty()), null));

// The check CI relies on: no hard rule broken, the shortfall not below the bound, the files read back.
boolean ok = violations.isEmpty() && roster.summary().shortfall() >= bound.shortfall() - 1e-6 &&
        RosterJson.read(dir.resolve("roster.json")).shifts().equals(roster.shifts()) &&
        ScheduleProblemJson.read(dir.resolve("problem.json")).agents().size() == 12;
System.out.println(ok ? "roster.jsh: OK" : "roster.jsh: FAILED");
/exit ok ? 0 : 1
