package org.wfm.scheduler.internal.domain;

import org.wfm.core.workforce.Timeline;
import org.wfm.core.workforce.Agent;
import org.wfm.core.workforce.Contract;
import org.wfm.core.workforce.Unavailability;

import java.util.List;

/**
 * An agent with the contract in the integer units the constraints use (minutes, seconds, days) and the
 * unavailable windows as epoch seconds. Identity equality: one instance per agent, a cheap group key.
 */
public final class AgentRules {

    private final Agent agent;
    private final long minPaidMinutes;
    private final long maxPaidMinutes;
    private final int maxDays;
    private final long minRestSeconds;
    private final int maxConsecutiveDays;
    private final boolean[] off;
    private final long[] unavailableFrom;
    private final long[] unavailableTo;
    private final int skillSet;
    private final int queueMask;
    private final Carried carried;

    /**
     * What an agent brings from outside the planning: work the constraints must count but no planning variable holds.
     *
     * @param fixedDays          days of the horizon already worked (bit {@code d}: day {@code d}), e.g. a shift cut
     *                           short by a sick call
     * @param previousRun        days worked in a row up to the horizon in the previous roster
     * @param fixedPaidMinutes   paid minutes of that fixed work within the horizon
     * @param earliestStartEpoch no shift may start before this (the previous roster's last shift plus the rest)
     */
    public record Carried(long fixedDays, int previousRun, long fixedPaidMinutes, long earliestStartEpoch) {
        /** Nothing carried. */
        public static final Carried NONE = new Carried(0, 0, 0, Long.MIN_VALUE);
    }

    /** An agent of a one-queue problem. */
    public AgentRules(Agent agent, Timeline timeline, int days) {
        this(agent, timeline, days, 0, 1, Carried.NONE);
    }

    /**
     * An agent whose skills are the {@code skillSet}-th set of the problem's {@link SkillMix}, the queues
     * {@code queueMask} (bit {@code q}: the problem's {@code q}-th queue).
     */
    public AgentRules(Agent agent, Timeline timeline, int days, int skillSet, int queueMask, Carried carried) {
        this.agent = agent;
        this.skillSet = skillSet;
        this.queueMask = queueMask;
        this.carried = carried;
        Contract c = agent.contract();
        this.minPaidMinutes = Math.round(c.minHours() * 60);
        this.maxPaidMinutes = Double.isInfinite(c.maxHours()) ? Long.MAX_VALUE : Math.round(c.maxHours() * 60);
        this.maxDays = c.maxDays();
        this.minRestSeconds = Math.round(c.minRestHours() * 3600);
        this.maxConsecutiveDays = c.maxConsecutiveDays();
        this.off = new boolean[days];
        for (int d = 0; d < days; d++) {
            off[d] = agent.isOff(timeline.firstDay().plusDays(d));
        }
        List<Unavailability> windows = agent.unavailable();
        unavailableFrom = new long[windows.size()];
        unavailableTo = new long[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            unavailableFrom[i] = timeline.epochOf(windows.get(i).start());
            unavailableTo[i] = timeline.epochOf(windows.get(i).end());
        }
    }

    public Agent agent() {
        return agent;
    }

    public String id() {
        return agent.id();
    }

    /** The index of the agent's skill set in the problem's {@link SkillMix} (0 with one queue). */
    public int skillSet() {
        return skillSet;
    }

    /** The queues the agent answers: bit {@code q} for the problem's {@code q}-th queue. */
    public int queueMask() {
        return queueMask;
    }

    public long minPaidMinutes() {
        return minPaidMinutes;
    }

    /** {@link Long#MAX_VALUE} when the contract sets no maximum. */
    public long maxPaidMinutes() {
        return maxPaidMinutes;
    }

    public int maxDays() {
        return maxDays;
    }

    public long minRestSeconds() {
        return minRestSeconds;
    }

    public int maxConsecutiveDays() {
        return maxConsecutiveDays;
    }

    /** The days worked with those of {@code plannedDays} (bit {@code d}: day {@code d}), the fixed ones added. */
    public long workedDays(long plannedDays) {
        return plannedDays | carried.fixedDays();
    }

    /**
     * The worked days as a mask whose low bits are the previous roster's run up to the horizon, for counting runs:
     * the run is taken up to {@code maxConsecutiveDays} (a longer one was the previous roster's to break; working
     * the first day makes it one too long either way) and up to what the 64 bits leave beside the horizon's days.
     */
    public long consecutiveMask(long plannedDays) {
        int run = Math.min(carried.previousRun(), Math.min(maxConsecutiveDays, 63 - off.length));
        return workedDays(plannedDays) << run | ((1L << run) - 1);
    }

    /** The paid minutes with those of the planned shifts, the fixed work's added. */
    public long paidMinutes(long plannedMinutes) {
        return plannedMinutes + carried.fixedPaidMinutes();
    }

    /** Whether a shift may start then, after the previous roster's last shift and its rest. */
    public boolean mayStartAt(long startEpoch) {
        return startEpoch >= carried.earliestStartEpoch();
    }

    /** Whether the agent may work this shift type. */
    public boolean allows(String shiftTypeId) {
        return agent.allows(shiftTypeId);
    }

    /** Whether day {@code day} of the horizon is a time-off day. */
    public boolean isOff(int day) {
        return day >= 0 && day < off.length && off[day];
    }

    /** Whether {@code [fromEpoch, toEpoch)} touches an unavailable window. */
    public boolean unavailableDuring(long fromEpoch, long toEpoch) {
        for (int i = 0; i < unavailableFrom.length; i++) {
            if (fromEpoch < unavailableTo[i] && toEpoch > unavailableFrom[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return agent.id();
    }
}
