package org.cytostorm.sbml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.Element;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.engine.text.AntimonyParser;
import org.cytostorm.engine.text.AntimonyWriter;
import org.cytostorm.sbml.testsuite.CaseSettings;
import org.cytostorm.sbml.testsuite.SuiteCase;
import org.cytostorm.sbml.testsuite.SuiteIndex;
import org.junit.jupiter.api.Test;

/**
 * Round trips preserve behaviour, on every tier-B case of the SBML Test Suite and every BioModels
 * file: SBML → text → SBML, and text → SBML → text (starting from the model written as text). Each
 * pair of models is simulated at the same times, and every value must agree within 1e-10 relative
 * (for values near zero, relative to the largest magnitude of that variable in the run).
 */
class RoundTripConformanceTest {

    private static final double RELATIVE = 1e-10;

    /** A model to round-trip and what to compare: variables (by original id) at times. */
    private record Subject(String name, Model model, List<String> variables, double end, int points) {
    }

    @Test
    void everyTierBCaseAndBioModelRoundTripsBothWays() throws Exception {
        List<Subject> subjects = new ArrayList<>();
        SuiteIndex index = SuiteIndex.read(Reference.root().resolve("sbml-test-suite"));
        for (SuiteCase c : index.cases()) {
            if (c.tier().equals("B")) {
                Path dir = c.dir();
                CaseSettings settings = CaseSettings.read(dir.resolve(c.id() + "-settings.txt"));
                Model model = SbmlImporter.read(dir.resolve(c.id() + "-sbml-l3v2.xml"));
                subjects.add(new Subject("case " + c.id(), model, settings.variables(),
                        settings.start() + settings.duration(), settings.steps() + 1));
            }
        }
        int tierB = subjects.size();
        for (Path file : Reference.allBiomodels()) {
            Model model = SbmlImporter.read(file);
            subjects.add(new Subject(file.getFileName().toString(), model, CompiledModel.compile(model).defaultOutputs(),
                    200, 101));
        }
        assertEquals(631, tierB, "the tier-B cases of index.csv");
        assertEquals(9, subjects.size() - tierB, "the BioModels files");

        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Subject s : subjects) {
                results.add(pool.submit(() -> roundTrip(s)));
            }
            for (Future<String> f : results) {
                String failure = f.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("round trips: %d of %d models agree both ways%n", subjects.size() - failures.size(),
                subjects.size());
        assertTrue(failures.isEmpty(), failures.size() + " round trips differ:\n" + String.join("\n", failures));
    }

    /** Null when both round trips preserve the simulation, else what differs. */
    private static String roundTrip(Subject s) {
        try {
            // SBML -> text -> SBML
            Model viaText = AntimonyParser.parse(AntimonyWriter.write(s.model()), s.name() + ".ant");
            Model sbmlAgain = SbmlImporter.read(SbmlExporter.write(viaText), s.name() + " (SBML again)");
            String first = compare(s, s.model(), sbmlAgain, "SBML -> text -> SBML");
            if (first != null) {
                return first;
            }
            // text -> SBML -> text
            Model text = AntimonyParser.parse(AntimonyWriter.write(s.model()), s.name() + ".ant");
            Model viaSbml = SbmlImporter.read(SbmlExporter.write(text), s.name() + ".xml");
            Model textAgain = AntimonyParser.parse(AntimonyWriter.write(viaSbml), s.name() + " (text again).ant");
            return compare(s, text, textAgain, "text -> SBML -> text");
        } catch (RuntimeException e) {
            return s.name() + ": " + e;
        }
    }

    private static String compare(Subject s, Model expected, Model actual, String path) {
        Solution a = simulate(expected, s);
        Solution b = simulate(actual, s);
        if (!a.isSuccess() || !b.isSuccess()) {
            return s.name() + " " + path + ": a run failed: " + a.message() + " / " + b.message();
        }
        for (String variable : s.variables()) {
            Optional<String> left = idIn(expected, variable);
            Optional<String> right = idIn(actual, variable);
            if (left.isEmpty() || right.isEmpty()) {
                return s.name() + " " + path + ": variable " + variable + " is missing after the round trip";
            }
            double[] x = value(a, expected, left.get());
            double[] y = value(b, actual, right.get());
            double scale = 0;
            for (double v : x) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int r = 0; r < x.length; r++) {
                double tolerance = RELATIVE * Math.max(Math.max(Math.abs(x[r]), Math.abs(y[r])), scale);
                if (!(Math.abs(x[r] - y[r]) <= tolerance) && !(Double.isNaN(x[r]) && Double.isNaN(y[r]))
                        && x[r] != y[r]) {
                    return s.name() + " " + path + ": " + variable + " at t = " + a.time(r) + ": " + x[r] + " vs " + y[r];
                }
            }
        }
        return null;
    }

    /** The id a variable has in a model: itself, or the id the text writer renamed it to (its display name is the old id). */
    private static Optional<String> idIn(Model m, String id) {
        if (m.element(id).isPresent() || m.ruleFor(id).isPresent()) {
            return Optional.of(id);
        }
        List<Element> all = new ArrayList<>();
        all.addAll(m.compartments());
        all.addAll(m.species());
        all.addAll(m.parameters());
        all.addAll(m.reactions());
        return all.stream().filter(e -> id.equals(e.annotation().displayName())).map(Element::id).findFirst();
    }

    private static double[] value(Solution s, Model m, String id) {
        return s.column(id);
    }

    private static Solution simulate(Model m, Subject s) {
        CompiledModel compiled = CompiledModel.compile(m);
        List<String> outputs = new ArrayList<>();
        for (String v : s.variables()) {
            idIn(m, v).filter(compiled.system().observableNames()::contains).ifPresent(outputs::add);
        }
        return compiled.problem().withUniformTimes(0, s.end(), s.points()).withOutputs(outputs)
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-12, 1e-16).withMaxSteps(2_000_000)).solve();
    }
}
