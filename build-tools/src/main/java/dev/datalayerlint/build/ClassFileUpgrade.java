package dev.datalayerlint.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a jar that are older than Java 6 (class file version 49 and below) as Java 8 class
 * files with stack map frames, in place, leaving every other entry as it is.
 *
 * <p>Why: picocli is compiled for Java 5. The JDK verifies such classes with the old type-inferencing verifier at run
 * time, so the JDK 25 AOT cache cannot link them ahead of time and stores none of them ("Unlinked class not supported
 * by AOTClassLinking"): its 173 classes were read from the jar on every start. The same bytecode with frames computed
 * by ASM is verified like any modern class and comes from the cache. The instructions are not changed; only the
 * version and the frames are, and the jar gets an entry ({@link #NOTICE}) that lists the class files changed.
 *
 * <p>Run by the CLI's build on its runnable jar: {@code ClassFileUpgrade <jar>}.
 */
public final class ClassFileUpgrade {

    /** The newest class file version the old verifier alone checks (Java 5). */
    static final int LAST_OLD_VERIFIER_VERSION = Opcodes.V1_5;

    private ClassFileUpgrade() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ClassFileUpgrade <jar>");
        }
        Path jar = Path.of(args[0]);
        int upgraded = upgradeInPlace(jar);
        System.out.println("class-file-upgrade: " + upgraded + " class files of " + jar.getFileName()
                + " raised to Java 8 with stack map frames");
    }

    /** Upgrades {@code jar}'s old class files, writing a new jar next to it and moving it over; returns how many. */
    public static int upgradeInPlace(Path jar) throws IOException {
        Path written = Files.createTempFile(jar.toAbsolutePath().getParent(), jar.getFileName() + ".", ".tmp");
        try {
            int upgraded;
            try (InputStream in = Files.newInputStream(jar);
                    OutputStream out = Files.newOutputStream(written)) {
                upgraded = upgrade(jar, in, out);
            }
            Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return upgraded;
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /**
     * Copies the jar read from {@code in} to {@code out}, entry by entry in the same order, upgrading old class files.
     * {@code classPath} is the same jar on disk, where ASM looks up the common super class of two types for a frame.
     */
    static int upgrade(Path classPath, InputStream in, OutputStream out) throws IOException {
        List<String> upgraded = new ArrayList<>();
        try (URLClassLoader types = new URLClassLoader(
                        new URL[] {classPath.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                ZipInputStream entries = new ZipInputStream(in);
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                byte[] bytes = entries.readAllBytes();
                if (entry.getName().endsWith(".class") && isOld(bytes)) {
                    bytes = upgrade(bytes, types);
                    upgraded.add(entry.getName());
                }
                ZipEntry written = new ZipEntry(entry.getName());
                if (entry.getLastModifiedTime() != null) {
                    written.setLastModifiedTime(entry.getLastModifiedTime());
                }
                copy.putNextEntry(written);
                copy.write(bytes);
                copy.closeEntry();
            }
            if (!upgraded.isEmpty()) {
                copy.putNextEntry(new ZipEntry(NOTICE));
                copy.write(notice(upgraded).getBytes(StandardCharsets.UTF_8));
                copy.closeEntry();
            }
        }
        return upgraded.size();
    }

    /** The jar entry that says which class files were changed and how (their licences ask modified files to say so). */
    static final String NOTICE = "META-INF/CLASS-FILE-UPGRADE.txt";

    private static String notice(List<String> upgraded) {
        return "The class files below were changed by the build of datalayer-lint (build-tools, ClassFileUpgrade):\n"
                + "their class file version was raised from Java 5 to Java 8 and stack map frames were added, so that\n"
                + "the JDK's AOT cache can hold them. Their members and instructions are unchanged.\n\n"
                + String.join("\n", upgraded) + "\n";
    }

    /** Whether a class file's major version is one the old verifier checks (below Java 6's 50). */
    static boolean isOld(byte[] classFile) {
        if (classFile.length < 8) {
            return false;
        }
        int major = (classFile[6] & 0xFF) << 8 | classFile[7] & 0xFF;
        return major <= LAST_OLD_VERIFIER_VERSION;
    }

    /** One class file as Java 8: same members and instructions, frames computed. */
    static byte[] upgrade(byte[] classFile, ClassLoader types) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types;
            }
        };
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public void visit(
                            int version,
                            int access,
                            String name,
                            String signature,
                            String superName,
                            String[] interfaces) {
                        super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
                    }
                },
                0);
        return writer.toByteArray();
    }
}
