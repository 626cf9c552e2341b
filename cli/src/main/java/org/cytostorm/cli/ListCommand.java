package org.cytostorm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.cytostorm.physiology.scenario.TriggerCatalogue;
import org.cytostorm.physiology.scenario.TriggerOption;
import org.cytostorm.physiology.scenario.TriggerType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cytostorm list}: the built-in scenarios and the trigger types a scenario file can use. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the built-in scenarios ('cytostorm run NAME') and the trigger types, with their",
                "options, that a scenario file's 'trigger' can use."})
final class ListCommand implements Callable<Integer> {

    private static final int WIDTH = 100;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = BuiltInScenarios.names();
        out.println("Built-in scenarios (cytostorm run NAME):");
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            out.println("  " + pad(name, width) + "  " + BuiltInScenarios.load(name).description());
        }
        out.println();
        TriggerCatalogue catalogue = TriggerCatalogue.standard();
        out.println("Trigger types (scenario file: trigger.type, and its options; [default]):");
        width = catalogue.typeNames().stream().mapToInt(String::length).max().orElse(0);
        for (TriggerType t : catalogue.types()) {
            out.println("  " + pad(t.name(), width) + "  " + t.description());
            for (TriggerOption o : t.options()) {
                wrap(out, o.describe(), "  " + pad("", width) + "    ", "      ");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Prints {@code text} after {@code indent}, broken after "; " to keep lines within {@value #WIDTH}. */
    private static void wrap(PrintWriter out, String text, String indent, String more) {
        StringBuilder line = new StringBuilder(indent);
        boolean empty = true;
        for (String part : text.split("(?<=; )")) {
            if (!empty && line.length() + part.strip().length() > WIDTH) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(indent).append(more);
            }
            line.append(part);
            empty = false;
        }
        out.println(line.toString().stripTrailing());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
