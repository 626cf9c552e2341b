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
@Command(name = "list", header = "List the built-in scenarios and the trigger types with their options.",
        mixinStandardHelpOptions = true,
        description = {"Lists the built-in scenarios ('cytostorm run NAME') and the trigger types,",
                "with their options, that a scenario file's 'trigger' can use."})
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
            wrap(out, BuiltInScenarios.load(name).description(), "(?<= )", "  " + pad(name, width) + "  ",
                    " ".repeat(width + 4));
        }
        out.println();
        TriggerCatalogue catalogue = TriggerCatalogue.standard();
        out.println("Trigger types (scenario file: trigger.type, and its options; [default]):");
        width = catalogue.typeNames().stream().mapToInt(String::length).max().orElse(0);
        for (TriggerType t : catalogue.types()) {
            wrap(out, t.description(), "(?<= )", "  " + pad(t.name(), width) + "  ", " ".repeat(width + 4));
            String optionIndent = " ".repeat(width + 6);
            for (TriggerOption o : t.options()) {
                wrap(out, o.describe(), "(?<=; )", optionIndent, optionIndent + "      ");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Prints {@code text} after {@code first}, broken where {@code breaks} matches (for example after
     * "; ") to keep lines within {@value #WIDTH}, further lines after {@code more}.
     */
    private static void wrap(PrintWriter out, String text, String breaks, String first, String more) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String part : text.split(breaks)) {
            if (!empty && line.length() + part.strip().length() > WIDTH) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(more);
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
