package org.wfm.examples;

import org.wfm.scheduler.Progress;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * The scheduler's progress for a person: on a terminal one line that updates in place, elsewhere (a log, a pipe) a
 * plain line every {@value #PLAIN_EVERY_SECONDS} seconds, so a minute's search writes a handful of lines, not one per
 * improvement.
 */
public final class ProgressLine implements Consumer<Progress> {

    /** Seconds between two plain lines. */
    public static final int PLAIN_EVERY_SECONDS = 10;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastPlain = -PLAIN_EVERY_SECONDS;
    private int width;

    /** Progress to {@code err}; {@code terminal} when it is a console that can rewrite its line. */
    public ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Progress to stderr, updating in place when stderr and stdout are a console. */
    public static ProgressLine onStderr(PrintWriter err) {
        return new ProgressLine(err, System.console() != null);
    }

    @Override
    public synchronized void accept(Progress progress) {
        String text = "scheduling: " + progress;
        if (terminal) {
            err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
            width = text.length();
            err.flush();
        } else if (progress.elapsed().toSeconds() - lastPlain >= PLAIN_EVERY_SECONDS) {
            lastPlain = progress.elapsed().toSeconds();
            err.println(text);
            err.flush();
        }
    }

    /** Ends the updating line, so what follows starts on a line of its own. */
    public synchronized void finish() {
        if (terminal && width > 0) {
            err.println();
            err.flush();
        }
    }
}
