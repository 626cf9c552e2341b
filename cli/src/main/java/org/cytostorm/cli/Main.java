package org.cytostorm.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The {@code cytostorm} command. Holds no science: it parses arguments and calls the engine. */
@Command(name = "cytostorm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates cytokine storms: one patient, cohorts and trials, tissue.",
        subcommands = {RunCommand.class, CompareCommand.class, ListCommand.class, SimulateCommand.class, ConvertCommand.class,
                ExportCommand.class, SbmlTestSuiteCommand.class, DocsCommand.class, TissueCommand.class,
                CohortCommand.class, TrialCommand.class, MergeCommand.class, SensitivityCommand.class, CalibrateCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** The width of the help text, in characters. */
    static final int HELP_WIDTH = 100;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The configured command line (tests call {@code execute} on it in-process). Every subcommand
     * writes to one standard output writer, so that {@link #execute} can tell whether all of it
     * was written.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setOut(cl.getOut()); // picocli's writer (its choice of encoding), now shared by every subcommand
        // the commands' descriptions are written in lines of up to 100 characters: wrapping them at
        // picocli's default of 80 broke each line in two
        cl.setUsageHelpWidth(HELP_WIDTH);
        return cl;
    }

    /**
     * Runs the command and returns its exit code; a command that succeeded but could not write all
     * of its standard output (a full disk, a closed pipe: {@code cytostorm list > /dev/full}) fails
     * with exit code 1, as the output is what the user asked for.
     *
     * @param stdout the stream under the command line's standard output writer, whose error state
     *               (a {@link PrintStream} keeps write errors to itself) is checked too
     */
    static int execute(CommandLine cl, PrintStream stdout, String... args) {
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands Exceptions to the ErrorHandler; an Error would reach the user as a trace
            cl.getErr().println("error: " + (e instanceof OutOfMemoryError ? "out of memory" : "stack overflow")
                    + " (please report it with the command and its input: an input limit should have refused it)");
            cl.getErr().flush();
            return ExitCodes.FAILED;
        } catch (RuntimeException | Error e) {
            return ErrorHandler.internalFailure(e, cl.getErr());
        }
        // checkError flushes first, so what is still buffered is written (or found unwritable) here
        boolean lost = cl.getOut().checkError() | stdout.checkError();
        if (lost && code == ExitCodes.OK) {
            cl.getErr().println("error: cannot write to standard output");
            cl.getErr().flush();
            return ExitCodes.FAILED;
        }
        return code;
    }

    public static void main(String[] args) {
        System.exit(execute(commandLine(), System.out, args));
    }
}
