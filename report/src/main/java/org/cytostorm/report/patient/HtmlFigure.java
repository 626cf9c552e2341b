package org.cytostorm.report.patient;

import java.io.IOException;
import java.util.Base64;
import org.cytostorm.report.html.Html;
import org.knowm.xchart.XYChart;

/** A chart on a page: a figure with the chart inline as a base64 PNG (nothing fetched), alt text and a caption. */
final class HtmlFigure {

    private HtmlFigure() {
    }

    static void write(Html h, String id, XYChart chart, String alt, String caption) throws IOException {
        String png = Base64.getEncoder().encodeToString(Charts.png(chart));
        h.raw("<figure id=\"").text(id).raw("\">\n<img src=\"data:image/png;base64,").raw(png)
                .raw("\" width=\"").raw(Integer.toString(chart.getWidth()))
                .raw("\" height=\"").raw(Integer.toString(chart.getHeight()))
                .raw("\" alt=\"").text(alt).raw("\">\n<figcaption>").text(caption).raw("</figcaption>\n</figure>\n");
    }
}
