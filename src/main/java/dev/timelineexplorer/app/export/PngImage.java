package dev.timelineexplorer.app.export;

import dev.timelineexplorer.io.DatasetWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * The pixels of a rendered image, copied on the JavaFX thread, to be encoded and written as PNG on any thread,
 * through a temporary file so that a failed write never leaves half a file.
 */
public final class PngImage {
    private final BufferedImage pixels;

    private PngImage(BufferedImage pixels) {
        this.pixels = pixels;
    }

    /** Copies an image's pixels; on the JavaFX thread. */
    public static PngImage of(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, argb, 0, width);
        return new PngImage(buffered);
    }

    /** Writes the image as PNG, replacing the file in one step. */
    public void write(Path file) throws IOException {
        DatasetWriter.writeAtomically(file, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
