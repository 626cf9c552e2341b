package org.cytostorm.report.tissue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytostorm.common.io.AtomicFiles;
import org.cytostorm.report.html.HtmlPage;
import org.cytostorm.report.html.InteractiveCharts;

/**
 * Writes the tissue run's report.html, the story first: title and description, the outcome (the
 * run's notes: front position and speed, dead fraction), then the time series (interactive charts
 * whose library and data are in the page), the animation and the last frame (referenced by
 * relative file name: they are files of the same run directory, too large to inline, and the GIF
 * would not animate from a data URI in every mail client), the settings and the final values.
 * Inline CSS and scripts, nothing fetched from elsewhere; the look follows the patient report.
 */
public final class TissueReport {

    private TissueReport() {
    }

    /**
     * Writes the report to {@code file} atomically. The page, charts included, is built before the
     * file is opened, so a failure leaves no file behind (or the previous one untouched). File names
     * in the input are relative to {@code file}'s directory; they are referenced, not checked.
     */
    public static void write(TissueReportInput in, Path file) throws IOException {
        AtomicFiles.writeString(file, page(in));
    }

    /** The whole page. */
    /** The page as text, to serve or stream. */
    public static String render(TissueReportInput in) throws IOException {
        return page(in);
    }

    static String page(TissueReportInput in) throws IOException {
        HtmlText h = new HtmlText(HtmlPage.start(in.title(), in.title()));
        if (in.description() != null && !in.description().isBlank()) {
            h.raw("<p class=\"description\">").text(in.description()).raw("</p>\n");
        }
        outcome(h, in.notes());
        charts(h, in);
        animation(h, in);
        lastFrame(h, in);
        settings(h, in.settings());
        finalValues(h, in);
        return HtmlPage.end(h.html());
    }

    private static void charts(HtmlText h, TissueReportInput in) {
        h.raw("<h2>Time courses</h2>\n");
        List<TissueCharts.Figure> figures = TissueCharts.figures(in);
        if (figures.isEmpty()) {
            h.raw("<p>No time series to chart.</p>\n");
            return;
        }
        InteractiveCharts.library(h.html());
        double[] t = in.timeH();
        for (TissueCharts.Figure f : figures) {
            InteractiveCharts.figure(h.html(), f.id(), t, false, f.panels(), List.of(), f.caption());
        }
    }

    private static void animation(HtmlText h, TissueReportInput in) {
        if (in.animationFile() == null || in.animationFile().isBlank()) {
            return;
        }
        h.raw("<h2>Animation</h2>\n<figure id=\"animation\">\n<img src=\"").path(in.animationFile())
                .raw("\" alt=\"animation of the tissue over the run\">\n<figcaption>")
                .text("Cells (left) and field (right) over the run; ").raw("<a href=\"").path(in.animationFile())
                .raw("\">").text(in.animationFile()).raw("</a>").text(framesNote(in)).raw("</figcaption>\n</figure>\n");
    }

    private static void lastFrame(HtmlText h, TissueReportInput in) {
        List<String> frames = in.frameFiles();
        if (frames.isEmpty()) {
            return;
        }
        String last = frames.get(frames.size() - 1);
        h.raw("<h2>Last frame</h2>\n<figure id=\"last-frame\">\n<img src=\"").path(last)
                .raw("\" alt=\"the tissue at the end of the run\">\n<figcaption>").text(last).text(framesNote(in))
                .raw("</figcaption>\n</figure>\n");
        h.raw("<details>\n<summary>All frames (").raw(Integer.toString(frames.size())).raw(")</summary>\n<ul>\n");
        for (String f : frames) {
            h.raw("<li><a href=\"").path(f).raw("\">").text(f).raw("</a></li>\n");
        }
        h.raw("</ul>\n</details>\n");
    }

    /** The note on the frames' colour scale, as a second sentence of a caption; empty when there is none. */
    private static String framesNote(TissueReportInput in) {
        return in.framesNote().isBlank() ? "" : ". " + in.framesNote();
    }

    private static void settings(HtmlText h, List<Map.Entry<String, String>> settings) {
        if (settings.isEmpty()) {
            return;
        }
        h.raw("<h2>Settings</h2>\n<table id=\"settings\">\n");
        for (Map.Entry<String, String> s : settings) {
            h.raw("<tr><th>").text(s.getKey()).raw("</th><td>").text(s.getValue()).raw("</td></tr>\n");
        }
        h.raw("</table>\n");
    }

    /** The last row of every column, folded away: for the reader who wants the numbers behind the end of the curves. */
    private static void finalValues(HtmlText h, TissueReportInput in) {
        if (in.rows().isEmpty()) {
            return;
        }
        double[] last = in.rows().get(in.rows().size() - 1);
        h.raw("<details>\n<summary>Final values</summary>\n<table id=\"final-values\">\n");
        for (int c = 0; c < in.columns().size(); c++) {
            h.raw("<tr><th>").text(in.columns().get(c)).raw("</th><td class=\"num\">").text(Numbers.significant(last[c], 6))
                    .raw("</td></tr>\n");
        }
        h.raw("</table>\n</details>\n");
    }

    /** The outcome first (how far the dead tissue spread, how fast, how much died), before any chart. */
    private static void outcome(HtmlText h, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        h.raw("<h2>Outcome</h2>\n<ul id=\"outcome\">\n");
        for (String n : notes) {
            h.raw("<li>").text(n).raw("</li>\n");
        }
        h.raw("</ul>\n");
    }
}
