package org.cytostorm.web;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The dashboard's long work of one kind (trials, tissue runs): run in the background one at a time
 * on a worker thread, each into its own numbered folder {@code root/<kind>-N}, its progress readable
 * while it runs, found again by its number only (so no request names a path).
 */
final class BackgroundJobs implements AutoCloseable {

    /** One piece of work: what it is, how far it has come, how it ended. */
    static final class Job {
        final String name;
        final Path dir;
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong(1);
        final AtomicReference<String> error = new AtomicReference<>();
        volatile boolean finished;

        Job(String name, Path dir) {
            this.name = name;
            this.dir = dir;
        }

        /** Progress: {@code done} of {@code total}. */
        void progress(long doneNow, long totalNow) {
            done.set(doneNow);
            total.set(totalNow);
        }
    }

    /** The work itself; what it throws becomes the job's error. */
    interface Work {
        void run(Job job) throws Exception;
    }

    private final Path root;
    private final String kind;
    private final ExecutorService worker;
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    BackgroundJobs(Path root, String kind) {
        this.root = root;
        this.kind = kind;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dashboard-" + kind);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts {@code work} as job {@code name} with {@code total} steps; empty while another job runs. */
    synchronized Optional<Integer> start(String name, long total, Work work) {
        if (jobs.values().stream().anyMatch(j -> !j.finished)) {
            return Optional.empty();
        }
        int id = next.getAndIncrement();
        Job job = new Job(name, root.resolve(kind + "-" + id));
        job.total.set(total);
        jobs.put(id, job);
        worker.submit(() -> {
            try {
                work.run(job);
            } catch (Exception e) {
                job.error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } finally {
                job.finished = true;
            }
        });
        return Optional.of(id);
    }

    /** The job a request names by its number (digits only), if there is one. */
    Optional<Job> job(String id) {
        return id.matches("[0-9]{1,9}") ? Optional.ofNullable(jobs.get(Integer.parseInt(id))) : Optional.empty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
