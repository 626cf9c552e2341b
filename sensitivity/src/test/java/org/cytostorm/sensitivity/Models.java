package org.cytostorm.sensitivity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.text.AntimonyParser;
import org.cytostorm.sensitivity.evaluate.ModelEvaluator;
import org.cytostorm.sensitivity.evaluate.Readout;

/** Test models of the sensitivity tests, read from the test resources and compiled once. */
public final class Models {

    private Models() {
    }

    /** The compiled model of a test resource. */
    public static CompiledModel compiled(String resource) {
        try (InputStream in = Models.class.getResourceAsStream("/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CompiledModel.compile(AntimonyParser.parse(text, resource));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An evaluator of {@code output} at time 0 to 1 of a test model. */
    public static ModelEvaluator evaluator(String resource, List<String> factors, String output) {
        return new ModelEvaluator(compiled(resource), factors, List.of(Readout.parse(output)), 0, 1, 2);
    }
}
