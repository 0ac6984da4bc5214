package org.wfm.scheduler.internal.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PiggybackShadowVariable;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One session of an activity: a together activity's one session for all its attendees, or one of an attendee's
 * own sessions of any other. Its planning variable is the interval it starts in, among the starts that keep it
 * inside one of the activity's windows. An attendee attends when the session lies in the break-free part of one of
 * its shifts ({@link ShiftAssignment#attends}); then it is off the phones for the session. {@link #getMissing()},
 * kept by {@link CoverageListener}, counts the attendees who do not.
 */
@PlanningEntity
public class Session {

    @PlanningId
    private String id;
    private String activityId;
    private boolean together;
    private int length;
    private List<AgentRules> attendees;
    /** Positions of the attendees in the team, sorted: for overlap tests between sessions. */
    private int[] attendeeOrder;
    private int allowedMissing;
    private int ordinal;
    private List<Integer> startRange;

    @PlanningVariable(valueRangeProviderRefs = "sessionStartRange")
    private Integer start;
    @PlanningPin
    private boolean pinned;

    @PiggybackShadowVariable(shadowEntityClass = IntervalCoverage.class, shadowVariableName = "scheduled")
    private Integer missing = 0;

    /** For the solver's cloning. */
    public Session() {
    }

    /**
     * @param id             unique id
     * @param activityId     the activity's id
     * @param together       whether the session is a together activity's
     * @param length         length in intervals
     * @param attendees      who attends
     * @param attendeeOrder  their positions in the team
     * @param allowedMissing attendees the session may go without at a soft cost
     * @param ordinal        which of its attendee's sessions of the activity it is, from 0 (0 for a together one)
     * @param startRange     the intervals it may start in, ascending
     */
    public Session(String id, String activityId, boolean together, int length, List<AgentRules> attendees,
                   int[] attendeeOrder, int allowedMissing, int ordinal, List<Integer> startRange) {
        this.id = id;
        this.activityId = activityId;
        this.together = together;
        this.length = length;
        this.attendees = List.copyOf(attendees);
        this.attendeeOrder = attendeeOrder.clone();
        Arrays.sort(this.attendeeOrder);
        this.allowedMissing = allowedMissing;
        this.ordinal = ordinal;
        this.startRange = List.copyOf(startRange);
        this.missing = attendees.size();
    }

    /**
     * The same session, unplaced, going without up to {@code allowed} attendees at a soft cost and starting no earlier
     * than interval {@code earliest} (in a reschedule: those absent or already missing from the roster, and the time of
     * the sick call); {@code null} when no start is left.
     */
    public Session restored(int allowed, int earliest) {
        List<Integer> later = startRange.stream().filter(i -> i >= earliest).toList();
        return later.isEmpty() ? null
                : new Session(id, activityId, together, length, attendees, attendeeOrder, allowed, ordinal, later);
    }

    @ValueRangeProvider(id = "sessionStartRange")
    public List<Integer> getStartRange() {
        return startRange;
    }

    public String getId() {
        return id;
    }

    public String activityId() {
        return activityId;
    }

    public boolean together() {
        return together;
    }

    /** Length in intervals. */
    public int length() {
        return length;
    }

    public List<AgentRules> attendees() {
        return attendees;
    }

    /** Attendees the session may go without at a soft cost; more missing is a hard violation. */
    public int allowedMissing() {
        return allowedMissing;
    }

    /** Which of its attendee's sessions of the activity this is, from 0. */
    public int ordinal() {
        return ordinal;
    }

    /** Index of the interval the session starts in; {@code null} before placement. */
    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    /** Index of the interval after the session, exclusive (requires a start). */
    public int end() {
        return start + length;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** Attendees who do not attend: not on shift, or on break, for some of the session. */
    public Integer getMissing() {
        return missing;
    }

    public void setMissing(Integer missing) {
        this.missing = missing;
    }

    /** Attendees missing beyond those allowed. */
    public int missingBeyondAllowed() {
        return Math.max(0, missing - allowedMissing);
    }

    /** Whether the session may start at interval {@code i}. */
    public boolean mayStartAt(int i) {
        return java.util.Collections.binarySearch(startRange, i) >= 0;
    }

    /**
     * A random start for this session inside the shift {@code host} (null: none) that its windows allow, or
     * {@code null} when the draw falls outside them or the shift is too short.
     */
    public Integer randomStartIn(ShiftStart host, Random random) {
        if (host == null || host.lengthIntervals() < length) {
            return null;
        }
        int at = host.startIndex() + random.nextInt(host.lengthIntervals() - length + 1);
        return mayStartAt(at) ? at : null;
    }

    /** Attendees the two sessions share. */
    public int sharedAttendees(Session other) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < attendeeOrder.length && j < other.attendeeOrder.length) {
            int c = Integer.compare(attendeeOrder[i], other.attendeeOrder[j]);
            shared += c == 0 ? 1 : 0;
            i += c <= 0 ? 1 : 0;
            j += c >= 0 ? 1 : 0;
        }
        return shared;
    }

    @Override
    public String toString() {
        return id + (start == null ? " unplaced" : " @" + start) + (missing > 0 ? ", " + missing + " missing" : "");
    }
}
