package org.cytostorm.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.physiology.model.PatientModel;
import org.cytostorm.report.docs.ModelDocs;
import org.cytostorm.report.docs.OutputDocs;
import org.cytostorm.report.docs.ScenarioDocs;
import org.cytostorm.report.docs.TreatmentDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cytostorm docs model|outputs}: regenerates the documentation that is generated from the code. */
@Command(name = "docs", header = "Regenerate the documentation written from the model and the code.",
        mixinStandardHelpOptions = true,
        description = {"Regenerates the documentation written from the model and the simulator",
                "themselves. Run it from the repository root; tests check that the committed",
                "files are up to date."},
        subcommands = {DocsCommand.CalibrationPage.class, DocsCommand.ModelPage.class, DocsCommand.OutputsPage.class,
                DocsCommand.TreatmentsPage.class, DocsCommand.TissuePage.class, DocsCommand.ScenariosPage.class})
final class DocsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name the page to generate: 'docs model', 'docs outputs', 'docs treatments', 'docs scenarios', 'docs tissue' or 'docs calibration'");
    }

    /** {@code cytostorm docs model [--out FILE]}. */
    @Command(name = "model", header = "Write docs/model.md: the patient model's equations, switches and parameters.", mixinStandardHelpOptions = true,
            description = {"Writes the patient model's reference page from the model itself:",
                    "equations, events, functions, mechanism switches, the parameter table.",
                    "The file is written whole or not at all."})
    static final class ModelPage implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = ModelDocs.PATH,
                description = "file to write (default: ${DEFAULT-VALUE})")
        private Path out;

        @Override
        public Integer call() throws Exception {
            return writePage(spec, out, ModelDocs.standard());
        }
    }

    /** {@code cytostorm docs treatments [--out FILE]}. */
    @Command(name = "treatments", header = "Write docs/treatments.md: the drugs, their biomarkers and the protocols.", mixinStandardHelpOptions = true,
            description = {"Writes the treatments page from the drug catalogue and the built-in",
                    "protocols. The file is written whole or not at all."})
    static final class TreatmentsPage implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = TreatmentDocs.PATH,
                description = "file to write (default: ${DEFAULT-VALUE})")
        private Path out;

        @Override
        public Integer call() throws Exception {
            return writePage(spec, out, TreatmentDocs.markdown());
        }
    }

    /** {@code cytostorm docs tissue [--out FILE]}. */
    @Command(name = "tissue", header = "Write docs/tissue-model.md: the tissue model and its built-in configs.", mixinStandardHelpOptions = true,
            description = {"Writes the tissue model's page from the code and the built-in tissue configs,",
                    "with the front speeds measured on the fly (about half a minute)."})
    static final class TissuePage implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = org.cytostorm.report.docs.TissueDocs.PATH,
                description = "file to write (default: ${DEFAULT-VALUE})")
        private Path out;

        @Override
        public Integer call() throws Exception {
            return writePage(spec, out, org.cytostorm.report.docs.TissueDocs.markdown());
        }
    }

    /** {@code cytostorm docs outputs [--out FILE]}. */
    @Command(name = "outputs", header = "Fill the column tables of docs/outputs.md.", mixinStandardHelpOptions = true,
            description = {"Fills the column table of the outputs page from a one-day run of the",
                    "built-in '" + OutputDocs.SCENARIO + "' scenario, after the line " + OutputDocs.MARKER + ";",
                    "the rest of the page is kept. The file is written whole or not at all."})
    static final class OutputsPage implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = OutputDocs.PATH,
                description = "the page to update (default: ${DEFAULT-VALUE})")
        private Path out;

        @Override
        public Integer call() throws Exception {
            return fillPage(spec, out, page -> OutputDocs.fill(page, OutputDocs.table(OutputDocs.currentColumns())));
        }
    }

    /** Writes a generated page whole and says so. */
    private static int writePage(CommandSpec spec, Path out, String page) throws java.io.IOException {
        AtomicFiles.writeString(out, page);
        report(spec, "wrote " + out);
        return ExitCodes.OK;
    }

    /**
     * Replaces the generated part of a page (a page that marks where it goes) and writes it whole;
     * a page without its marker is bad input naming the file.
     */
    private static int fillPage(CommandSpec spec, Path out, java.util.function.UnaryOperator<String> fill)
            throws java.io.IOException {
        String filled;
        try {
            filled = fill.apply(Files.readString(out));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(out + ": " + e.getMessage(), e);
        }
        return writePage(spec, out, filled);
    }

    /** {@code cytostorm docs scenarios [--out FILE]}. */
    @Command(name = "scenarios", header = "Fill the reference part of docs/scenarios.md.", mixinStandardHelpOptions = true,
            description = {"Fills the reference part of the scenarios page (trigger types and their options,",
                    "care protocols, built-in scenarios) after the line " + ScenarioDocs.MARKER + ";",
                    "the rest of the page is kept. The file is written whole or not at all."})
    static final class ScenariosPage implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = ScenarioDocs.PATH,
                description = "the page to update (default: ${DEFAULT-VALUE})")
        private Path out;

        @Override
        public Integer call() throws Exception {
            return fillPage(spec, out, ScenarioDocs::fill);
        }
    }

    /** {@code cytostorm docs calibration}. */
    @Command(name = "calibration", header = "Redraw docs/calibration.md: the endotoxin scenario against human data.", mixinStandardHelpOptions = true,
            description = {"Writes docs/calibration.md and docs/calibration/endotoxin.png: the endotoxin",
                    "scenario against the human data in ../shared/reference/calibration."})
    static final class CalibrationPage implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
                description = "repository root to write under (default: the current directory)")
        private Path root;

        @Override
        public Integer call() throws Exception {
            Path data = org.cytostorm.engine.io.ReferenceData.path(org.cytostorm.report.docs.CalibrationDocs.DATA);
            for (Path p : org.cytostorm.report.docs.CalibrationDocs.write(data, root)) {
                report(spec, "wrote " + p);
            }
            return ExitCodes.OK;
        }
    }

    private static void report(CommandSpec spec, String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }
}
