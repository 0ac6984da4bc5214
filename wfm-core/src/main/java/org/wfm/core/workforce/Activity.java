package org.wfm.core.workforce;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Work off the phones that the roster must make room for inside shifts: a team meeting, a training, coaching.
 * An agent in an activity is on shift and paid but not on the phones (coverage does not count it). Sessions lie
 * on the interval grid, inside a shift, inside one window, and never overlap a break or another activity of the
 * same agent.
 *
 * @param id            unique id ("team-meeting")
 * @param length        length of one session, a multiple of the problem's interval
 * @param together      true: one session at one time for all attendees (a meeting, a training); false: each attendee
 *                      gets {@code perAgent} sessions of its own (coaching)
 * @param attendees     ids of the agents who attend; empty: every agent of the team ({@code "all"} in JSON)
 * @param minAttendance for a together activity, the share of attendees that must attend, in (0, 1]; below 1 the
 *                      session may go ahead without some of them (reported as missing, a soft cost). 1 for an
 *                      activity that is not together
 * @param perAgent      sessions per attendee of an activity that is not together, 1 to {@link #MAX_PER_AGENT}; 1
 *                      for a together activity
 * @param windows       where sessions may lie (each session inside one window); empty: the whole horizon
 */
public record Activity(String id, Duration length, boolean together, List<String> attendees, double minAttendance,
                       int perAgent, List<Window> windows) {

    /** Most sessions of one activity per attendee. */
    public static final int MAX_PER_AGENT = 20;

    /**
     * A window of local time sessions may lie in: {@code [start, end)}, on the problem's grid.
     *
     * @param start local start, inclusive
     * @param end   local end, exclusive
     */
    public record Window(LocalDateTime start, LocalDateTime end) {

        public Window {
            Objects.requireNonNull(start, "window start");
            Objects.requireNonNull(end, "window end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("window " + start + ".." + end + " must end after it starts");
            }
        }

        /** Whether {@code [from, to)} lies inside this window. */
        public boolean holds(LocalDateTime from, LocalDateTime to) {
            return !from.isBefore(start) && !to.isAfter(end);
        }
    }

    public Activity {
        Objects.requireNonNull(id, "activity id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an activity needs an id");
        }
        String what = "activity " + id + ": ";
        Objects.requireNonNull(length, what + "length");
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException(what + "length " + length + " must be above zero and at most PT24H");
        }
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        if (new HashSet<>(attendees).size() != attendees.size()) {
            throw new IllegalArgumentException(what + "an attendee is listed twice in " + attendees);
        }
        if (!(minAttendance > 0 && minAttendance <= 1)) {
            throw new IllegalArgumentException(what + "minAttendance must be a share above 0 and at most 1 (0.8 for "
                    + "80 %), was " + minAttendance);
        }
        if (!together && minAttendance != 1) {
            throw new IllegalArgumentException(what + "minAttendance applies to together activities; every attendee "
                    + "of one that is not together gets its sessions");
        }
        if (perAgent < 1 || perAgent > MAX_PER_AGENT) {
            throw new IllegalArgumentException(what + "perAgent must be 1 to " + MAX_PER_AGENT + ", was " + perAgent);
        }
        if (together && perAgent != 1) {
            throw new IllegalArgumentException(what + "perAgent applies to activities that are not together; a "
                    + "together activity is one session");
        }
        windows = windows == null ? List.of() : List.copyOf(windows);
        for (Window w : windows) {
            if (Duration.between(w.start(), w.end()).compareTo(length) < 0) {
                throw new IllegalArgumentException(what + "window " + w.start() + ".." + w.end()
                        + " is shorter than the activity's length " + length);
            }
        }
    }

    /** A meeting or training: one session of {@code length} for all of {@code attendees} (none: the whole team). */
    public static Activity together(String id, Duration length, List<String> attendees, Window... windows) {
        return new Activity(id, length, true, attendees, 1, 1, List.of(windows));
    }

    /** Coaching: one session of {@code length} for each of {@code attendees} (none: the whole team). */
    public static Activity perAgent(String id, Duration length, List<String> attendees, Window... windows) {
        return new Activity(id, length, false, attendees, 1, 1, List.of(windows));
    }

    /** The same activity going ahead with this share of its attendees (a together activity). */
    public Activity withMinAttendance(double share) {
        return new Activity(id, length, together, attendees, share, perAgent, windows);
    }

    /** The same activity with this many sessions per attendee (one that is not together). */
    public Activity withPerAgent(int sessions) {
        return new Activity(id, length, together, attendees, minAttendance, sessions, windows);
    }

    /** Whether every agent of the team attends. */
    public boolean forAll() {
        return attendees.isEmpty();
    }

    /**
     * The attendees a together session may go without: {@code floor((1 - minAttendance) * attendees)}, with a
     * tolerance so that 0.8 of 10 allows 2.
     */
    public int allowedMissing(int attendeeCount) {
        return (int) Math.floor((1 - minAttendance) * attendeeCount + 1e-9);
    }

    /** For JShell: {@code Activity[team-meeting, PT1H together, 3 attendees, 1 window]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Activity[%s, %s %s, %s%s%s]", id, length,
                together ? "together" : perAgent + " per agent", forAll() ? "all agents" : attendees.size()
                        + " attendees", together && minAttendance < 1 ? ", min attendance " + minAttendance : "",
                windows.isEmpty() ? "" : ", " + windows.size() + (windows.size() == 1 ? " window" : " windows"));
    }
}
