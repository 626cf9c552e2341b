package org.cytostorm.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cytostorm.engine.solve.observe.Action;
import org.cytostorm.engine.solve.observe.OutputHandler;
import org.cytostorm.engine.solve.observe.OutputRow;

/**
 * A run's rows sent to the page while the simulator computes them, as newline-delimited JSON:
 * <ol>
 *   <li>{@code {"type":"start","command":…,"live":FIGURE}}: the command line and the live figure
 *       ({@link LiveFigure}) with no points;</li>
 *   <li>{@code {"type":"rows","t":[…],"values":[[…],…]}}: batches of rows (time in the figure's
 *       unit; one list per curve, in the figure's order), at most every {@value #BATCH_MS} ms, so
 *       a long run streams visibly without a message per row;</li>
 *   <li>{@code {"type":"result",…}} as {@code POST /api/run} answers, or {@code {"type":"error",
 *       "status":422,"error":…}} when the simulation failed.</li>
 * </ol>
 * When the page goes away the run is stopped at its next row.
 */
final class RunStream implements OutputHandler {

    static final String CONTENT_TYPE = "application/x-ndjson";
    /** The least time between two batches. */
    static final long BATCH_MS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutputStream out;
    private final List<String> variables;
    private final double timeScale;
    private int[] columns;
    private final List<Double> times = new ArrayList<>();
    private final List<List<Double>> values = new ArrayList<>();
    private long lastBatch = System.nanoTime();
    private boolean gone;

    /**
     * A stream to {@code out} of the curves of {@code live}; {@code days}: times sent in days.
     */
    RunStream(OutputStream out, LiveFigure live, boolean days) {
        this.out = out;
        this.variables = live.variables();
        this.timeScale = days ? 1.0 / 24 : 1;
        variables.forEach(v -> values.add(new ArrayList<>()));
    }

    /** The first line: the command line and the live figure. */
    void start(String command, String liveSpec) throws IOException {
        line("{\"type\":\"start\",\"command\":" + JSON.writeValueAsString(command) + ",\"live\":" + liveSpec + "}");
    }

    @Override
    public Action handleRow(OutputRow row) {
        if (gone) {
            return Action.STOP;
        }
        if (columns == null) {
            columns = new int[variables.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = row.names().indexOf(variables.get(i));
            }
        }
        times.add(row.time() * timeScale);
        for (int i = 0; i < columns.length; i++) {
            values.get(i).add(columns[i] < 0 ? Double.NaN : row.value(columns[i]));
        }
        if (System.nanoTime() - lastBatch >= BATCH_MS * 1_000_000) {
            flushRows();
        }
        return gone ? Action.STOP : Action.CONTINUE;
    }

    /** Sends the rows not yet sent; marks the page gone when it cannot be written to. */
    void flushRows() {
        lastBatch = System.nanoTime();
        if (times.isEmpty() || gone) {
            return;
        }
        try {
            java.io.StringWriter text = new java.io.StringWriter();
            try (JsonGenerator g = JSON.createGenerator(text)) {
                g.writeStartObject();
                g.writeStringField("type", "rows");
                g.writeArrayFieldStart("t");
                for (double t : times) {
                    g.writeNumber(t);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("values");
                for (List<Double> curve : values) {
                    g.writeStartArray();
                    for (double v : curve) {
                        if (Double.isFinite(v)) {
                            g.writeNumber(v);
                        } else {
                            g.writeNull();
                        }
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            line(text.toString());
        } catch (IOException e) {
            gone = true; // the page closed or the network broke: stop the run, nobody is reading
        }
        times.clear();
        values.forEach(List::clear);
    }

    /** The last line: the whole result, or the failure. */
    void finish(String resultOrError) {
        flushRows();
        try {
            line(resultOrError);
        } catch (IOException e) {
            gone = true;
        }
    }

    private void line(String json) throws IOException {
        out.write(json.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }
}
