package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help a new user reads first: {@code cytostorm --help} gives every command a whole sentence
 * on one line (its header), and each command's own help opens with the same sentence.
 */
class HelpTest {

    @Test
    void everyCommandHasAOneLineSummaryThatTheTopLevelHelpShowsWhole() {
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.exitCode(), top.err());
        Map<String, CommandLine> commands = Main.commandLine().getSubcommands();
        for (Map.Entry<String, CommandLine> c : commands.entrySet()) {
            if (c.getKey().equals("help")) {
                continue;
            }
            String[] header = c.getValue().getCommandSpec().usageMessage().header();
            assertEquals(1, header.length, c.getKey() + ": one header line");
            String summary = header[0];
            assertTrue(summary.endsWith(".") && Character.isUpperCase(summary.charAt(0)), c.getKey() + ": a sentence: "
                    + summary);
            assertTrue(top.out().matches("(?s).*\\n  " + java.util.regex.Pattern.quote(c.getKey()) + " +"
                    + java.util.regex.Pattern.quote(summary) + "\\n.*"), c.getKey() + " whole on one line in\n" + top.out());
            CliRun own = CliRun.of(c.getKey(), "--help");
            assertTrue(own.out().startsWith(summary + "\n"), c.getKey() + ": its help opens with the summary:\n" + own.out());
        }
    }
}
