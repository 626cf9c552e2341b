package org.cytostorm.spark;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cytostorm.cli.Main;
import picocli.CommandLine;

/** The {@code cytostorm} command line run in-process, as the Spark jar runs it: exit code and output. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
