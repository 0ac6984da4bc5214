package org.wfm.core.queue;

import org.wfm.core.IntervalSeries;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Staffing: the fewest agents on the phones that meet a {@link ServiceGoal} under a {@link QueueModel}, and the
 * agents to schedule once {@link Shrinkage} is added.
 *
 * <pre>{@code
 * var staffing = Staffing.of(ServiceGoal.serviceLevel(0.8, Duration.ofSeconds(20)));
 * staffing.solve(10.0, 180)          // 14 agents: SL 88.84% in 20s, ASA 7.84 s, occupancy 71.4%
 * staffing.plan(demand, Duration.ofMinutes(15))
 * }</pre>
 *
 * <p>Units: workload in Erlangs, AHT in seconds, agents as whole agents.
 *
 * <p>Under Erlang C the search starts at {@code floor(A) + 1} (fewer agents cannot keep up) and steps upward,
 * carrying the Erlang B recursion along, so a solve costs one pass of the recursion up to the answer: O(A).
 * Under Erlang A, which is stable for any number of agents, it brackets the answer by galloping from
 * {@code ceil(A)} and bisects; every goal part improves with more agents.
 *
 * @param model     the queueing model
 * @param goal      what every interval must achieve
 * @param shrinkage shrinkage added on top of the agents on the phones
 */
public record Staffing(QueueModel model, ServiceGoal goal, Shrinkage shrinkage) {

    public Staffing {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(shrinkage, "shrinkage");
        if (goal.targetsAbandonment() && !model.abandonment()) {
            throw new IllegalArgumentException("an abandon-rate goal needs a model with patience (Erlang A)");
        }
    }

    /** Erlang C staffing for {@code goal}, without shrinkage. */
    public static Staffing of(ServiceGoal goal) {
        return new Staffing(QueueModel.erlangC(), goal, Shrinkage.none());
    }

    /** Staffing under {@code model} for {@code goal}, without shrinkage. */
    public static Staffing of(QueueModel model, ServiceGoal goal) {
        return new Staffing(model, goal, Shrinkage.none());
    }

    /** This staffing with another queueing model. */
    public Staffing withModel(QueueModel other) {
        return new Staffing(other, goal, shrinkage);
    }

    /** This staffing with shrinkage added to the scheduled agents. */
    public Staffing withShrinkage(Shrinkage other) {
        return new Staffing(model, goal, other);
    }

    /**
     * The service with the required agents: the smallest number meeting the goal.
     *
     * @param workload   offered load in Erlangs, zero or more (0 requires 0 agents)
     * @param ahtSeconds average handle time in seconds, more than zero
     */
    public ExpectedService solve(double workload, double ahtSeconds) {
        QueueInput.check(workload, ahtSeconds, 0, goal.answerWithin());
        if (workload == 0) {
            return evaluate(0, ahtSeconds, 0);
        }
        return model instanceof ErlangC ? stepUp(workload, ahtSeconds) : bisect(workload, ahtSeconds);
    }

    /** The fewest agents on the phones meeting the goal for {@code workload} Erlangs of {@code ahtSeconds}-second calls. */
    public int requiredAgents(double workload, double ahtSeconds) {
        return solve(workload, ahtSeconds).agents();
    }

    /** The service that {@code agents} agents on the phones give, the service level at the goal's threshold and basis. */
    public ExpectedService evaluate(double workload, double ahtSeconds, int agents) {
        return model.evaluate(workload, ahtSeconds, agents, goal.answerWithin(), goal.basis());
    }

    /** Staffing of one interval of length {@code interval}. */
    public IntervalStaffing interval(IntervalCalls demand, Duration interval) {
        return row(demand, solve(demand.workload(interval), demand.ahtSeconds()));
    }

    /**
     * One interval of length {@code interval} staffed with {@code agents} decided elsewhere (by a simulation, say):
     * the service this queue alone expects of them, and their planned agents.
     */
    public IntervalStaffing interval(IntervalCalls demand, Duration interval, int agents) {
        return row(demand, evaluate(demand.workload(interval), demand.ahtSeconds(), agents));
    }

    private IntervalStaffing row(IntervalCalls demand, ExpectedService service) {
        return new IntervalStaffing(demand.start(), demand.calls(), demand.ahtSeconds(), service,
                shrinkage.planned(service.agents()), shrinkage.plannedAgents(service.agents()));
    }

    /** Staffing of every interval of a series, in order; {@code interval} is the length of each. */
    public List<IntervalStaffing> plan(List<IntervalCalls> demand, Duration interval) {
        List<IntervalStaffing> rows = new ArrayList<>(demand.size());
        for (IntervalCalls one : demand) {
            rows.add(interval(one, interval));
        }
        return List.copyOf(rows);
    }

    /**
     * Staffing of every interval of a forecast series of calls, with one AHT for all; the interval length is the
     * series'.
     */
    public List<IntervalStaffing> plan(IntervalSeries calls, double ahtSeconds) {
        return plan(calls, IntervalSeries.builder(calls.zone(), calls.interval()).build(), ahtSeconds);
    }

    /**
     * Staffing of every interval of a forecast series of calls, with the AHT (seconds) of each interval from
     * {@code ahtSeconds}, or {@code defaultAhtSeconds} where that series has no value; the interval length is the
     * series of calls'.
     */
    public List<IntervalStaffing> plan(IntervalSeries calls, IntervalSeries ahtSeconds, double defaultAhtSeconds) {
        List<IntervalCalls> demand = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            LocalDateTime start = calls.start(i);
            demand.add(IntervalCalls.of(start, calls.value(i), ahtSeconds.get(start).orElse(defaultAhtSeconds)));
        }
        return plan(demand, calls.interval());
    }

    private ExpectedService stepUp(double workload, double ahtSeconds) {
        int agents = (int) Math.floor(workload) + 1;
        double blocking = ErlangB.blocking(workload, agents);
        int limit = limit(workload);
        while (true) {
            ExpectedService service = ErlangC.withBlocking(workload, ahtSeconds, agents, blocking, goal.answerWithin(),
                    goal.basis());
            if (goal.isMetBy(service)) {
                return service;
            }
            if (agents >= limit) {
                throw unreachable(workload, limit);
            }
            agents++;
            blocking = ErlangB.next(workload, agents, blocking);
        }
    }

    private ExpectedService bisect(double workload, double ahtSeconds) {
        int limit = limit(workload);
        int step = (int) Math.max(1, Math.ceil(Math.sqrt(workload)));
        Bracket bracket = new Bracket(goal);
        int start = Math.max(1, (int) Math.ceil(workload));
        boolean down = bracket.add(start, evaluate(workload, ahtSeconds, start));
        // Answers lie near A + beta*sqrt(A): gallop away from ceil(A) in steps of sqrt(A), doubling, to bracket it.
        while (down ? bracket.failing == 0 && bracket.meeting > 1 : bracket.best == null) {
            if (bracket.failing >= limit) {
                throw unreachable(workload, limit);
            }
            int probe = down ? Math.max(1, bracket.meeting - step) : (int) Math.min(limit, (long) bracket.failing + step);
            bracket.add(probe, evaluate(workload, ahtSeconds, probe));
            step *= 2;
        }
        while (bracket.meeting - bracket.failing > 1) {
            int middle = bracket.failing + (bracket.meeting - bracket.failing) / 2;
            bracket.add(middle, evaluate(workload, ahtSeconds, middle));
        }
        return bracket.best;
    }

    /**
     * The search interval: {@code failing} agents miss the goal (no agents never meet a goal with calls: SL 0,
     * ASA infinite, everyone abandons), {@code meeting} agents meet it with service {@code best}.
     */
    private static final class Bracket {
        private final ServiceGoal goal;
        private int failing;
        private int meeting;
        private ExpectedService best;

        Bracket(ServiceGoal goal) {
            this.goal = goal;
        }

        /** Narrows the bracket with one evaluation; whether it met the goal. */
        boolean add(int agents, ExpectedService service) {
            if (goal.isMetBy(service)) {
                meeting = agents;
                best = service;
                return true;
            }
            failing = agents;
            return false;
        }
    }

    /** Far more agents than any reachable goal needs: the occupancy cap plus a wide square-root margin. */
    private int limit(double workload) {
        double limit = Math.ceil(workload / goal.maxOccupancy()) + 100 * Math.sqrt(workload) + 1000;
        if (limit > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("workload of " + workload + " Erlangs is too large to staff");
        }
        return (int) limit;
    }

    private IllegalArgumentException unreachable(double workload, int limit) {
        return new IllegalArgumentException("no staffing up to " + limit + " agents meets " + goal + " for "
                + workload + " Erlangs");
    }
}
