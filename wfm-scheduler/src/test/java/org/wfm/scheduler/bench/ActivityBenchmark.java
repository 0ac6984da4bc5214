package org.wfm.scheduler.bench;

import org.wfm.core.workforce.Activity;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.RosterCheck;
import org.wfm.core.workforce.ScheduleProblem;
import org.wfm.scheduler.SolveOptions;
import org.wfm.scheduler.Scheduler;
import org.wfm.scheduler.SyntheticProblems;
import org.wfm.scheduler.bound.LowerBound;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The cost of activities in coverage (issue 13): the same generated week solved without and with
 * {@link SyntheticProblems#withActivities} (a one-hour team meeting for 20 agents, 30 minutes of coaching for every
 * agent, a two-hour training for 6), on a covered week, where the activities should land in slack (target: the
 * shortfall rises by at most 5 % of the activities' agent-intervals), and on a tight week, against the lower bound
 * of the week without activities and against {@link LowerBound} of the week with them (their off-phone time
 * included).
 *
 * <p>Arguments: {@code [agents [seconds [seed [kinds]]]]} (default 60 agents, 60 s, seed 1, {@code covered,tight}). Run as
 * {@link SchedulerBenchmark} says, with {@code org.wfm.scheduler.bench.ActivityBenchmark 60 60}.
 */
public final class ActivityBenchmark {

    private ActivityBenchmark() {
    }

    public static void main(String[] args) {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Duration limit = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        List<String> kinds = List.of((args.length > 3 ? args[3] : "covered,tight").split(","));
        if (kinds.contains("covered")) {
            compare("covered", SyntheticProblems.coveredWeek(agents, seed), limit, seed);
        }
        if (kinds.contains("tight")) {
            compare("tight", SyntheticProblems.week(agents, seed), limit, seed);
        }
    }

    private static void compare(String kind, ScheduleProblem week, Duration limit, long seed) {
        ScheduleProblem busy = SyntheticProblems.withActivities(week);
        Roster without = solve(week, limit, seed);
        Roster with = solve(busy, limit, seed);
        double offPhone = offPhoneIntervals(busy);
        double increase = with.summary().shortfall() - without.summary().shortfall();
        double bound = LowerBound.of(week).shortfall();
        double busyBound = LowerBound.of(busy).shortfall();
        System.out.printf(Locale.ROOT, "%s week, %d agents, %s each, seed %d; activities: %s%n", kind,
                week.agents().size(), limit, seed, busy.activities());
        System.out.printf(Locale.ROOT, "  off-phone time of the activities: %.0f agent-intervals%n", offPhone);
        System.out.printf(Locale.ROOT, "  without: shortfall %.1f, surplus %.1f, paid hours %.1f, %d violation(s)%n",
                without.summary().shortfall(), without.summary().surplus(), without.summary().paidHours(),
                RosterCheck.check(week, without).size());
        List<RosterCheck.Violation> violations = RosterCheck.check(busy, with);
        System.out.printf(Locale.ROOT, "  with:    shortfall %.1f, surplus %.1f, paid hours %.1f, %d violation(s)%s; %s%n",
                with.summary().shortfall(), with.summary().surplus(), with.summary().paidHours(), violations.size(),
                violations.isEmpty() ? "" : " e.g. " + violations.get(0), with.summary().activities());
        System.out.printf(Locale.ROOT, "  shortfall increase %.1f agent-intervals = %.1f %% of the activities' time%n",
                increase, 100 * increase / offPhone);
        System.out.printf(Locale.ROOT, "  lower bound (without activities) %.1f: gap with activities %.1f agent-intervals"
                        + " (%.1f %% of the activities' time), without %.1f%n", bound,
                with.summary().shortfall() - bound, 100 * (with.summary().shortfall() - bound) / offPhone,
                without.summary().shortfall() - bound);
        System.out.printf(Locale.ROOT, "  lower bound with the activities' off-phone time %.1f: gap %.1f agent-intervals,"
                        + " %.2f %% of planned demand %.1f%n", busyBound, with.summary().shortfall() - busyBound,
                100 * (with.summary().shortfall() - busyBound) / busy.plannedDemand(), busy.plannedDemand());
    }

    private static Roster solve(ScheduleProblem problem, Duration limit, long seed) {
        return Scheduler.solve(problem, SolveOptions.of(limit).withSeed(seed)).roster();
    }

    /** Agent-intervals the activities take off the phones when every attendee attends. */
    private static double offPhoneIntervals(ScheduleProblem problem) {
        double total = 0;
        for (Activity a : problem.activities()) {
            total += (double) problem.attendees(a).size() * (a.together() ? 1 : a.perAgent())
                    * a.length().getSeconds() / problem.interval().getSeconds();
        }
        return total;
    }
}
