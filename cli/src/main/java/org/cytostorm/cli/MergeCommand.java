package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytostorm.cohort.TrialJob;
import org.cytostorm.cohort.analysis.TrialSummary;
import org.cytostorm.cohort.trial.TrialSpec;
import org.cytostorm.cohort.trial.TrialSpecReader;
import org.cytostorm.common.input.InputException;
import org.cytostorm.report.OutputDirectories;
import org.cytostorm.report.trial.TrialReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm merge DIR... --out DIR}: the shards of one trial joined into the whole trial. */
@Command(name = "merge", header = "Join the output directories of the shards of one trial.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Joins the output directories of the shards of one trial",
                "(cytostorm trial ... --shard K/N) into the whole trial's patients.parquet,",
                "summary.json and report.html, as one run would have written them. Every shard",
                "1/N to N/N must be given, all of the same spec, seed and patients.",
                "Exits 0 on success, 2 when the directories are not the shards of one trial."})
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "the shards' output directories")
    private List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory of the whole trial")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Path first = shards.get(0);
        Path specFile = first.resolve(TrialJob.SPEC);
        if (!Files.isRegularFile(specFile)) {
            throw new InputException(first.toString(), 0, "", "not the output of a trial shard: no " + TrialJob.SPEC);
        }
        JsonNode run = new ObjectMapper().readTree(Files.readString(first.resolve(TrialJob.RUN)));
        String dirText = run.path("spec_directory").asText("");
        Path specDir = dirText.isEmpty() ? null : Path.of(dirText);
        TrialSpecReader reader = TrialSpecReader.standard();
        TrialSpec t = reader.read(Files.readString(specFile), specFile.toString(), specDir);
        long t0 = System.nanoTime();
        TrialSummary s = new TrialJob(reader.simulator(), OutputDirectories.NAMES).merge(t, shards, out, "--out " + out,
                new TrialReport());
        TrialCommand.print(o, s);
        o.printf(Locale.ROOT, "wrote %s (patients.parquet, summary.json, report.html) from %d shards in %.1f s%n", out,
                shards.size(), (System.nanoTime() - t0) / 1e9);
        o.flush();
        return ExitCodes.OK;
    }
}
