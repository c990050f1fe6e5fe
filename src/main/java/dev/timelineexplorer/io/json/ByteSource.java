package dev.timelineexplorer.io.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The bytes of an input that was read, to be looked at again: messages count columns in characters, as editors do,
 * while the parser counts bytes, so the few lines with a problem are read again to count their characters.
 */
public interface ByteSource {
    /** No bytes to look at: columns stay as the parser counted them. */
    ByteSource NONE = (offset, length) -> null;

    /**
     * Up to {@code length} bytes from {@code offset}, or null when they cannot be read.
     *
     * @throws IOException when reading fails
     */
    byte[] read(long offset, int length) throws IOException;

    /** The bytes of an array. */
    static ByteSource of(byte[] bytes) {
        return (offset, length) -> {
            if (offset < 0 || offset > bytes.length) {
                return null;
            }
            return Arrays.copyOfRange(bytes, (int) offset, (int) Math.min(bytes.length, offset + length));
        };
    }

    /** The bytes of a file, read again where needed. */
    static ByteSource of(Path file) {
        return (offset, length) -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.allocate(length);
                while (buffer.hasRemaining() && channel.read(buffer, offset + buffer.position()) > 0) {
                    // read on until full or at the end
                }
                return Arrays.copyOf(buffer.array(), buffer.position());
            }
        };
    }
}
