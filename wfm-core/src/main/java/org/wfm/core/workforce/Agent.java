package org.wfm.core.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person who takes calls: the shift types they may work, their contract, days off and unavailable windows.
 *
 * @param id          unique id ("A001")
 * @param shiftTypes  ids of the shift types the agent may work; at least one
 * @param contract    limits on hours, days and rest ({@link Contract#NONE} when absent)
 * @param timeOff     whole days off (vacation, sick leave)
 * @param unavailable windows no shift may touch
 * @param skills      ids of the queues the agent answers; empty: every queue of the problem
 */
public record Agent(String id, List<String> shiftTypes, Contract contract, List<TimeOff> timeOff,
                    List<Unavailability> unavailable,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                    List<String> skills) {

    public Agent {
        Objects.requireNonNull(id, "agent id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an agent needs an id");
        }
        if (shiftTypes == null || shiftTypes.isEmpty()) {
            throw new IllegalArgumentException("agent " + id + ": needs at least one allowed shift type");
        }
        shiftTypes = List.copyOf(shiftTypes);
        contract = contract == null ? Contract.NONE : contract;
        timeOff = timeOff == null ? List.of() : List.copyOf(timeOff);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        skills = skills == null ? List.of() : List.copyOf(skills);
        if (new java.util.HashSet<>(skills).size() != skills.size()) {
            throw new IllegalArgumentException("agent " + id + ": a skill is listed twice in " + skills);
        }
    }

    /** An agent who answers every queue. */
    public Agent(String id, List<String> shiftTypes, Contract contract, List<TimeOff> timeOff,
                 List<Unavailability> unavailable) {
        this(id, shiftTypes, contract, timeOff, unavailable, List.of());
    }

    /** An agent allowed the given shift types under a contract, with no time off. */
    public static Agent of(String id, Contract contract, String... shiftTypes) {
        return new Agent(id, List.of(shiftTypes), contract, List.of(), List.of());
    }

    /** The same agent with more days off. */
    public Agent withTimeOff(TimeOff... days) {
        List<TimeOff> all = new java.util.ArrayList<>(timeOff);
        all.addAll(List.of(days));
        return new Agent(id, shiftTypes, contract, all, unavailable, skills);
    }

    /** The same agent with more unavailable windows. */
    public Agent withUnavailable(Unavailability... windows) {
        List<Unavailability> all = new java.util.ArrayList<>(unavailable);
        all.addAll(List.of(windows));
        return new Agent(id, shiftTypes, contract, timeOff, all, skills);
    }

    /** The same agent answering only these queues (none: every queue). */
    public Agent withSkills(String... queues) {
        return new Agent(id, shiftTypes, contract, timeOff, unavailable, List.of(queues));
    }

    /** Whether the agent answers this queue: it is among the skills, or the agent has none listed. */
    public boolean hasSkill(String queue) {
        return skills.isEmpty() || skills.contains(queue);
    }

    /** Whether the agent is off (vacation, sick, other) on this date. */
    public boolean isOff(LocalDate date) {
        for (TimeOff off : timeOff) {
            if (off.date().equals(date)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the agent may work shifts of this type. */
    public boolean allows(String shiftTypeId) {
        return shiftTypes.contains(shiftTypeId);
    }
}
