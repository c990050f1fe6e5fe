package dev.timelineexplorer.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, as the build wrote it into the jar, for the About box and {@code --version}. */
public final class AppVersion {
    private AppVersion() {}

    /** The version, such as "0.2.0", or "(development build)" when the build did not say. */
    public static String text() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/dev/timelineexplorer/app/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "(development build)";
        }
        return properties.getProperty("version", "(development build)");
    }
}
