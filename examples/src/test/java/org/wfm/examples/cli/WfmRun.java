package org.wfm.examples.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code wfm} command line as {@link WfmCommand#execute} makes it, with what it printed to stdout and
 * stderr captured instead of written to the console.
 *
 * @param status the exit status
 * @param out    everything printed to stdout
 * @param err    everything printed to stderr
 */
record WfmRun(int status, String out, String err) {

    /** Runs {@code wfm} with these arguments (no {@code --debug}). */
    static WfmRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WfmCommand.commandLine(false);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new WfmRun(status, out.toString(), err.toString());
    }
}
