package dev.datalayerlint.core.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dev.datalayerlint.core.values.PlantedBackEdge;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The core's packages are layered in one direction, and this test is what keeps them so: values → spi → checks and
 * readers → catalog → linter → run, reports, config and
 * browser capture → api. A class may use its own layer and the layers below.
 * Every package must belong to a layer, so a new package has to be placed on purpose.
 */
class LayeringTest {

    private static final String CORE = "dev.datalayerlint.core";

    /** The layers, bottom first; each lists the packages (below {@code dev.datalayerlint.core}) it holds. */
    static final String[][] LAYERS = {
        {"values"},
        {"spi"},
        {"model", "contract", "rules", "recording"},
        {"catalog", "spec"},
        {"linter"},
        {"run", "report", "config", "capture"},
        {"api"},
    };

    /** The core's own classes, read from the build's output folder (scanning the class path takes far longer). */
    private static final Path CLASSES = Path.of("target", "classes");

    private static final JavaClasses MAIN = new ClassFileImporter().importPath(CLASSES);

    static LayeredArchitecture layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (int i = 0; i < LAYERS.length; i++) {
            architecture = architecture.layer(name(i)).definedBy(packages(LAYERS[i]));
        }
        for (int i = 0; i < LAYERS.length - 1; i++) {
            String[] above = new String[LAYERS.length - 1 - i];
            for (int j = i + 1; j < LAYERS.length; j++) {
                above[j - i - 1] = name(j);
            }
            architecture = architecture.whereLayer(name(i)).mayOnlyBeAccessedByLayers(above);
        }
        return architecture.whereLayer(name(LAYERS.length - 1)).mayNotBeAccessedByAnyLayer();
    }

    private static final ArchRule NO_CYCLES =
            slices().matching(CORE + ".(*)..").should().beFreeOfCycles();

    @Test
    void packagesDependOnlyOnLayersBelowThem() {
        layers().check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void everyPackageBelongsToALayer() {
        Set<String> layered = new TreeSet<>();
        for (String[] layer : LAYERS) {
            for (String pkg : layer) {
                layered.add(CORE + "." + pkg);
            }
        }
        Set<String> unplaced = new TreeSet<>();
        MAIN.forEach(c -> {
            String pkg = c.getPackageName();
            String top = pkg.length() > CORE.length()
                    ? pkg.substring(
                            0,
                            pkg.indexOf('.', CORE.length() + 1) < 0
                                    ? pkg.length()
                                    : pkg.indexOf('.', CORE.length() + 1))
                    : pkg;
            if (!layered.contains(top)) {
                unplaced.add(pkg);
            }
        });
        assertThat(unplaced)
                .as("packages outside every layer of " + getClass().getSimpleName())
                .isEmpty();
    }

    /**
     * The exported packages' public signatures name only exported types (and the JDK's and Jackson's), so a caller
     * never has to import an internal class to use them.
     */
    @Test
    void exportedPackagesExposeNoInternalType() {
        Set<String> leaks = new TreeSet<>();
        MAIN.stream()
                .filter(c -> exported(c.getPackageName()) && c.getModifiers().contains(JavaModifier.PUBLIC))
                .forEach(c -> {
                    c.getMethods().stream()
                            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                            .forEach(m -> {
                                m.getRawReturnType().getAllInvolvedRawTypes().forEach(t -> leak(leaks, m, t));
                                m.getParameters()
                                        .forEach(p -> p.getType()
                                                .getAllInvolvedRawTypes()
                                                .forEach(t -> leak(leaks, m, t)));
                            });
                    c.getConstructors().stream()
                            .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
                            .forEach(k -> k.getRawParameterTypes().forEach(t -> leak(leaks, k, t)));
                });
        assertThat(leaks)
                .as("internal types in the public signatures of api and spi")
                .isEmpty();
    }

    private static boolean exported(String pkg) {
        return pkg.startsWith(CORE + ".api") || pkg.startsWith(CORE + ".spi");
    }

    private static void leak(Set<String> leaks, JavaCodeUnit member, JavaClass type) {
        String pkg = type.getBaseComponentType().getPackageName();
        if (pkg.startsWith(CORE + ".") && !exported(pkg)) {
            leaks.add(member.getFullName() + " uses " + type.getName());
        }
    }

    @Test
    void aPlantedBackEdgeFailsTheBuild() {
        JavaClasses withBackEdge = new ClassFileImporter()
                .importLocations(Set.of(
                        Location.of(CLASSES),
                        Locations.ofClass(PlantedBackEdge.class).iterator().next()))
                .that(DescribedPredicate.describe(
                        "main classes and the planted back edge",
                        c -> MAIN.contain(c.getName()) || c.isEquivalentTo(PlantedBackEdge.class)));
        assertThat(MAIN.contain(PlantedBackEdge.class)).isFalse();
        assertThat(withBackEdge.contain(PlantedBackEdge.class)).isTrue();
        assertThatThrownBy(() -> layers().check(withBackEdge))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(PlantedBackEdge.class.getName());
        assertThatThrownBy(() -> NO_CYCLES.check(withBackEdge))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(PlantedBackEdge.class.getName());
    }

    private static String name(int layer) {
        return String.join("+", LAYERS[layer]);
    }

    private static String[] packages(String[] names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = CORE + "." + names[i] + "..";
        }
        return packages;
    }
}
