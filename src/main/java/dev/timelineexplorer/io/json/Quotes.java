package dev.timelineexplorer.io.json;

/** Values quoted for messages. */
public final class Quotes {
    private static final int SHOWN = 80;

    private Quotes() {}

    /** A value quoted for a message, with quotes, backslashes and control characters escaped, cut after 80 characters. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), SHOWN) + 3).append('"');
        int shown = Math.min(text.length(), SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (shown < text.length()) {
            out.append('…');
        }
        return out.append('"').toString();
    }
}
