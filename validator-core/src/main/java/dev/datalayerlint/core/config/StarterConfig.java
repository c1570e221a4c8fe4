package dev.datalayerlint.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The commented starter configuration {@code datalayer-lint init} writes: every key with its default and a line on
 * what it does, so a team tunes a file instead of reading the docs first. YAML, because JSON has no comments. It
 * never overwrites a configuration file, whatever its name.
 */
public final class StarterConfig {

    /** The file name it is written under. */
    public static final String FILE_NAME = "datalayer-lint.yaml";

    private StarterConfig() {}

    /** The starter configuration's text. */
    public static String text() {
        try (InputStream in = StarterConfig.class.getResourceAsStream("starter.yaml")) {
            if (in == null) {
                throw new IllegalStateException("starter.yaml is missing from the datalayer-lint jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the starter configuration into {@code directory}.
     *
     * @return the file written
     * @throws ConfigException when the folder already has a configuration file, or the file cannot be written
     */
    public static Path write(Path directory) {
        for (String name : ConfigLoader.FILE_NAMES) {
            if (Files.exists(directory.resolve(name))) {
                throw new ConfigException(name + " already exists; init never overwrites a configuration file");
            }
        }
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.writeString(file, text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException(FILE_NAME + " already exists; init never overwrites a configuration file", e);
        } catch (IOException e) {
            throw new ConfigException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
