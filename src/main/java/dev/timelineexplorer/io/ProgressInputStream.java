package dev.timelineexplorer.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.DoubleConsumer;

/** Reports how much of a stream has been read, at most about every percent. */
public final class ProgressInputStream extends FilterInputStream {
    private final long size;
    private final DoubleConsumer progress;
    private long read;
    private long nextReport;

    /**
     * @param in the stream to read
     * @param size how many bytes it holds, for the fraction
     * @param progress told the fraction read, from 0 to 1, on the reading thread
     */
    public ProgressInputStream(InputStream in, long size, DoubleConsumer progress) {
        super(in);
        this.size = Math.max(size, 1);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) {
        read += n;
        if (read >= nextReport) {
            progress.accept(Math.min(1.0, (double) read / size));
            nextReport = read + size / 100;
        }
    }
}
