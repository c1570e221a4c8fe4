package dev.datalayerlint.core.linter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.linter.CommentScanner.Comment;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentScannerTest {

    private static List<String> texts(String src) {
        return CommentScanner.scan(src).stream().map(Comment::text).toList();
    }

    @Test
    void findsLineAndBlockCommentsWithTheirPlaces() {
        List<Comment> comments = CommentScanner.scan("a(); // one\n/* two\n three */ b();\r\nc(); /**/");
        assertThat(comments)
                .containsExactly(
                        new Comment(" one", false, 1, 6, 1, 12),
                        new Comment(" two\n three ", true, 2, 1, 3, 10),
                        new Comment("", true, 4, 6, 4, 10));
    }

    @Test
    void skipsStringsTemplatesAndRegularExpressions() {
        String src = """
                dataLayer.push({page: "https://shop.example/a//b", path: '/* not */', t: `x // ${"}"} /* no */`});
                var r = /\\/\\/[/*]x/g; // real
                var d = 4 / 2 / 1; /* real too */
                var n = `outer ${ `inner ${ 1 } // no` } // no`; // yes
                """;
        assertThat(texts(src)).containsExactly(" real", " real too ", " yes");
    }

    @Test
    void unterminatedTextEndsTheScanQuietly() {
        assertThat(texts("var s = 'open\n// after")).containsExactly(" after");
        assertThat(texts("/* never closed")).containsExactly(" never closed");
        assertThat(texts("`never closed // no")).isEmpty();
    }
}
