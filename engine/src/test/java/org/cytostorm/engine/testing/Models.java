package org.cytostorm.engine.testing;

import org.cytostorm.engine.CompiledModel;
import org.cytostorm.engine.model.Model;
import org.cytostorm.engine.text.AntimonyParser;

/** Test models from text. */
public final class Models {

    private Models() {
    }

    public static Model parse(String text) {
        return AntimonyParser.parse(text, "test.ant");
    }

    public static CompiledModel compile(String text) {
        return CompiledModel.compile(parse(text));
    }
}
