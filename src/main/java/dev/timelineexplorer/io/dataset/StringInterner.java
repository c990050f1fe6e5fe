package dev.timelineexplorer.io.dataset;

import tools.jackson.core.JsonParser;

/**
 * Canonical instances of short strings that repeat from event to event (country codes, categories, tags), found
 * straight from the parser's characters: a repeat costs no new string, and the canonical instance hashes once
 * for every map it is looked up in. Bounded, so that a file of endless distinct values only falls back to plain
 * strings. (Dates are not worth it: a lookup among tens of thousands of scattered dates misses the CPU caches
 * and costs more than parsing the date again.)
 */
final class StringInterner {
    /** Longer strings are not worth it, and are read with {@link JsonParser#getString()}, which checks limits. */
    private static final int MAX_LENGTH = 32;
    /**
     * How far a string may sit from its first slot. Past that the string is simply not interned: this keeps a
     * file crafted with colliding hash codes from making every lookup a long search.
     */
    private static final int MAX_PROBES = 8;

    private final int maxSize;
    private String[] strings = new String[1 << 8];
    /** The hash of each string, so that probing does not visit the strings themselves. */
    private int[] hashes = new int[1 << 8];

    private int size;

    StringInterner(int maxSize) {
        this.maxSize = maxSize;
    }

    /** The text of the string token the parser is on. */
    String intern(JsonParser parser) {
        int length = parser.getStringLength();
        if (length > MAX_LENGTH) {
            return parser.getString();
        }
        char[] chars = parser.getStringCharacters();
        int offset = parser.getStringOffset();
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i]; // as String.hashCode(), so both ways of interning meet
        }
        int slot = firstSlot(hash);
        for (int probe = 0; probe < MAX_PROBES; probe++, slot = next(slot)) {
            String known = strings[slot];
            if (known == null) {
                return add(slot, hash, new String(chars, offset, length));
            }
            if (hashes[slot] == hash && sameText(known, chars, offset, length)) {
                return known;
            }
        }
        return new String(chars, offset, length);
    }

    String intern(String text) {
        int hash = text.hashCode();
        int slot = firstSlot(hash);
        for (int probe = 0; probe < MAX_PROBES; probe++, slot = next(slot)) {
            String known = strings[slot];
            if (known == null) {
                return add(slot, hash, text);
            }
            if (hashes[slot] == hash && known.equals(text)) {
                return known;
            }
        }
        return text;
    }

    private String add(int slot, int hash, String text) {
        if (size < maxSize) {
            strings[slot] = text;
            hashes[slot] = hash;
            if (++size * 2 > strings.length) {
                grow();
            }
        }
        return text;
    }

    /** Doubles the table; a string that finds no slot near its first one is dropped (it is only a cache). */
    private void grow() {
        String[] oldStrings = strings;
        int[] oldHashes = hashes;
        strings = new String[oldStrings.length * 2];
        hashes = new int[oldStrings.length * 2];
        size = 0;
        for (int i = 0; i < oldStrings.length; i++) {
            if (oldStrings[i] != null) {
                int slot = firstSlot(oldHashes[i]);
                for (int probe = 0; probe < MAX_PROBES; probe++, slot = next(slot)) {
                    if (strings[slot] == null) {
                        strings[slot] = oldStrings[i];
                        hashes[slot] = oldHashes[i];
                        size++;
                        break;
                    }
                }
            }
        }
    }

    /** Spreads the high bits down, as {@link java.util.HashMap} does, keeping similar texts in nearby slots. */
    private int firstSlot(int hash) {
        return (hash ^ (hash >>> 16)) & (strings.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (strings.length - 1);
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
