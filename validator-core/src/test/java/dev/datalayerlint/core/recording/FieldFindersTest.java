package dev.datalayerlint.core.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.datalayerlint.core.spi.PushKind;
import dev.datalayerlint.core.spi.SourceLocation;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a pointer's member is written, in JSON text and in a script's push literals, and what happens otherwise. */
class FieldFindersTest {

    private static Optional<SourceLocation> json(String text, String pointer) {
        return JsonFieldFinder.find(new StringReader(text), new SourceLocation("f.json", 3, 5), pointer);
    }

    @Test
    void jsonMembersAndElementsAreFoundAtTheirKeysMovedOntoTheFile() {
        String text = "{\"a\": 1,\n \"e\": {\"items\": [{\"q\": 1}, {\"q\": \"2\"}]}}";
        assertThat(json(text, "/a")).contains(new SourceLocation("f.json", 3, 6));
        assertThat(json(text, "/e/items/1/q")).contains(new SourceLocation("f.json", 4, 29));
        assertThat(json(text, "/e/items/1")).contains(new SourceLocation("f.json", 4, 28));
    }

    @Test
    void aMissingMemberGivesItsParentAndNothingGivesEmpty() {
        String text = "{\"e\": {\"items\": []}}";
        assertThat(json(text, "/e/currency")).contains(new SourceLocation("f.json", 3, 6));
        assertThat(json(text, "/e/items/0")).contains(new SourceLocation("f.json", 3, 12));
        assertThat(json(text, "/nothing")).isEmpty();
        assertThat(json("{\"e\": {\"a\": 1}, \"f\": ", "/e/x")).contains(new SourceLocation("f.json", 3, 6)); // cut
    }

    private static Optional<SourceLocation> script(String code, int line, int column, PushKind kind, String pointer) {
        return new ScriptFieldFinder(code, "r.js").find(new SourceLocation("r.js", line, column), kind, pointer);
    }

    @Test
    void objectLiteralKeysAreFoundOverStringsCommentsAndTemplates() {
        String code = """
                dataLayer.push({ // a comment with { and "
                  event: `x${ {a: 1}.a }`,
                  'name': "a, b } c",
                  /* skipped: { */ ecommerce: { "value": 1.005, items: [ , { qty: 1 }] }
                });
                """;
        assertThat(script(code, 1, 11, PushKind.OBJECT, "/name")).contains(new SourceLocation("r.js", 3, 3));
        assertThat(script(code, 1, 11, PushKind.OBJECT, "/ecommerce/value"))
                .contains(new SourceLocation("r.js", 4, 33));
        assertThat(script(code, 1, 11, PushKind.OBJECT, "/ecommerce/items/1/qty"))
                .contains(new SourceLocation("r.js", 4, 62));
    }

    @Test
    void gtagArgumentsAreIndexedByThePointersFirstToken() {
        String code = "gtag('event', 'refund', {\n  currency: 'usd'\n});";
        assertThat(script(code, 1, 1, PushKind.GTAG, "/2/currency")).contains(new SourceLocation("r.js", 2, 3));
        assertThat(script(code, 1, 1, PushKind.GTAG, "/1")).contains(new SourceLocation("r.js", 1, 15));
    }

    @Test
    void whatIsNotALiteralEndsTheWalkAtTheDeepestKeyFound() {
        String code =
                "dataLayer.push({ecommerce: data, ...rest});\ndataLayer.push(push);\ndataLayer.push({a: 1}, {b: 2});";
        assertThat(script(code, 1, 11, PushKind.OBJECT, "/ecommerce/value"))
                .contains(new SourceLocation("r.js", 1, 17));
        assertThat(script(code, 1, 11, PushKind.OBJECT, "/event")).isEmpty(); // maybe in the spread
        assertThat(script(code, 2, 11, PushKind.OBJECT, "/event")).isEmpty();
        assertThat(script(code, 3, 11, PushKind.OBJECT, "/b")).isEmpty(); // two pushes share one call
        assertThat(script(code, 9, 1, PushKind.OBJECT, "/b")).isEmpty(); // past the end
        assertThat(script("dataLayer.push({a: [1, 2", 1, 11, PushKind.OBJECT, "/a/5"))
                .isEmpty(); // an unclosed call is not read
    }
}
