package org.wfm.core.workforce;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Agents on the phones in one interval (for one queue) against what is planned.
 *
 * @param start     local start of the interval
 * @param queue     the queue, or {@code null} in a problem with the one queue {@link QueueDemand#MAIN}
 * @param planned   agents planned on the phones: required / (1 - unplanned shrinkage), possibly fractional (the
 *                  roster JSON's {@code required} key, kept for compatibility)
 * @param scheduled agents on shift and not on break; with several queues the agents the {@link SkillAllocation}
 *                  gives this queue, possibly fractional (a whole number without queues)
 */
public record Coverage(LocalDateTime start, @JsonInclude(JsonInclude.Include.NON_NULL) String queue,
                       @JsonProperty("required") double planned,
                       @JsonSerialize(using = WholeWhenWhole.class) double scheduled) {

    /** One interval of a problem without queues. */
    public Coverage(LocalDateTime start, double planned, int scheduled) {
        this(start, null, planned, scheduled);
    }

    /**
     * One row per interval over all queues: planned and scheduled agents summed over each interval's queue rows
     * (rows of one interval follow each other, the first queue first). Rows without queues come back as they are.
     * Pooled shortfall can be less than the queues' (agents beyond one queue's plan hide another's shortfall).
     */
    public static List<Coverage> pooled(List<Coverage> rows) {
        if (rows.isEmpty() || rows.get(0).queue() == null) {
            return rows;
        }
        String first = rows.get(0).queue();
        List<Coverage> pooled = new ArrayList<>();
        for (Coverage row : rows) {
            if (row.queue().equals(first)) {
                pooled.add(new Coverage(row.start(), null, row.planned(), row.scheduled()));
            } else {
                Coverage last = pooled.get(pooled.size() - 1);
                pooled.set(pooled.size() - 1, new Coverage(last.start(), null, last.planned() + row.planned(),
                        last.scheduled() + row.scheduled()));
            }
        }
        return pooled;
    }

    /** Agents missing: {@code max(0, planned - scheduled)}. */
    public double shortfall() {
        return Math.max(0, planned - scheduled);
    }

    /** Agents beyond the requirement: {@code max(0, scheduled - planned)}. */
    public double surplus() {
        return Math.max(0, scheduled - planned);
    }

    /** Writes {@code 12} rather than {@code 12.0}, so a single-queue roster reads as it always has. */
    static final class WholeWhenWhole extends StdSerializer<Double> {
        WholeWhenWhole() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                out.writeNumber(value.longValue());
            } else {
                out.writeNumber(value);
            }
        }
    }

    /** For JShell: {@code 2026-06-01T10:00: planned 54.26, scheduled 49} (with the queue when there is one). */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s%s: planned %.2f, scheduled %s", start,
                queue == null ? "" : " " + queue, planned,
                scheduled == Math.rint(scheduled) ? String.valueOf((long) scheduled)
                        : String.format(java.util.Locale.ROOT, "%.2f", scheduled));
    }
}
