package org.cytostorm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.io.ReferenceData;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.solve.OdeProblem;
import org.cytostorm.engine.solve.Solution;
import org.cytostorm.engine.solve.SolverOptions;
import org.cytostorm.sbml.SbmlImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The largest BioModels file in the reference set, BIOMD0000000537 (Dwivedi et al. 2014, Crohn's
 * disease IL-6 model with anti-IL-6R dosing: 44 species, 73 reactions, 6 dosing events; 255 kB of
 * SBML): {@code importSbml} (XML to validated Model), {@code importAndCompile} (what loading the
 * file costs) and {@code simulate} (0 to 2016 h, the six doses, 2017 hourly outputs, rtol 1e-6,
 * atol 1e-10). The file is read from the reference data ({@link ReferenceData}: ../shared/reference
 * beside the repository, or {@code -Dcytostorm.shared=DIR}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class SbmlBenchmark {

    static final String FILE = "biomodels/BIOMD0000000537_dwivedi2014_crohns_anti_il6r/BIOMD0000000537.xml";

    private String xml;
    private Model model;
    private OdeProblem problem;

    @Setup
    public void setup() throws IOException {
        Path file = ReferenceData.path(FILE);
        xml = Files.readString(file, StandardCharsets.UTF_8);
        model = SbmlImporter.read(xml, FILE);
        problem = CompiledModel.compile(model).problem().withUniformTimes(0, 2016, 2017)
                .withOptions(SolverOptions.DEFAULTS.withTolerances(1e-6, 1e-10));
        Solution check = problem.solve();
        if (!check.isSuccess() || check.statistics().events() != 6) {
            throw new IllegalStateException("the benchmarked run does not complete with its six doses: " + check.message());
        }
    }

    @Benchmark
    public Model importSbml() {
        return SbmlImporter.read(xml, FILE);
    }

    @Benchmark
    public CompiledModel importAndCompile() {
        return CompiledModel.compile(SbmlImporter.read(xml, FILE));
    }

    @Benchmark
    public Solution simulate() {
        return problem.solve();
    }
}
