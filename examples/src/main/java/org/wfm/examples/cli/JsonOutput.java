package org.wfm.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code --json}: one JSON object on one line instead of text, for other programs to read. Its keys are part of the
 * public contract (docs/formats.md); each command's description lists them.
 */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Option(names = "--json", description = "Print one JSON object on one line instead of text (keys: see above).")
    private boolean json;

    /** Whether {@code --json} was given. */
    boolean requested() {
        return json;
    }

    /** An empty object to fill; its keys print in the order they are put. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Prints the object on one line. */
    static void print(PrintWriter out, ObjectNode object) throws IOException {
        out.println(MAPPER.writeValueAsString(object));
    }
}
