package dev.timelineexplorer.io.timelinejs;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML reduced to plain text with jsoup, which knows every HTML5 named and numeric entity and parses as browsers do:
 * tags are removed, block elements ({@code <p>}, {@code <div>}, headings, lists, tables) become paragraph breaks,
 * {@code <br>} and list items line breaks, {@code <script>} and {@code <style>} are dropped with their contents, and
 * runs of white space collapse. The result is only ever shown as plain text.
 */
public final class HtmlText {
    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "ul",
            "ol",
            "dl",
            "table",
            "tr",
            "pre",
            "hr",
            "section",
            "article",
            "header",
            "footer",
            "figure",
            "figcaption",
            "main",
            "aside",
            "nav",
            "address");
    /** Elements that start or end a line of their own; unlike {@code <br>}, two in a row give one line break. */
    private static final Set<String> LINE_TAGS = Set.of("li", "dt", "dd");

    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "template", "noscript", "head", "title");

    private HtmlText() {}

    /** The text of an HTML fragment, paragraphs separated by a blank line, lines by a line break. */
    public static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return tidy(collapse(html)); // no markup: nothing to parse
        }
        StringBuilder out = new StringBuilder(html.length());
        Element body = Jsoup.parseBodyFragment(html).body();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            appendText(out, text.getWholeText());
                        } else if (node instanceof Element element) {
                            String name = element.normalName();
                            if (DROPPED_TAGS.contains(name)) {
                                return FilterResult.SKIP_ENTIRELY;
                            }
                            breakBefore(out, name);
                        }
                        return FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element element && PARAGRAPH_TAGS.contains(element.normalName())) {
                            out.append("\n\n");
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                body);
        return tidy(out);
    }

    /** The text on one line: line and paragraph breaks become spaces (for titles and credits). */
    public static String oneLine(String html) {
        return plain(html).replace("\n\n", " ").replace('\n', ' ');
    }

    private static void breakBefore(StringBuilder out, String name) {
        if (PARAGRAPH_TAGS.contains(name)) {
            out.append("\n\n");
        } else if (name.equals("br")) {
            out.append('\n');
        } else if (LINE_TAGS.contains(name) && !atLineStart(out)) {
            out.append('\n');
        }
    }

    /** Appends text, white space collapsed to single spaces and other control characters dropped. */
    private static void appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
                int last = out.length() - 1;
                if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
                    out.append(' ');
                }
            } else if (Character.isSurrogate(c)) {
                // A lone half of a pair (as "&#xD800;" decodes) has no UTF-8 form: it becomes a replacement mark.
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append('\uFFFD');
                }
            } else if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        appendText(out, text);
        return out.toString();
    }

    /** Whether nothing but spaces follows the last line break (or the start). */
    private static boolean atLineStart(StringBuilder out) {
        for (int i = out.length() - 1; i >= 0; i--) {
            char c = out.charAt(i);
            if (c != ' ') {
                return c == '\n';
            }
        }
        return true;
    }

    /** Trims every line and keeps at most one blank line between lines, none at either end. */
    private static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankBefore = false;
        for (String line : text.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankBefore ? "\n\n" : "\n");
            }
            out.append(trimmed);
            blankBefore = false;
        }
        return out.toString();
    }
}
