package org.cytostorm.sbml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.expr.Call;
import org.cytostorm.engine.expr.Num;
import org.cytostorm.engine.expr.Sym;
import org.cytostorm.engine.model.Event;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The curated BioModels files: each imports and simulates, and three reproduce published behaviour. */
class BioModelsTest {

    static Stream<Path> biomodels() {
        return Reference.allBiomodels().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("biomodels")
    void importsAndSimulates(Path file) throws IOException {
        Model model = SbmlImporter.read(file);
        CompiledModel compiled = CompiledModel.compile(model);
        Solution s = compiled.problem().withUniformTimes(0, 200, 51).solve();
        assertTrue(s.isSuccess(), file.getFileName() + ": " + s.message());
        for (String column : s.names()) {
            for (int r = 0; r < s.rows(); r++) {
                assertTrue(Double.isFinite(s.value(column, r)), column + " at " + s.time(r));
            }
        }
    }

    @Test
    void reynolds2006MatchesItsReferenceTrajectory() throws IOException {
        CompiledModel m = CompiledModel.compile(SbmlImporter.read(Reference.biomodel("BIOMD0000000714_reynolds2006")));
        List<String> lines = Files.readAllLines(
                Reference.root().resolve("biomodels/BIOMD0000000714_reynolds2006/plot_1_task1.csv"));
        String[] header = lines.get(0).split(",");
        double[] times = new double[lines.size() - 1];
        int timeColumn = List.of(header).indexOf("_1_task1");
        for (int r = 1; r < lines.size(); r++) {
            times[r - 1] = Double.parseDouble(lines.get(r).split(",")[timeColumn]);
        }
        Solution s = m.problem().withTimes(0, 200, times)
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-10, 1e-14)).solve().orThrow();
        int checked = 0;
        for (int c = 0; c < header.length; c++) {
            String name = header[c].replaceAll("_\\d+_task1$", "");
            if (c == timeColumn) {
                continue;
            }
            for (int r = 1; r < lines.size(); r++) {
                double e = Double.parseDouble(lines.get(r).split(",")[c]);
                // as in the engine's test: the steep Hill column carries the reference's own error x6
                double rel = name.equals("f_s_f_Nstar") ? 1e-4 * Math.max(1, 6 * (1 - e)) : 1e-4;
                assertEquals(e, s.value(name, r - 1), rel * Math.abs(e) + 1e-9, name + " at t = " + times[r - 1]);
                checked++;
            }
        }
        assertEquals(8 * 101, checked);
    }

    @Test
    void hanson2016InflammationPeaksBetween150And170Hours() throws IOException {
        CompiledModel m = CompiledModel.compile(SbmlImporter.read(Reference.biomodel("BIOMD0000000837_hanson2016")));
        Solution s = m.problem().withUniformTimes(0, 720, 1001).withOptions(SolverOptions.DEFAULTS.withTolerances(1e-8, 1e-12))
                .solve().orThrow();
        int peak = 0;
        for (int r = 1; r < s.rows(); r++) {
            if (s.value("Inflam", r) > s.value("Inflam", peak)) {
                peak = r;
            }
        }
        assertTrue(s.time(peak) >= 150 && s.time(peak) <= 170, "Inflam peaks at " + s.time(peak) + " h");
        assertTrue(s.value("Inflam", peak) > s.value("Inflam", 0), "a real peak above the start");
    }

    @Test
    void dwivedi2014AntiIl6rCrpFallsAfterEachDose() throws IOException {
        Model model = SbmlImporter.read(Reference.biomodel("BIOMD0000000537_dwivedi2014_crohns_anti_il6r"));
        List<Double> doses = new ArrayList<>();
        for (Event e : model.events()) {
            // the dosing events are triggered by time >= T
            Call trigger = (Call) e.trigger();
            assertEquals(Sym.TIME, ((Sym) trigger.arg(0)).name());
            doses.add(((Num) trigger.arg(1)).value());
        }
        doses.sort(Double::compare);
        assertEquals(6, doses.size(), "six doses, every two weeks");
        CompiledModel m = CompiledModel.compile(model);
        double[] times = new double[2017];
        for (int h = 0; h <= 2016; h++) {
            times[h] = h;
        }
        Solution s = m.problem().withTimes(0, 2016, times).withOutputs(List.of("CRP____of_baseline"))
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-8, 1e-14)).solve().orThrow();
        assertEquals(6, s.statistics().events());
        for (double dose : doses) {
            int at = (int) Math.ceil(dose);
            int weekLater = Math.min(at + 168, 2016);
            double before = s.value("CRP____of_baseline", at);
            double after = s.value("CRP____of_baseline", weekLater);
            assertTrue(after < before, "CRP a week after the dose at " + dose + " h: " + after + "% vs " + before + "%");
        }
    }
}
