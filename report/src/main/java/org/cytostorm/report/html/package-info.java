/**
 * The frame every HTML page shares ({@link org.cytostorm.report.html.HtmlPage}: head, style sheet,
 * end) and a page builder that escapes text ({@link org.cytostorm.report.html.Html}).
 */
package org.cytostorm.report.html;
