package dev.timelineexplorer.io.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one rule for links: only absolute {@code http} and {@code https} addresses with a host are followed. */
public final class Urls {
    private Urls() {}

    /** Why a URL is refused (to follow "is"), or null when it is an absolute http or https address with a host. */
    public static String problem(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
                return "is not an http or https address";
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return "has no host name";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a valid address (" + e.getReason() + ")";
        }
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
