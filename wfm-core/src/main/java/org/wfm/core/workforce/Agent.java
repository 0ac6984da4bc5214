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
 */
public record Agent(String id, List<String> shiftTypes, Contract contract, List<TimeOff> timeOff,
                    List<Unavailability> unavailable) {

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
    }

    /** An agent allowed the given shift types under a contract, with no time off. */
    public static Agent of(String id, Contract contract, String... shiftTypes) {
        return new Agent(id, List.of(shiftTypes), contract, List.of(), List.of());
    }

    /** The same agent with more days off. */
    public Agent withTimeOff(TimeOff... days) {
        List<TimeOff> all = new java.util.ArrayList<>(timeOff);
        all.addAll(List.of(days));
        return new Agent(id, shiftTypes, contract, all, unavailable);
    }

    /** The same agent with more unavailable windows. */
    public Agent withUnavailable(Unavailability... windows) {
        List<Unavailability> all = new java.util.ArrayList<>(unavailable);
        all.addAll(List.of(windows));
        return new Agent(id, shiftTypes, contract, timeOff, all);
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
