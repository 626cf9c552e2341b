package org.cytostorm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cytostorm.common.distribute.BatchTask;
import org.cytostorm.sensitivity.design.Design;
import org.cytostorm.sensitivity.run.BatchEvaluation;
import org.cytostorm.sensitivity.run.SensitivityJob;
import picocli.CommandLine;

/**
 * One batch of a sensitivity analysis on a cluster executor. The recipe is the command line
 * itself (input files made absolute): the executor parses it as the command did and builds the
 * same factors and evaluator (a model file compiled, a scenario's simulator), so nothing compiled
 * is shipped and the batch's readouts are those a local run computes.
 *
 * @param args the {@code cytostorm} arguments, {@code sensitivity} first
 */
record SensitivityBatchTask(List<String> args) implements BatchTask {

    private static final long serialVersionUID = 1L;

    /**
     * The analyses this JVM has prepared, by command line: an executor receives a fresh task for
     * every batch and runs several at once, and a model file's compile or a scenario's setup would
     * otherwise be repeated per batch. Static since the JVM is all its tasks share; a few kept.
     */
    private static final Map<List<String>, Prepared> PREPARED = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, Prepared> eldest) {
            return size() > 4;
        }
    };

    private record Prepared(SensitivityJob.Options options, Design design) {
    }

    SensitivityBatchTask {
        args = List.copyOf(args);
    }

    @Override
    public byte[] run(long batch) throws IOException {
        Prepared p = prepared();
        return BatchEvaluation.csv(p.options(), p.design(), batch, () -> { }).getBytes(StandardCharsets.UTF_8);
    }

    private Prepared prepared() throws IOException {
        synchronized (PREPARED) {
            Prepared p = PREPARED.get(args);
            if (p == null) {
                p = prepare();
                PREPARED.put(args, p);
            }
            return p;
        }
    }

    private Prepared prepare() throws IOException {
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
        if (!parsed.hasSubcommand()
                || !(parsed.subcommand().commandSpec().userObject() instanceof SensitivityCommand command)) {
            throw new IllegalArgumentException("not a sensitivity command line: " + args);
        }
        try {
            SensitivityJob.Options options = command.prepare().options();
            return new Prepared(options, options.design());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
