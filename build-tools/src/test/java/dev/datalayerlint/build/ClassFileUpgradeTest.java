package dev.datalayerlint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The upgrade on the real picocli jar: every Java 5 class file comes out as Java 8, every class then passes the
 * modern verifier and picocli still parses a command line, and every other entry is copied byte for byte.
 */
class ClassFileUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void picocliComesOutAsJava8AndEveryOtherEntryAsItWas() throws Exception {
        Path jar = copyOfPicocli();
        Map<String, byte[]> before = entries(jar);
        assertThat(before.values().stream().filter(ClassFileUpgrade::isOld)).hasSizeGreaterThan(100);

        int upgraded = ClassFileUpgrade.upgradeInPlace(jar);

        Map<String, byte[]> after = entries(jar);
        List<String> expected = new ArrayList<>(before.keySet()); // same entries, same order, and the notice
        expected.add(ClassFileUpgrade.NOTICE);
        assertThat(after.keySet()).containsExactlyElementsOf(expected);
        assertThat(new String(after.remove(ClassFileUpgrade.NOTICE), StandardCharsets.UTF_8))
                .contains("raised from Java 5 to Java 8")
                .contains("\npicocli/CommandLine.class\n");
        assertThat(upgraded)
                .isEqualTo(
                        before.values().stream().filter(ClassFileUpgrade::isOld).count());
        for (Map.Entry<String, byte[]> entry : after.entrySet()) {
            byte[] old = before.get(entry.getKey());
            if (ClassFileUpgrade.isOld(old)) {
                assertThat(majorVersion(entry.getValue())).as(entry.getKey()).isEqualTo(52);
            } else {
                assertThat(entry.getValue()).as(entry.getKey()).isEqualTo(old);
            }
        }
        assertThat(Files.list(dir)).containsExactly(jar); // the temporary file was moved over the jar
    }

    @Test
    void theUpgradedClassesPassTheVerifierAndStillParseACommandLine() throws Exception {
        Path jar = copyOfPicocli();
        ClassFileUpgrade.upgradeInPlace(jar);

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : classNames(jar)) {
                Class.forName(name, true, loader); // links, so verifies, each class: a bad frame fails here
            }
            Class<?> specClass = loader.loadClass("picocli.CommandLine$Model$CommandSpec");
            Class<?> optionClass = loader.loadClass("picocli.CommandLine$Model$OptionSpec");
            Object spec = specClass.getMethod("create").invoke(null);
            Object names = Array.newInstance(String.class, 1);
            Array.set(names, 0, "--count");
            Object builder = optionClass.getMethod("builder", String[].class).invoke(null, names);
            Method type = builder.getClass().getMethod("type", Class.class);
            type.setAccessible(true); // declared by a builder class that is not public
            type.invoke(builder, int.class);
            Object option = builder.getClass().getMethod("build").invoke(builder);
            specClass.getMethod("addOption", optionClass).invoke(spec, option);
            Object commandLine = loader.loadClass("picocli.CommandLine")
                    .getConstructor(Object.class)
                    .newInstance(spec);
            Method parseArgs = commandLine.getClass().getMethod("parseArgs", String[].class);
            parseArgs.invoke(commandLine, (Object) new String[] {"--count", "3"});

            assertThat(optionClass.getMethod("getValue").invoke(option)).isEqualTo(3);
        }
    }

    private Path copyOfPicocli() throws IOException, URISyntaxException {
        Path original = Path.of(CommandLine.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return Files.copy(original, dir.resolve("picocli.jar"));
    }

    private static Map<String, byte[]> entries(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    private static List<String> classNames(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        for (String entry : entries(jar).keySet()) {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    private static int majorVersion(byte[] classFile) {
        return (classFile[6] & 0xFF) << 8 | classFile[7] & 0xFF;
    }
}
