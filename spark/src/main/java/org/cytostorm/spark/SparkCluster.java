package org.cytostorm.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.cytostorm.common.distribute.BatchSink;
import org.cytostorm.common.distribute.BatchTask;
import org.cytostorm.common.distribute.Cluster;
import org.cytostorm.common.distribute.ClusterException;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;

/**
 * A Spark application whose jobs run batches: one partition, hence one task, per batch, so that
 * a task retried after a failure (up to {@code spark.task.maxFailures} attempts) recomputes exactly
 * one batch, and results stream back to the driver as tasks finish rather than all at the end.
 */
final class SparkCluster implements Cluster {

    /** The {@code --spark} value that takes the master spark-submit was given. */
    static final String SUBMITTED = "";

    private static final Pattern FAILED_TASK = Pattern.compile("Task (\\d+) in stage");
    /** A Java exception's class name before its message. */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("^([a-z][\\w$]*\\.)+[A-Z][\\w$]*: ");

    private final JavaSparkContext context;
    private final String master;

    private SparkCluster(JavaSparkContext context, String master) {
        this.context = context;
        this.master = master;
    }

    /**
     * Starts a Spark application on {@code master} ({@link #SUBMITTED}: spark-submit's
     * {@code --master}). Settings given as {@code spark.*} system properties or by spark-submit
     * win over the defaults set here.
     */
    static SparkCluster start(String master, String application) {
        SparkConf conf = new SparkConf().setAppName(application);
        if (!master.equals(SUBMITTED)) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            throw new IllegalArgumentException("--spark without a master takes spark-submit's --master; outside "
                    + "spark-submit name one, e.g. --spark local[2] or --spark spark://host:7077");
        }
        String chosen = conf.get("spark.master");
        if (chosen.startsWith("local")) {
            // one machine: the web UI and its port are of no use to a command-line run
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // executors outside this JVM load cytostorm from the jar this class came from (spark-submit sets it)
        ownJar().ifPresent(jar -> conf.setIfMissing("spark.jars", jar.toUri().toString()));
        try {
            return new SparkCluster(new JavaSparkContext(conf), chosen);
        } catch (Exception e) { // SparkException (a master URL it cannot parse), checked, escapes Scala undeclared
            throw new IllegalArgumentException("--spark " + chosen + ": Spark could not start: " + firstLine(e), e);
        }
    }

    private static java.util.Optional<Path> ownJar() {
        try {
            Path p = Path.of(SparkCluster.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String describe() {
        return "spark " + master + " (default parallelism " + context.defaultParallelism() + ")";
    }

    @Override
    public void run(BatchTask task, List<Long> batches, BatchSink sink) throws IOException {
        if (batches.isEmpty()) {
            return;
        }
        JavaRDD<Long> rdd = context.parallelize(batches, batches.size());
        List<Object> partitions = new ArrayList<>();
        for (int p = 0; p < batches.size(); p++) {
            partitions.add(p);
        }
        HandResult handler = new HandResult(batches, sink);
        try {
            context.sc().runJob(rdd.rdd(), new RunBatch(task), CollectionConverters.asScala(partitions).toSeq(),
                    handler, ClassTag$.MODULE$.apply(byte[].class));
        } catch (Exception e) { // SparkException, checked, escapes Scala undeclared
            if (handler.failure() != null) {
                throw handler.failure();
            }
            Matcher m = FAILED_TASK.matcher(String.valueOf(e.getMessage()));
            String which = m.find() ? "batch " + handler.batchOf(Integer.parseInt(m.group(1))) : "a batch";
            throw new ClusterException("spark: " + which + " failed on every attempt: " + cause(e), e);
        }
    }

    /**
     * The task's own error message, not Spark's wrapping of it ("Job aborted due to stage failure:
     * ... (TID 3) (host executor 1): java.io.IOException: MESSAGE" and a stack trace).
     */
    private static String cause(Exception e) {
        String text = String.valueOf(e.getMessage());
        int at = text.indexOf("): ");
        String tail = at >= 0 ? text.substring(at + 3) : text;
        String line = tail.lines().findFirst().orElse(tail).strip();
        return EXCEPTION_NAME.matcher(line).replaceFirst("");
    }

    private static String firstLine(Throwable e) {
        String text = String.valueOf(e.getMessage());
        return text.lines().findFirst().orElse(text).strip();
    }

    @Override
    public void close() {
        context.stop();
    }
}
