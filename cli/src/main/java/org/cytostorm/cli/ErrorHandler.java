package org.cytostorm.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.cytostorm.common.distribute.ClusterException;
import org.cytostorm.common.input.InputException;
import org.cytostorm.engine.model.ModelException;
import org.cytostorm.engine.solve.SolverException;
import org.cytostorm.physiology.run.SimulationFailedException;
import org.cytostorm.sbml.SbmlException;
import org.cytostorm.tissue.sim.CheckpointException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns exceptions into one clear line on standard error and an exit code: bad input (files,
 * models, parameters) exits 2, a failed computation 1. Stack traces only for what must be a bug.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        java.io.PrintWriter err = cmd.getErr();
        if (ex instanceof java.io.UncheckedIOException u) {
            ex = u.getCause();
        }
        if (ex instanceof SolverException || ex instanceof SimulationFailedException) {
            err.println("error: simulation failed: " + ex.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        if (ex instanceof ClusterException) {
            err.println("error: " + ex.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
        if (ex instanceof CheckpointException bad) {
            // what an interrupted tissue run left (its checkpoint or a frame's snapshot) cannot be resumed from
            err.println("error: " + bad.file() + ": " + bad.problem() + "; start again with --fresh");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof NoSuchFileException nf) {
            err.println("error: " + nf.getFile() + ": no such file");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof IOException io) {
            // inputs are read through InputFiles (bad input, exit 2); what is left is writing
            err.println("error: cannot write: " + describe(io));
            err.flush();
            return ExitCodes.FAILED;
        }
        if (ex instanceof ModelException || ex instanceof SbmlException || ex instanceof IllegalArgumentException
                || ex instanceof InputException
                || isParseError(ex)) {
            err.println("error: " + ex.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return internalFailure(ex, err);
    }

    /**
     * A bug, not a user's mistake: one line asking for a report; the stack trace only when
     * {@code CYTOSTORM_DEBUG} is set, since no stack trace should reach a user.
     */
    static int internalFailure(Throwable ex, java.io.PrintWriter err) {
        err.println("error: internal failure (please report it with the command and its input): " + ex);
        if (System.getenv("CYTOSTORM_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set CYTOSTORM_DEBUG=1 to print the stack trace)");
        }
        err.flush();
        return ExitCodes.FAILED;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            return fs.getFile() + (fs.getReason() == null ? "" : ": " + fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isParseError(Exception ex) {
        return ex.getClass().getSimpleName().endsWith("ParseException");
    }
}
