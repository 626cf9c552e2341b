package org.cytostorm.physiology.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cytostorm.physiology.scenario.BuiltInScenarios;
import org.junit.jupiter.api.Test;

/** The columns a simulator announces before running are those its runs report, in the same order. */
class SimulatorColumnsTest {

    @Test
    void theAnnouncedColumnsAreThoseOfARun() {
        PatientSimulator sim = PatientSimulator.standard().withExtraOutputs(List.of("Apc"));
        PatientRun run = sim.run(BuiltInScenarios.load("healthy").withDuration(1));
        assertEquals(run.columns(), sim.columns());
    }
}
