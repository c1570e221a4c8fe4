package dev.datalayerlint.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class GlobMatcherTest {

    private static final List<String> GLOBS = List.of(
            "*.json",
            "**.json",
            "**/*.json",
            "legacy/**",
            "legacy",
            "a?c.json",
            "[ab]*.ndjson",
            "[!ab]*.ndjson",
            "[a-c]x",
            "[a-]x",
            "[-a]x",
            "[^a]x",
            "{a,b}/*.js",
            "{a,}x",
            "x{,.tmp}.json",
            "*.{json,ndjson}",
            "\\*.json",
            "a\\{b",
            "a,b}",
            "**/deep/**/*.js",
            "*",
            "**",
            "🛒?.json",
            "é*");

    private static final List<String> PATHS = List.of(
            "a.json",
            "dir/a.json",
            "dir/sub/a.json",
            "legacy",
            "legacy/old.json",
            "abc.json",
            "a/c.json",
            "b1.ndjson",
            "c1.ndjson",
            "ax",
            "-x",
            "^x",
            "bx",
            "/x",
            "a/r.js",
            "b/r.js",
            "c/r.js",
            "x",
            "x.json",
            "x.tmp.json",
            "x.ndjson",
            "*.json",
            "a{b",
            "a,b}",
            "deep/q/w/e.js",
            "z/deep/e.js",
            "",
            "🛒1.json",
            "🛒🛒.json",
            "ééé/x");

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void matchesExactlyWhatThePlatformsGlobMatcherMatches() {
        for (String glob : GLOBS) {
            PathMatcher platform = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            GlobMatcher ours = new GlobMatcher(glob);
            for (String path : PATHS) {
                assertThat(ours.matches(path))
                        .as("%s against %s", glob, path)
                        .isEqualTo(platform.matches(Path.of(path)));
            }
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a guard against a hang, far above the milliseconds it takes
    void anIgnoreGlobWithManyDoubleStarsAgainstALongPathDoesNotHang() {
        String glob = "**a".repeat(30) + "**b";
        String path = "a".repeat(200);
        assertThat(new GlobMatcher(glob).matches(path)).isFalse();
        assertThat(new GlobMatcher(glob).matches(path + "b")).isTrue();
        assertThat(new PathIgnores(List.of(glob)).ignores(Path.of(path))).isFalse();
    }

    @Test
    void rejectsWhatThePlatformRejects() {
        for (String glob : List.of("{a,{b}}", "[a", "[a/b]", "[c-a]", "x\\", "{a")) {
            assertThatThrownBy(() -> new GlobMatcher(glob)).as(glob).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> PathIgnores.checkGlob(glob)).as(glob).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
