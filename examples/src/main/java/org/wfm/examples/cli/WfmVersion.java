package org.wfm.examples.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What {@code wfm --version} prints: {@code wfm <version>}, the Maven project version of the examples module. */
final class WfmVersion implements CommandLine.IVersionProvider {

    /** Written by Maven's resource filtering, so the version is the same in the jar and in tests. */
    private static final String RESOURCE = "wfm-version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"wfm " + version()};
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        try (InputStream in = WfmVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: build with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
