package dev.timelineexplorer.io.json;

import static dev.timelineexplorer.io.json.Quotes.quote;

import dev.timelineexplorer.io.Message;
import dev.timelineexplorer.io.ProblemKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one rule for links: only absolute {@code http} and {@code https} addresses with a host are followed. */
public final class Urls {
    private Urls() {}

    /** Why a URL is refused, naming it quoted, or null when it is an absolute http or https address with a host. */
    public static Message problem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
                return ProblemKind.URL_NOT_HTTP.of(quote(url));
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return ProblemKind.URL_NO_HOST.of(quote(url));
            }
            return null;
        } catch (URISyntaxException e) {
            // In our words, found by ourselves: the exception's reason is the library's English, and its index is
            // often the start of the part it could not read rather than the character at fault.
            for (int at = 0; at < url.length(); at++) {
                char c = url.charAt(at);
                if (c <= ' ' || c == 0x7f || " <>\"{}|\\^`".indexOf(c) >= 0) {
                    return ProblemKind.URL_BAD_CHARACTER.of(quote(url), quoteChar(c), at + 1);
                }
            }
            return ProblemKind.URL_MALFORMED.of(quote(url));
        }
    }

    private static String quoteChar(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c)
                ? String.format(Locale.ROOT, "U+%04X", (int) c)
                : "'" + c + "'";
    }

    /** Whether a URL may be opened: an absolute http or https address with a host. */
    public static boolean isWebAddress(String url) {
        return url != null && problem(url) == null;
    }

    /** The host of a web address, or the address itself when it has none. */
    public static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? url : host;
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
