package org.cytostorm.common.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The work directory of a resumable job ({@link OutputSet#resumable()}): a manifest saying what is
 * being run, and a folder of finished batches. A restart with the same manifest resumes; anything
 * else starts afresh. Shared by the trial and sensitivity jobs.
 */
public final class ResumableWork {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResumableWork() {
    }

    /**
     * Resumes when {@code work} holds a manifest equal to {@code manifest} (as JSON); otherwise
     * deletes the batches folder and the named outputs and writes the manifest.
     *
     * @param manifestFile the manifest's name in {@code work}
     * @param batches      the batches folder's name in {@code work}
     * @param outputs      the job's other files in {@code work}, deleted on a fresh start
     */
    public static void startOrResume(Path work, String manifestFile, String batches, Set<String> outputs,
            Map<String, Object> manifest) throws IOException {
        Path run = work.resolve(manifestFile);
        String wanted = JSON.writeValueAsString(manifest);
        if (Files.isRegularFile(run) && JSON.readTree(Files.readString(run)).equals(JSON.readTree(wanted))) {
            return;
        }
        deleteFolder(work.resolve(batches));
        for (String f : outputs) {
            Files.deleteIfExists(work.resolve(f));
        }
        AtomicFiles.writeString(run, wanted + "\n");
    }

    /** Deletes a flat folder of batch files, if there is one. */
    public static void deleteFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }
}
