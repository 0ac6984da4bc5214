package org.wfm.scheduler.internal.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.wfm.scheduler.internal.domain.AgentRules;
import org.wfm.scheduler.internal.domain.IntervalCoverage;
import org.wfm.scheduler.internal.domain.Schedule;
import org.wfm.scheduler.internal.domain.ShiftAssignment;
import org.wfm.scheduler.internal.domain.ShiftStart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The construction heuristic: in rounds, each agent (in a seeded order) takes the one shift of the week that
 * covers the most still-uncovered planned requirement, within the contract (days, hours, rest, consecutive
 * days); then its breaks go where the requirement left uncovered is lowest. Rounds go on until no agent can take
 * a useful shift. Fast (no score calculation) and already feasible in the usual case, so local search starts
 * from a sensible roster. Only unpinned days off are filled.
 */
public final class GreedyConstruction implements CustomPhaseCommand<Schedule> {

    private final long seed;

    public GreedyConstruction(long seed) {
        this.seed = seed;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Schedule> scoreDirector) {
        Schedule schedule = scoreDirector.getWorkingSolution();
        Residual residual = new Residual(schedule);
        Map<AgentRules, List<ShiftAssignment>> byAgent = new LinkedHashMap<>();
        for (ShiftAssignment a : schedule.getAssignments()) {
            byAgent.computeIfAbsent(a.getAgent(), k -> new ArrayList<>()).add(a);
            residual.take(a);
        }
        List<AgentRules> order = new ArrayList<>(byAgent.keySet());
        Collections.shuffle(order, new Random(seed));
        boolean progress = true;
        while (progress) {
            progress = false;
            for (AgentRules agent : order) {
                progress |= assignBestShift(scoreDirector, byAgent.get(agent), residual);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static boolean assignBestShift(ScoreDirector<Schedule> scoreDirector, List<ShiftAssignment> days,
                                           Residual residual) {
        AgentRules agent = days.get(0).getAgent();
        long mask = 0;
        long paid = 0;
        for (ShiftAssignment a : days) {
            if (a.isAssigned()) {
                mask |= 1L << a.getDay();
                paid += a.paidMinutes();
            }
        }
        paid = agent.paidMinutes(paid);
        if (Long.bitCount(agent.workedDays(mask)) >= agent.maxDays()) {
            return false;
        }
        long shortest = Long.MAX_VALUE; // the shortest shift the agent could still add, paid minutes
        for (ShiftAssignment a : days) {
            if (!a.isAssigned() && !a.isPinned()) {
                for (ShiftStart s : a.getStartRange()) {
                    shortest = Math.min(shortest, s.paidMinutes());
                }
            }
        }
        ShiftAssignment bestDay = null;
        ShiftStart best = null;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (ShiftAssignment a : days) {
            if (a.isAssigned() || a.isPinned()
                    || WfmConstraintProvider.excessConsecutive(agent.consecutiveMask(mask | 1L << a.getDay()),
                    agent.maxConsecutiveDays()) > 0) {
                continue;
            }
            for (ShiftStart s : a.getStartRange()) {
                long after = paid + s.paidMinutes();
                // a shift that leaves the contract's minimum short with no room for even the shortest shift more
                // would strand the agent between minimum and maximum (8-9 h with 4 and 6 h shifts: not the 6)
                boolean strands = after < agent.minPaidMinutes() && after + shortest > agent.maxPaidMinutes();
                if (after > agent.maxPaidMinutes() || strands || !restRespected(days, s)) {
                    continue;
                }
                double gain = gain(a, s, residual);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = s;
                    bestDay = a;
                }
            }
        }
        if (best == null || bestGain <= 0 && paid >= agent.minPaidMinutes()) {
            return false;
        }
        scoreDirector.beforeVariableChanged(bestDay, "start");
        bestDay.setStart(best);
        scoreDirector.afterVariableChanged(bestDay, "start");
        placeBreaks(scoreDirector, bestDay, residual);
        residual.take(bestDay);
        return true;
    }

    /** Whether the candidate keeps the contract's rest to the agent's shifts of the other days. */
    static boolean restRespected(List<ShiftAssignment> days, ShiftStart candidate) {
        long minRest = days.get(0).getAgent().minRestSeconds();
        for (ShiftAssignment a : days) {
            if (!a.isAssigned() || a.getDay() == candidate.day()) {
                continue;
            }
            ShiftStart other = a.getStart();
            long rest = other.day() < candidate.day()
                    ? candidate.startEpoch() - other.endEpoch()
                    : other.startEpoch() - candidate.endEpoch();
            if (rest < minRest) {
                return false;
            }
        }
        return true;
    }

    /** Planned requirement still uncovered that the candidate would cover, with the day's current break positions. */
    private static double gain(ShiftAssignment day, ShiftStart s, Residual residual) {
        double gain = 0;
        int[] breakStart = new int[s.breakCount()];
        for (int k = 0; k < breakStart.length; k++) {
            breakStart[k] = s.breakOffset(k, day.breakPosition(k));
        }
        for (int o = 0; o < s.lengthIntervals(); o++) {
            int i = s.startIndex() + o;
            if (i < 0 || i >= residual.intervals() || onBreak(s, breakStart, o)) {
                continue;
            }
            gain += Math.min(1, Math.max(0, residual.need(day.getAgent().queueMask(), i)));
        }
        return gain;
    }

    private static boolean onBreak(ShiftStart s, int[] breakStart, int o) {
        for (int k = 0; k < breakStart.length; k++) {
            if (o >= breakStart[k] && o < breakStart[k] + s.breakLength(k)) {
                return true;
            }
        }
        return false;
    }

    /** Each break, in order and after the previous one, where the least requirement is left uncovered. */
    private static void placeBreaks(ScoreDirector<Schedule> scoreDirector, ShiftAssignment day, Residual residual) {
        ShiftStart s = day.getStart();
        int earliestFree = 0;
        for (int k = 0; k < s.breakCount(); k++) {
            int bestPosition = -1;
            double bestNeed = Double.POSITIVE_INFINITY;
            for (int p = 0; p < s.breakPositions(k); p++) {
                int offset = s.breakOffset(k, p);
                if (offset < earliestFree) {
                    continue;
                }
                double need = 0;
                for (int o = offset; o < offset + s.breakLength(k); o++) {
                    int i = s.startIndex() + o;
                    need += i >= 0 && i < residual.intervals() ? residual.need(day.getAgent().queueMask(), i) : 0;
                }
                if (need < bestNeed) {
                    bestNeed = need;
                    bestPosition = p;
                }
            }
            if (bestPosition < 0) {
                bestPosition = s.breakPositions(k) - 1;
            }
            String variable = "break" + k;
            scoreDirector.beforeVariableChanged(day, variable);
            day.setBreakPosition(k, bestPosition);
            scoreDirector.afterVariableChanged(day, variable);
            earliestFree = s.breakOffset(k, bestPosition) + s.breakLength(k);
        }
    }

    /**
     * Planned agents not yet covered, per queue and interval. An agent placed in an interval counts against the
     * queue of its skills with the most left: a greedy share-out to start from; the score allocates exactly.
     */
    private static final class Residual {
        private final double[][] left;

        Residual(Schedule schedule) {
            int queues = schedule.getProblem().queues().size();
            left = new double[queues][schedule.getIntervals().size()];
            for (IntervalCoverage d : schedule.getIntervals()) {
                for (int q = 0; q < queues; q++) {
                    left[q][d.index()] = d.planned(q);
                }
            }
        }

        int intervals() {
            return left[0].length;
        }

        /**
         * What the queues of {@code mask} still need in interval {@code i}, together: for an agent of every queue
         * exactly the pooled residual, so a fully cross-trained team is built as if its queues were one.
         */
        double need(int mask, int i) {
            double sum = 0;
            for (int q = 0; q < left.length; q++) {
                if ((mask & (1 << q)) != 0) {
                    sum += left[q][i];
                }
            }
            return sum;
        }

        /** Counts the assignment's working intervals, each against its agent's neediest queue. */
        void take(ShiftAssignment a) {
            int mask = a.getAgent().queueMask();
            for (int i : a.workingIntervals()) {
                int neediest = -1;
                for (int q = 0; q < left.length; q++) {
                    if ((mask & (1 << q)) != 0 && (neediest < 0 || left[q][i] > left[neediest][i])) {
                        neediest = q;
                    }
                }
                left[neediest][i] -= 1;
            }
        }
    }
}
