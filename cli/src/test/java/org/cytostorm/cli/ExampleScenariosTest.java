package org.cytostorm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytostorm.physiology.run.PatientRun;
import org.cytostorm.physiology.run.PatientSimulator;
import org.cytostorm.physiology.scenario.Scenario;
import org.cytostorm.physiology.scenario.ScenarioReader;
import org.cytostorm.physiology.scenario.TriggerCatalogue;
import org.cytostorm.physiology.treat.Dosing;
import org.cytostorm.physiology.treat.Rule;
import org.cytostorm.physiology.treat.TreatmentEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example scenario files of examples/scenarios, which docs/scenarios.md points users to: every
 * trigger type has one, each reads and runs to its end, every dose it schedules is given, and every
 * rule it writes fires at least once (an example whose rule never fires would teach nothing).
 */
class ExampleScenariosTest {

    private static Path folder() {
        return Path.of(System.getProperty("cytostorm.root", "..")).resolve("examples/scenarios");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyTriggerTypeHasAnExample() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (Path f : files()) {
            covered.add(ScenarioReader.standard().read(f).trigger().type());
        }
        assertEquals(new TreeSet<>(TriggerCatalogue.standard().typeNames()), covered,
                "trigger types with an example in " + folder());
    }

    @TestFactory
    Stream<DynamicTest> everyExampleRunsAndDoesWhatItWrites() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Scenario s = ScenarioReader.standard().read(f);
            assertEquals(f.getFileName().toString().replace(".yaml", ""), s.name(), "an example is named as its file");
            assertFalse(s.description().isBlank(), f + ": a description");
            PatientRun run = PatientSimulator.standard().run(s);
            assertTrue(run.isSuccess(), f + ": " + run.status());
            double[] t = run.timeH();
            assertEquals(s.durationH(), t[t.length - 1], 1e-9, f + ": runs to its end");
            Set<String> given = run.treatments().stream().map(TreatmentEvent::what).collect(Collectors.toSet());
            for (Dosing d : s.treatments().schedule()) {
                long n = run.treatments().stream().filter(e -> e.what().equals(d.drug().name())
                        && e.origin().equals("schedule")).count();
                assertEquals(d.additional() + 1, n, f + ": scheduled doses of " + d.drug().name() + " given: " + given);
            }
            Set<String> origins = run.treatments().stream().map(TreatmentEvent::origin).collect(Collectors.toSet());
            for (Rule r : s.treatments().rules()) {
                assertTrue(origins.contains(r.name()), f + ": rule " + r.name() + " fires; treatments by origin " + origins);
            }
        }));
    }
}
