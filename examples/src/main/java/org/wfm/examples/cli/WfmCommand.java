package org.wfm.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The {@code wfm} command: staffing, forecasting, scheduling and the demo from the command line.
 *
 * <p>Exit status: 0 on success, 2 for bad input (flags, files, values), 1 for an internal error. A failure
 * prints one line to stderr; {@code --debug} adds the stack trace.
 */
@Command(name = "wfm", mixinStandardHelpOptions = true, versionProvider = WfmVersion.class,
        description = "Contact-centre workforce management: forecast, staffing, rosters.",
        subcommands = {
                CommandLine.HelpCommand.class,
                StaffingCommand.class,
                ForecastCommand.class,
                BacktestCommand.class,
                DemoCommand.class,
                BoundCommand.class,
                ProblemCommand.class,
                ReforecastCommand.class,
                ScheduleCommand.class,
                RescheduleCommand.class,
                KpiCommand.class,
                SimulateCommand.class,
        })
public final class WfmCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (see wfm --help)");
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status, without exiting: used by tests. */
    public static int execute(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = commandLine(debug);
        return cli.execute(java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new));
    }

    private static final String DEBUG_FOOTER = "Add --debug to any command to print the stack trace of an error.";

    static CommandLine commandLine(boolean debug) {
        CommandLine cli = new CommandLine(new WfmCommand());
        cli.registerConverter(Duration.class, DurationConverter::parse);
        // every subcommand's -V/--version prints the same line as wfm --version
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new WfmVersion()));
        // --debug is taken before parsing (any command, any position), so picocli does not list it: say it here
        java.util.stream.Stream.concat(java.util.stream.Stream.of(cli), cli.getSubcommands().values().stream())
                .forEach(c -> c.getCommandSpec().usageMessage().footer("", DEBUG_FOOTER));
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("wfm: " + ex.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean badInput = isBadInput(ex);
            err.println("wfm: " + (badInput ? "" : "internal error: ") + oneLine(ex));
            if (debug) {
                ex.printStackTrace(err);
            }
            return badInput ? 2 : 1;
        });
        return cli;
    }

    /** Bad input is the user's to fix: invalid values, unreadable or malformed files. */
    private static boolean isBadInput(Throwable ex) {
        return ex instanceof IllegalArgumentException
                || ex instanceof UncheckedIOException
                || ex instanceof java.io.IOException
                || ex instanceof DateTimeParseException
                || ex instanceof java.time.DateTimeException;
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException) {
            message = "no such file: " + message;
        }
        return message.replace('\n', ' ');
    }
}
