package io.recap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads recap's version from the properties file Maven fills in at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

    /** recap's version, or {@code unknown} when the build did not record it. */
    static String version() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() throws IOException {
        return new String[]{"recap " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
