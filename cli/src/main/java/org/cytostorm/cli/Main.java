package org.cytostorm.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The {@code cytostorm} command. Holds no science: it parses arguments and calls the engine. */
@Command(name = "cytostorm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates cytokine storms: one patient, cohorts and trials, tissue.",
        subcommands = {RunCommand.class, CompareCommand.class, ListCommand.class, SimulateCommand.class, ConvertCommand.class,
                ExportCommand.class, SbmlTestSuiteCommand.class, DocsCommand.class, TissueCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line (tests call {@code execute} on it in-process). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
