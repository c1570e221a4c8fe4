package dev.datalayerlint.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of the tool, as reports must state which version judged a payload. */
public record ToolInfo(String name, String version) {

    public static final ToolInfo CURRENT = load();

    private static ToolInfo load() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // the version stays unknown; not worth failing a run for
        }
        return new ToolInfo("datalayer-lint", properties.getProperty("version", "dev"));
    }
}
