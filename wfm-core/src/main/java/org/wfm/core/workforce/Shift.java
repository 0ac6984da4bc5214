package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rostered shift of one agent with its breaks. Local times; across a DST change the local end differs
 * from start + length by the change.
 *
 * @param agent  the agent's id
 * @param type   the shift type's id
 * @param start  local start
 * @param end    local end, exclusive
 * @param breaks the breaks in order
 * @param activities the sessions of activities in the shift (meetings, coaching), in order; roster JSON key
 *               {@code activities}, written only when there are any
 * @param cut    whether the shift ended early, at {@code end}, before its type's length (its agent went home
 *               sick): it holds the breaks that began before {@code end}, a break under way then ending with it,
 *               and its paid time is the time worked less the unpaid breaks taken (roster JSON key {@code cut},
 *               written only when true)
 */
public record Shift(String agent, String type, LocalDateTime start, LocalDateTime end, List<ShiftBreak> breaks,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ShiftActivity> activities,
                    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean cut) {

    public Shift {
        Objects.requireNonNull(agent, "shift agent");
        Objects.requireNonNull(type, "shift type");
        Objects.requireNonNull(start, "shift start");
        Objects.requireNonNull(end, "shift end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("shift of " + agent + " at " + start + " ends at " + end
                    + ", not after it starts");
        }
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** The shift as the roster JSON holds it: {@code cut} is written only when true. */
    @JsonCreator
    static Shift read(@JsonProperty("agent") String agent, @JsonProperty("type") String type,
                      @JsonProperty("start") LocalDateTime start, @JsonProperty("end") LocalDateTime end,
                      @JsonProperty("breaks") List<ShiftBreak> breaks,
                      @JsonProperty("activities") List<ShiftActivity> activities, @JsonProperty("cut") Boolean cut) {
        return new Shift(agent, type, start, end, breaks, activities, Boolean.TRUE.equals(cut));
    }

    /** A shift of its type's whole length without activities. */
    public Shift(String agent, String type, LocalDateTime start, LocalDateTime end, List<ShiftBreak> breaks) {
        this(agent, type, start, end, breaks, List.of(), false);
    }

    /** A shift without activities, cut or not. */
    public Shift(String agent, String type, LocalDateTime start, LocalDateTime end, List<ShiftBreak> breaks,
                 boolean cut) {
        this(agent, type, start, end, breaks, List.of(), cut);
    }

    /** The same shift with these activities. */
    public Shift withActivities(List<ShiftActivity> sessions) {
        return new Shift(agent, type, start, end, breaks, sessions, cut);
    }

    /**
     * This shift cut at {@code at}: it ends then, keeps the breaks and activities that began before, one under way
     * ending with it.
     *
     * @throws IllegalArgumentException when {@code at} is not inside the shift
     */
    public Shift cutAt(LocalDateTime at) {
        if (!at.isAfter(start) || !at.isBefore(end)) {
            throw new IllegalArgumentException("cannot cut the shift of " + agent + " " + start + ".." + end + " at " + at
                    + ": not inside it");
        }
        List<ShiftBreak> taken = new ArrayList<>();
        for (ShiftBreak b : breaks) {
            if (b.start().isBefore(at)) {
                taken.add(b.end().isAfter(at) ? new ShiftBreak(b.name(), b.start(), at, b.paid()) : b);
            }
        }
        List<ShiftActivity> held = new ArrayList<>();
        for (ShiftActivity a : activities) {
            if (a.start().isBefore(at)) {
                held.add(a.end().isAfter(at) ? new ShiftActivity(a.id(), a.start(), at) : a);
            }
        }
        return new Shift(agent, type, start, at, taken, held, true);
    }
}
