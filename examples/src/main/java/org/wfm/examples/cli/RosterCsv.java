package org.wfm.examples.cli;

import org.wfm.core.io.AtomicFile;
import org.wfm.core.io.CsvWriter;
import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftBreak;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A tidy roster CSV: one row per agent per shift or break, columns
 * {@code agent,date,activity,name,start,end,minutes,paid}. {@code activity} is {@code shift} or {@code break};
 * {@code name} the shift type or the break's name; {@code date} the day the shift belongs to; {@code minutes}
 * the local clock difference (a shift across a DST change shows its local times, not its elapsed length).
 */
final class RosterCsv {

    private RosterCsv() {
    }

    /** Writes the roster to {@code file} atomically. */
    static void write(Roster roster, Path file) throws IOException {
        AtomicFile.write(file, writer -> {
            CsvWriter csv = new CsvWriter(writer, "agent", "date", "activity", "name", "start", "end", "minutes",
                    "paid");
            for (Shift s : roster.shifts()) {
                csv.row(s.agent(), s.start().toLocalDate(), "shift", s.type(), s.start(), s.end(),
                        minutes(s.start(), s.end()), "");
                for (ShiftBreak b : s.breaks()) {
                    csv.row(s.agent(), s.start().toLocalDate(), "break", b.name(), b.start(), b.end(),
                            minutes(b.start(), b.end()), b.paid());
                }
            }
        });
    }

    private static long minutes(LocalDateTime from, LocalDateTime to) {
        return Duration.between(from, to).toMinutes();
    }
}
