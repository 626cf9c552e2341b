package org.cytostorm.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.engine.io.ModelReaders;
import org.cytostorm.engine.model.Model;
import org.cytostorm.sbml.SbmlExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cytostorm convert IN OUT}: between the text format and SBML, picked by the file extensions. */
@Command(name = "convert", header = "Convert a model between the text format and SBML.",
        mixinStandardHelpOptions = true,
        description = {"Converts a model between the text format (.ant, .txt, .antimony) and SBML (.xml, .sbml),",
                "in either direction or to the same format, choosing reader and writer by the file",
                "extensions. SBML is written as Level 3 Version 2 with annotations; text as Antimony,",
                "with SBML-only constructs in an equivalent form (see docs/model-format.md).",
                "The output file is written whole or not at all."})
final class ConvertCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "model to read: .ant/.txt/.antimony or .xml/.sbml")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "file to write: .ant/.txt/.antimony or .xml/.sbml")
    private Path out;

    @Override
    public Integer call() throws Exception {
        boolean toSbml = ModelFileFormat.of(out) == ModelFileFormat.SBML;
        AtomicFiles.requireWritable(out, "OUT");
        Model model = ModelReaders.read(in);
        if (toSbml) {
            SbmlExporter.write(model, out);
        } else {
            ModelFileFormat.writeText(model, out);
        }
        spec.commandLine().getErr().printf(Locale.ROOT, "wrote %s (%s): %d compartments, %d species, %d parameters,"
                        + " %d reactions, %d rules, %d events%n", out, toSbml ? "SBML Level 3 Version 2" : "text format",
                model.compartments().size(), model.species().size(), model.parameters().size(),
                model.reactions().size(), model.rules().size(), model.events().size());
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
