package org.cytostorm.bench;

import java.util.concurrent.TimeUnit;
import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.text.AntimonyParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The load-time cost of a model: {@code parse} (text to validated Model), {@code compile}
 * (lowering, symbolic Jacobian, Java source, Janino, class loading) and {@code parseAndCompile}
 * (both: what loading a model file costs). Warm, average time; for the cold first load of a
 * fresh JVM run it with {@code -bm ss -wi 0 -i 1 -f 10} (bench/run.sh does).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class CompileBenchmark {

    @Param({BenchModels.REYNOLDS, BenchModels.NETWORK50})
    public String model;

    private String text;
    private String source;
    private Model parsed;

    @Setup
    public void setup() {
        text = BenchModels.text(model);
        source = model + ".ant";
        parsed = AntimonyParser.parse(text, source);
    }

    @Benchmark
    public Model parse() {
        return AntimonyParser.parse(text, source);
    }

    @Benchmark
    public CompiledModel compile() {
        return CompiledModel.compile(parsed);
    }

    @Benchmark
    public CompiledModel parseAndCompile() {
        return CompiledModel.compile(AntimonyParser.parse(text, source));
    }
}
