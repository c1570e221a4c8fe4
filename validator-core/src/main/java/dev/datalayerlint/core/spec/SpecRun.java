package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.contract.ContractCatalog;
import dev.datalayerlint.core.recording.JsSyntax;
import dev.datalayerlint.core.spi.FileSummary;
import dev.datalayerlint.core.spi.Finding;
import dev.datalayerlint.core.spi.Report;
import dev.datalayerlint.core.spi.RuleConfig;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.spi.Summary;
import dev.datalayerlint.core.spi.ToolInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code spec lint} over files and folders: reads every {@code .md} page (a folder as a whole, so links between its
 * pages resolve), lints each page and gathers the findings into a {@link Report} the usual reporters render. A link
 * starting with {@code /} is resolved from the folder being linted, or from any folder above a single page.
 */
public final class SpecRun {

    private final Path baseDirectory;
    private final SpecReader reader = new SpecReader();
    private final List<Path> roots = new ArrayList<>();
    private final Map<Path, SpecPage> pages = new LinkedHashMap<>();
    private final Map<Path, SpecPage> linked = new HashMap<>();
    private final Map<SpecPage, Path> paths = new HashMap<>();
    private final List<Finding> problems = new ArrayList<>();
    private JsSyntax syntax;

    /** @param baseDirectory file names in findings are relative to it */
    public SpecRun(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** Lints the pages under {@code inputs} (files or folders, which must exist) with every rule at its default. */
    public Report lint(List<Path> inputs) {
        return lint(inputs, RuleConfig.DEFAULTS);
    }

    /**
     * Lints the pages under {@code inputs} (files or folders, which must exist) with the team's rule configuration:
     * rules switched off report nothing, configured severities replace the defaults.
     */
    public Report lint(List<Path> inputs, RuleConfig config) {
        load(inputs);
        SpecLinter linter = new SpecLinter(this::follow, config);
        List<Finding> findings = new ArrayList<>();
        for (Finding problem : problems) {
            if (!config.isOff(problem.ruleId())) {
                findings.add(Finding.builder(
                                problem.ruleId(),
                                config.severity(problem.ruleId(), problem.severity()),
                                problem.message(),
                                problem.location())
                        .build());
            }
        }
        List<FileSummary> files = new ArrayList<>();
        long pushes = 0;
        for (SpecPage page : pages.values()) {
            findings.addAll(linter.lint(page));
            int count = page.codeBlock().map(c -> c.pushes().size()).orElse(0);
            pushes += count;
            files.add(new FileSummary(page.file(), count));
        }
        findings.sort(Finding.BY_LOCATION);
        return new Report(ToolInfo.CURRENT, findings, Summary.of(pages.size(), pushes, findings), files);
    }

    /**
     * Compiles every page under {@code inputs} that has a variable table, and every page their type links lead to,
     * into contracts; pages without a table are skipped.
     */
    public List<CompiledSchema> compile(List<Path> inputs) {
        load(inputs);
        List<CompiledSchema> compiled = new ArrayList<>();
        Deque<SpecPage> todo = new ArrayDeque<>(pages.values());
        Set<SpecPage> done = new HashSet<>();
        while (!todo.isEmpty()) {
            SpecPage page = todo.poll();
            if (!page.hasTable() || !done.add(page)) {
                continue;
            }
            compiled.add(ContractCompiler.compile(
                    page,
                    id(page),
                    (from, target) -> follow(from, target)
                            .filter(SpecPage::hasTable)
                            .map(linkedPage -> {
                                todo.add(linkedPage);
                                return ContractCatalog.BASE + id(linkedPage) + ".json";
                            })
                            .orElse(null)));
        }
        compiled.sort(java.util.Comparator.comparing(CompiledSchema::id));
        return compiled;
    }

    /** Pages that could not be read, as findings ({@code spec.unreadable}); filled by {@link #lint} and {@link #compile}. */
    public List<Finding> problems() {
        return List.copyOf(problems);
    }

    private void load(List<Path> inputs) {
        try (JsSyntax syntax = new JsSyntax()) {
            this.syntax = syntax;
            loadAll(inputs);
        } finally {
            this.syntax = null;
        }
    }

    private void loadAll(List<Path> inputs) {
        for (Path input : inputs) {
            Path absolute = baseDirectory.resolve(input).toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                roots.add(absolute);
                for (Path file : markdownFiles(absolute)) {
                    read(file).ifPresent(page -> pages.put(file, page));
                }
            } else {
                read(absolute).ifPresent(page -> pages.put(absolute, page));
            }
        }
    }

    /** The contract id of a page: from its path in the linted folder, else below the working directory. */
    private String id(SpecPage page) {
        Path file = paths.get(page);
        String path = page.file();
        if (file != null) {
            Path root = roots.stream().filter(file::startsWith).findFirst().orElse(null);
            Path relative = root != null
                    ? root.relativize(file)
                    : file.startsWith(baseDirectory) ? baseDirectory.relativize(file) : file.getFileName();
            path = relative.toString().replace('\\', '/');
        }
        return ContractCompiler.id(page, path);
    }

    private Optional<SpecPage> follow(SpecPage from, String target) {
        Path page = paths.get(from);
        if (page == null || target.isEmpty()) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        if (target.startsWith("/")) {
            String relative = target.replaceFirst("^/+", "");
            List<Path> bases = roots.stream().filter(page::startsWith).toList();
            if (bases.isEmpty()) {
                for (Path dir = page.getParent(); dir != null; dir = dir.getParent()) {
                    candidates.add(dir.resolve(relative));
                }
            } else {
                bases.forEach(base -> candidates.add(base.resolve(relative)));
            }
        } else {
            candidates.add(page.resolveSibling(target));
        }
        for (Path candidate : candidates) {
            Path normalized = candidate.normalize();
            if (Files.isRegularFile(normalized)) {
                return Optional.of(linkedPage(normalized));
            }
            if (Files.isDirectory(normalized)) {
                return Optional.of(new SpecPage(display(normalized), null, 0, List.of(), null, List.of()));
            }
        }
        return Optional.empty();
    }

    /** The page at {@code file}, read once even when it was not among the inputs. */
    private SpecPage linkedPage(Path file) {
        SpecPage known = pages.get(file);
        if (known != null) {
            return known;
        }
        return linked.computeIfAbsent(
                file, f -> read(f).orElseGet(() -> new SpecPage(display(f), null, 0, List.of(), null, List.of())));
    }

    private Optional<SpecPage> read(Path file) {
        String name = display(file);
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            problem(name, "the page is not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            problem(name, "cannot read the page: " + e.getMessage());
            return Optional.empty();
        }
        SpecPage page = syntax != null ? reader.read(name, text, syntax) : reader.read(name, text);
        paths.put(page, file);
        return Optional.of(page);
    }

    private void problem(String name, String message) {
        problems.add(Finding.builder(
                        SpecRules.UNREADABLE.id(),
                        SpecRules.UNREADABLE.defaultSeverity(),
                        message,
                        SourceLocation.of(name))
                .build());
    }

    private String display(Path file) {
        Path shown = file.startsWith(baseDirectory) ? baseDirectory.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private static List<Path> markdownFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> folder.relativize(f).toString().chars().noneMatch(c -> c == '~')
                            && !hidden(folder.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
