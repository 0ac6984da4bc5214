package org.wfm.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.wfm.core.workforce.Roster;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/** Reads and writes the roster JSON of the public formats. */
public final class RosterJson {

    private RosterJson() {
    }

    /** Reads a roster file. */
    public static Roster read(Path file) throws IOException {
        try (Reader reader = InputFile.open(file)) {
            return WfmJson.mapper().readValue(reader, Roster.class);
        } catch (JsonProcessingException e) {
            throw WfmJson.error(file.toString(), e);
        }
    }

    /** Writes a roster file, all at once or not at all. */
    public static void write(Roster roster, Path file) throws IOException {
        AtomicFile.write(file, w -> WfmJson.mapper().writeValue(w, roster));
    }

    /** The roster as JSON text. */
    public static String toJson(Roster roster) {
        try {
            return WfmJson.mapper().writeValueAsString(roster);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write roster " + roster.name(), e);
        }
    }
}
