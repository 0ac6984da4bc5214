package org.wfm.scheduler.internal.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * What one agent does on one day: a shift ({@link #getStart()}, {@code null} for a day off) and the window
 * position of each of its breaks. Break {@code k} starts {@link ShiftStart#breakOffset} intervals after the shift
 * start, so it always lies in its window; order and overlap are a constraint.
 *
 * <p>At most {@link #MAX_BREAKS} breaks per shift: one planning variable per break slot.
 */
@PlanningEntity
public class ShiftAssignment {

    /** Most breaks a shift type may carry. */
    public static final int MAX_BREAKS = 4;

    @PlanningId
    private String id;
    private AgentDay agentDay;

    @PlanningVariable(valueRangeProviderRefs = "startRange", nullable = true)
    private ShiftStart start;
    @PlanningVariable(valueRangeProviderRefs = "break0Range")
    private Integer break0;
    @PlanningVariable(valueRangeProviderRefs = "break1Range")
    private Integer break1;
    @PlanningVariable(valueRangeProviderRefs = "break2Range")
    private Integer break2;
    @PlanningVariable(valueRangeProviderRefs = "break3Range")
    private Integer break3;

    @PlanningPin
    private boolean pinned;
    /** In a reschedule, whether {@link #original} holds the roster's shift (null: the agent was off). */
    private boolean hasOriginal;
    private ShiftStart original;
    private int[] originalBreaks;

    /** For the solver's cloning. */
    public ShiftAssignment() {
    }

    /** An agent-day off, with every break at the middle of its window. */
    public ShiftAssignment(AgentDay agentDay) {
        this.id = agentDay.toString();
        this.agentDay = agentDay;
        for (int k = 0; k < MAX_BREAKS; k++) {
            setBreakPosition(k, agentDay.breakRanges().get(k).size() / 2);
        }
    }

    /** The same agent-day with a shift: for tests and for reading a roster. */
    public ShiftAssignment withStart(ShiftStart shiftStart, int... breakPositions) {
        this.start = shiftStart;
        for (int k = 0; k < breakPositions.length; k++) {
            setBreakPosition(k, breakPositions[k]);
        }
        return this;
    }

    @ValueRangeProvider(id = "startRange")
    public List<ShiftStart> getStartRange() {
        return agentDay.starts();
    }

    @ValueRangeProvider(id = "break0Range")
    public List<Integer> getBreak0Range() {
        return agentDay.breakRanges().get(0);
    }

    @ValueRangeProvider(id = "break1Range")
    public List<Integer> getBreak1Range() {
        return agentDay.breakRanges().get(1);
    }

    @ValueRangeProvider(id = "break2Range")
    public List<Integer> getBreak2Range() {
        return agentDay.breakRanges().get(2);
    }

    @ValueRangeProvider(id = "break3Range")
    public List<Integer> getBreak3Range() {
        return agentDay.breakRanges().get(3);
    }

    public String getId() {
        return id;
    }

    public AgentDay getAgentDay() {
        return agentDay;
    }

    public AgentRules getAgent() {
        return agentDay.agent();
    }

    public int getDay() {
        return agentDay.day();
    }

    public ShiftStart getStart() {
        return start;
    }

    public void setStart(ShiftStart start) {
        this.start = start;
    }

    public boolean isAssigned() {
        return start != null;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean hasOriginal() {
        return hasOriginal;
    }

    public ShiftStart getOriginal() {
        return original;
    }

    /** Marks this assignment's current shift (or day off) as the roster's original, for counting changes. */
    public void keepAsOriginal() {
        this.hasOriginal = true;
        this.original = start;
        this.originalBreaks = new int[MAX_BREAKS];
        for (int k = 0; k < MAX_BREAKS; k++) {
            originalBreaks[k] = breakPosition(k);
        }
    }

    /** Whether the shift differs from the original roster's (a reschedule's change). */
    public boolean changedFromOriginal() {
        return hasOriginal && start != original;
    }

    /** Whether the shift is the original roster's but a break moved. */
    public boolean breaksMovedFromOriginal() {
        if (!hasOriginal || start == null || start != original) {
            return false;
        }
        for (int k = 0; k < start.breakCount(); k++) {
            if (breakOffset(k) != start.breakOffset(k, originalBreaks[k])) {
                return true;
            }
        }
        return false;
    }

    public Integer getBreak0() {
        return break0;
    }

    public void setBreak0(Integer break0) {
        this.break0 = break0;
    }

    public Integer getBreak1() {
        return break1;
    }

    public void setBreak1(Integer break1) {
        this.break1 = break1;
    }

    public Integer getBreak2() {
        return break2;
    }

    public void setBreak2(Integer break2) {
        this.break2 = break2;
    }

    public Integer getBreak3() {
        return break3;
    }

    public void setBreak3(Integer break3) {
        this.break3 = break3;
    }

    /** The window position of break slot {@code k}. */
    public int breakPosition(int k) {
        Integer p = switch (k) {
            case 0 -> break0;
            case 1 -> break1;
            case 2 -> break2;
            case 3 -> break3;
            default -> throw new IndexOutOfBoundsException("break slot " + k);
        };
        return p == null ? 0 : p;
    }

    /** Sets the window position of break slot {@code k} (outside the solver). */
    public void setBreakPosition(int k, int position) {
        switch (k) {
            case 0 -> break0 = position;
            case 1 -> break1 = position;
            case 2 -> break2 = position;
            case 3 -> break3 = position;
            default -> throw new IndexOutOfBoundsException("break slot " + k);
        }
    }

    /** Offset in intervals from the shift start of break {@code k} (requires a shift). */
    public int breakOffset(int k) {
        return start.breakOffset(k, breakPosition(k));
    }

    /** Paid minutes of the shift, 0 on a day off. */
    public int paidMinutes() {
        return start == null ? 0 : start.paidMinutes();
    }

    /** Breaks whose local start or end would be ambiguous in the roster (the autumn's repeated hour); 0 off. */
    public int unwritableBreaks() {
        int count = 0;
        for (int k = 0; start != null && k < start.breakCount(); k++) {
            if (start.breakUnwritable(k, breakPosition(k))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Intervals by which breaks overlap the break before them (0 when every break starts after the previous
     * one ends). A break placed before the previous one counts as overlapping it.
     */
    public int breakOverlapIntervals() {
        if (start == null) {
            return 0;
        }
        int overlap = 0;
        for (int k = 1; k < start.breakCount(); k++) {
            int previousEnd = breakOffset(k - 1) + start.breakLength(k - 1);
            overlap += Math.max(0, previousEnd - breakOffset(k));
        }
        return overlap;
    }

    /**
     * Whether the agent attends the session in this shift: the session lies inside the shift and overlaps none of
     * its breaks.
     */
    public boolean attends(Session session) {
        return session.getStart() != null && wouldAttend(session.getStart(), session.length());
    }

    /**
     * Whether a session of {@code length} intervals from interval {@code at} would lie inside this shift and
     * overlap none of its breaks.
     */
    public boolean wouldAttend(int at, int length) {
        if (start == null || !start.holds(at, length)) {
            return false;
        }
        int from = at - start.startIndex();
        for (int k = 0; k < start.breakCount(); k++) {
            if (!start.breakClearOf(k, breakPosition(k), from, from + length)) {
                return false;
            }
        }
        return true;
    }

    /** Indexes of the horizon's intervals in which this agent is on shift and not on break. */
    public int[] workingIntervals() {
        return workingIntervals(List.of());
    }

    /**
     * Indexes of the horizon's intervals in which this agent is on the phones: on shift, not on break and not in one
     * of {@code sessions} it attends in this shift. The single source of coverage, for the score and for the roster
     * alike.
     *
     * @param sessions the sessions of this assignment's agent
     */
    public int[] workingIntervals(List<Session> sessions) {
        if (start == null) {
            return new int[0];
        }
        int size = agentDay.intervals();
        int first = start.startIndex();
        boolean[] off = new boolean[start.lengthIntervals()];
        for (int k = 0; k < start.breakCount(); k++) {
            int b = breakOffset(k);
            java.util.Arrays.fill(off, Math.max(0, b), Math.min(off.length, b + start.breakLength(k)), true);
        }
        for (Session session : sessions) {
            if (attends(session)) {
                java.util.Arrays.fill(off, session.getStart() - first, session.end() - first, true);
            }
        }
        int[] working = new int[off.length];
        int n = 0;
        for (int o = 0; o < off.length; o++) {
            int i = first + o;
            if (i >= 0 && i < size && !off[o]) {
                working[n++] = i;
            }
        }
        return n == working.length ? working : java.util.Arrays.copyOf(working, n);
    }

    @Override
    public String toString() {
        return id + (start == null ? " off" : " " + start);
    }
}
