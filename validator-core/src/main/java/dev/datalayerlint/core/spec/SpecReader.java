package dev.datalayerlint.core.spec;

import dev.datalayerlint.core.recording.JsSyntax;
import dev.datalayerlint.core.spi.InputProblem;
import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a tagging-spec page (Markdown) into a {@link SpecPage}: commonmark-java with its GFM tables extension and
 * source spans on, so every row, cell and code line keeps its place in the page. The variable table is the first
 * table with a field column; the code block is the first fenced block after a heading that names code (else the
 * first {@code js} block). The code is parsed by GraalJS, never run. Thread-safe.
 */
public final class SpecReader {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Reads one page; never throws for any Markdown text. */
    public SpecPage read(String file, String markdown) {
        try (JsSyntax syntax = new JsSyntax()) {
            return read(file, markdown, syntax);
        }
    }

    /** Reads one page, parsing its code with {@code syntax} (one checker serves many pages of one thread). */
    public SpecPage read(String file, String markdown, JsSyntax syntax) {
        Node document = PARSER.parse(markdown);
        Collector collector = new Collector();
        document.accept(collector);
        SpecCode code = collector.code == null ? null : code(file, collector.code, syntax);
        SchemaExtensions extensions = null;
        if (collector.extensions != null) {
            FencedCodeBlock block = collector.extensions;
            extensions = new SchemaExtensions(
                    block.getLiteral(), block.getSourceSpans().get(0).getLineIndex() + 2, block.getFenceIndent() + 1);
        }
        return new SpecPage(
                file,
                collector.title,
                collector.tableLine,
                collector.rows,
                code,
                collector.links,
                extensions,
                SpecSuppressions.of(collector.comments));
    }

    private static SpecCode code(String file, FencedCodeBlock block, JsSyntax syntax) {
        SourceSpan fence = block.getSourceSpans().get(0);
        int firstLine = fence.getLineIndex() + 2;
        int columnOffset = block.getFenceIndent();
        String text = block.getLiteral();
        Optional<InputProblem> problem = syntax.check(file, text);
        if (problem.isPresent()) {
            SourceLocation inCode = problem.get().location();
            int line = inCode.line() > 0 ? firstLine + inCode.line() - 1 : firstLine;
            SourceLocation inPage = new SourceLocation(file, line, columnOffset + Math.max(1, inCode.column()));
            return new SpecCode(
                    text, firstLine, new SpecCode.SyntaxError(problem.get().message(), inPage), List.of());
        }
        return new SpecCode(text, firstLine, null, PushLiteralReader.read(text, firstLine, columnOffset));
    }

    /** One pass over the document: title, links, the first variable table, the code block. */
    private static final class Collector extends AbstractVisitor {
        String title;
        int tableLine;
        final List<SpecRow> rows = new ArrayList<>();
        final List<SpecLink> links = new ArrayList<>();
        FencedCodeBlock code;
        FencedCodeBlock extensions;
        final List<SpecSuppressions.Comment> comments = new ArrayList<>();
        private boolean underCodeHeading;
        private boolean underExtensionsHeading;

        @Override
        public void visit(Heading heading) {
            String text = text(heading);
            if (heading.getLevel() == 1 && title == null) {
                title = text;
            }
            underCodeHeading = text.toLowerCase(Locale.ROOT).contains("code");
            underExtensionsHeading = text.toLowerCase(Locale.ROOT).contains(SchemaExtensions.HEADING);
            visitChildren(heading);
        }

        @Override
        public void visit(FencedCodeBlock block) {
            String info = block.getInfo() == null ? "" : block.getInfo().strip().toLowerCase(Locale.ROOT);
            String language = info.split("\\s+", 2)[0];
            boolean javascript = language.equals("js")
                    || language.equals("javascript")
                    || language.equals("jsx")
                    || language.equals("mjs");
            if (underExtensionsHeading && !javascript) {
                if (extensions == null) {
                    extensions = block;
                }
                return;
            }
            if (code == null && (underCodeHeading || javascript)) {
                code = block;
            } else if (code != null && !underCodeHeading(code) && underCodeHeading) {
                code = block;
            }
        }

        private boolean underCodeHeading(FencedCodeBlock block) {
            for (Node n = block.getPrevious(); n != null; n = n.getPrevious()) {
                if (n instanceof Heading h) {
                    return text(h).toLowerCase(Locale.ROOT).contains("code");
                }
            }
            return false;
        }

        @Override
        public void visit(HtmlBlock block) {
            comments(block.getLiteral(), first(block));
        }

        @Override
        public void visit(HtmlInline html) {
            comments(html.getLiteral(), first(html));
        }

        /** The HTML comments in {@code html}, which starts at {@code span}, placed in the page. */
        private void comments(String html, SourceSpan span) {
            for (int start = html.indexOf("<!--"); start >= 0; start = html.indexOf("<!--", start + 4)) {
                int end = html.indexOf("-->", start + 4);
                if (end < 0) {
                    return;
                }
                int[] from = place(html, start, span);
                int[] to = place(html, end + 3, span);
                comments.add(
                        new SpecSuppressions.Comment(html.substring(start + 4, end), from[0], from[1], to[0], to[1]));
                start = end;
            }
        }

        /** The 1-based page line and column of offset {@code index} of a text that starts at {@code span}. */
        private static int[] place(String text, int index, SourceSpan span) {
            int line = span.getLineIndex() + 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = index - lineStart + 1 + (lineStart == 0 ? span.getColumnIndex() : 0);
            return new int[] {line, column};
        }

        @Override
        public void visit(Link link) {
            SourceSpan span = first(link);
            links.add(new SpecLink(link.getDestination(), span.getLineIndex() + 1, span.getColumnIndex() + 1));
            visitChildren(link);
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof TableBlock table && tableLine == 0) {
                readTable(table);
            }
            visitChildren(block);
        }

        private void readTable(TableBlock table) {
            List<TableRow> tableRows = new ArrayList<>();
            TableRow header = null;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r) {
                        if (section instanceof TableHead && header == null) {
                            header = r;
                        } else {
                            tableRows.add(r);
                        }
                    }
                }
            }
            if (header == null) {
                return;
            }
            List<SpecColumn> columns = new ArrayList<>();
            for (Node cell = header.getFirstChild(); cell != null; cell = cell.getNext()) {
                columns.add(SpecColumn.ofHeader(text(cell)).orElse(null));
            }
            if (!columns.contains(SpecColumn.FIELD)) {
                return;
            }
            tableLine = first(header).getLineIndex() + 1;
            for (TableRow row : tableRows) {
                Map<SpecColumn, SpecCell> cells = new EnumMap<>(SpecColumn.class);
                int index = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), index++) {
                    if (cell instanceof TableCell c && index < columns.size() && columns.get(index) != null) {
                        cells.putIfAbsent(columns.get(index), cell(c));
                    }
                }
                SourceSpan span = first(row);
                SpecRow specRow = new SpecRow(span.getLineIndex() + 1, span.getColumnIndex() + 1, cells);
                if (specRow.field() != null) {
                    rows.add(specRow);
                }
            }
        }

        private static SpecCell cell(TableCell cell) {
            List<String> codeSpans = new ArrayList<>();
            String[] link = {null};
            cell.accept(new AbstractVisitor() {
                @Override
                public void visit(Code code) {
                    codeSpans.add(code.getLiteral().strip());
                }

                @Override
                public void visit(Link l) {
                    if (link[0] == null) {
                        link[0] = l.getDestination();
                    }
                    visitChildren(l);
                }
            });
            SourceSpan span = first(cell);
            return new SpecCell(text(cell), codeSpans, link[0], span.getLineIndex() + 1, span.getColumnIndex() + 1);
        }
    }

    /** The visible text under a node: text and code literals, link texts, without Markdown syntax. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip();
    }

    private static SourceSpan first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (!parent.getSourceSpans().isEmpty()) {
                    return parent.getSourceSpans().get(0);
                }
            }
            return SourceSpan.of(0, 0, 0, 0);
        }
        return spans.get(0);
    }
}
