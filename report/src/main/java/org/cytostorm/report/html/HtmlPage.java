package org.cytostorm.report.html;

/** The frame shared by the reports: document head with the inline style sheet, and the end. */
public final class HtmlPage {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 960px; margin: 1.5em auto;
                   padding: 0 1em; color: #222; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.15em; margin-top: 1.5em; border-bottom: 1px solid #ddd; }
            table { border-collapse: collapse; margin: 0.5em 0; }
            th, td { text-align: left; padding: 0.2em 0.8em 0.2em 0; vertical-align: top; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .nowrap { white-space: nowrap; }
            thead th { border-bottom: 1px solid #bbb; }
            figure { margin: 1em 0; }
            figcaption { font-size: 0.85em; color: #555; }
            img { max-width: 100%; height: auto; }
            summary { cursor: pointer; }
            .description { color: #444; }
            .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1em; }
            .pair figure { margin: 0.5em 0; }
            .warning { border-left: 4px solid #c77700; background: #fff6e5; padding: 0.4em 0.8em; margin: 1em 0; }
            .warning ul { margin: 0.3em 0; }
            """;

    private HtmlPage() {
    }

    /** Everything up to and including the page's h1 heading. */
    public static Html start(String title, String heading) {
        return new Html().raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw("</title>\n")
                .raw("<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n")
                .raw("<h1>").text(heading).raw("</h1>\n");
    }

    public static String end(Html h) {
        return h.raw("</body>\n</html>\n").toString();
    }
}
