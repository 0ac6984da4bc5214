package org.wfm.core.io;

import org.wfm.core.workforce.Roster;
import org.wfm.core.workforce.Shift;
import org.wfm.core.workforce.ShiftActivity;
import org.wfm.core.workforce.ShiftBreak;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A tidy roster CSV: one row per agent per shift or break, columns
 * {@code agent,date,activity,name,start,end,minutes,paid}. {@code activity} is {@code shift}, {@code break} or
 * {@code activity} (a session of a meeting, training or coaching; always paid); {@code name} the shift type, the
 * break's name or the activity's id; {@code date} the day the shift belongs to; {@code minutes}
 * the elapsed length (a night shift across a DST change shows its real 480 minutes while its local end moves);
 * {@code paid} is empty on shift rows (a shift's paid time is its length less its unpaid breaks).
 */
public final class RosterCsv {

    private RosterCsv() {
    }

    /** Writes the roster to {@code file} atomically; {@code zone} is the problem's, for elapsed minutes. */
    public static void write(Roster roster, ZoneId zone, Path file) throws IOException {
        AtomicFile.write(file, writer -> {
            CsvWriter csv = new CsvWriter(writer, "agent", "date", "activity", "name", "start", "end", "minutes",
                    "paid");
            for (Shift s : roster.shifts()) {
                csv.row(s.agent(), s.start().toLocalDate(), "shift", s.type(), s.start(), s.end(),
                        minutes(zone, s.start(), s.end()), "");
                for (ShiftBreak b : s.breaks()) {
                    csv.row(s.agent(), s.start().toLocalDate(), "break", b.name(), b.start(), b.end(),
                            minutes(zone, b.start(), b.end()), b.paid());
                }
                for (ShiftActivity a : s.activities()) {
                    csv.row(s.agent(), s.start().toLocalDate(), "activity", a.id(), a.start(), a.end(),
                            minutes(zone, a.start(), a.end()), true);
                }
            }
        });
    }

    private static long minutes(ZoneId zone, LocalDateTime from, LocalDateTime to) {
        return Duration.between(ZonedDateTime.ofLocal(from, zone, null), ZonedDateTime.ofLocal(to, zone, null))
                .toMinutes();
    }
}
