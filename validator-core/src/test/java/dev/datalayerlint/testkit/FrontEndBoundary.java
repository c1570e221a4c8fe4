package dev.datalayerlint.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;

/**
 * The core exports two packages, {@code api} and {@code spi}; everything else in it may change in any release. A
 * front end (the CLI, the Maven plugin, a pipeline) that reached past them would tie itself to internals, so each
 * front end's tests run this check over its own compiled classes.
 */
public final class FrontEndBoundary {

    private static final String CORE = "dev.datalayerlint.core.";

    private static final DescribedPredicate<JavaClass> CORE_INTERNALS = DescribedPredicate.describe(
            "are core internals (outside dev.datalayerlint.core.api and .spi)",
            c -> c.getPackageName().startsWith(CORE)
                    && !c.getPackageName().startsWith(CORE + "api")
                    && !c.getPackageName().startsWith(CORE + "spi"));

    private FrontEndBoundary() {}

    /** Fails, naming every offending dependency, when a class under {@code classes} uses a core internal. */
    public static void check(Path classes) {
        noClasses()
                .should()
                .dependOnClassesThat(CORE_INTERNALS)
                .because("front ends use only the core's exported api and spi packages")
                .check(new ClassFileImporter().importPath(classes));
    }
}
