package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import dev.datalayerlint.core.values.Pointers;
import java.io.Reader;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds a JSON pointer's member in the text of one JSON value by streaming over it with Jackson's token locations,
 * skipping every member off the path unread. It runs only when a finding is made, over the one push the finding is
 * about, so reading a capture never builds an index of positions it will mostly not need.
 */
final class JsonFieldFinder {

    private JsonFieldFinder() {}

    /**
     * @param json the text of the push's value, from its first character
     * @param at where that first character stands in the file; positions found are moved onto the file
     * @param pointer an RFC 6901 pointer into the value
     * @return the key of the member the pointer names (the element itself in an array), or of the deepest member on
     *     its way that the text holds; empty when not even the first is there
     */
    static Optional<SourceLocation> find(Reader json, SourceLocation at, String pointer) {
        SourceLocation found = null;
        try (JsonParser parser = Json.MAPPER.createParser(json)) {
            JsonToken token = parser.nextToken();
            for (String segment : Pointers.tokens(pointer)) {
                TokenStreamLocation member = token == JsonToken.START_OBJECT
                        ? member(parser, segment)
                        : token == JsonToken.START_ARRAY ? element(parser, segment) : null;
                if (member == null) {
                    break;
                }
                found = onFile(at, member);
                token = parser.currentToken() == JsonToken.PROPERTY_NAME ? parser.nextToken() : parser.currentToken();
            }
        } catch (JacksonException unreadable) {
            // the text changed since it was read, or is cut: what was found so far stands
        }
        return Optional.ofNullable(found);
    }

    /** Moves the parser onto the property named {@code name} of the object it is at; null when there is none. */
    private static TokenStreamLocation member(JsonParser parser, String name) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            if (name.equals(parser.currentName())) {
                return parser.currentTokenLocation();
            }
            parser.nextToken();
            parser.skipChildren();
        }
        return null;
    }

    /** Moves the parser onto element {@code segment} of the array it is at; null when there is no such element. */
    private static TokenStreamLocation element(JsonParser parser, String segment) {
        int index = index(segment);
        for (int i = 0; index >= 0; i++) {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            if (i == index) {
                return parser.currentTokenLocation();
            }
            parser.skipChildren();
        }
        return null;
    }

    static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(segment);
    }

    private static SourceLocation onFile(SourceLocation at, TokenStreamLocation location) {
        int line = Math.max(1, location.getLineNr());
        int column = Math.max(1, location.getColumnNr());
        return new SourceLocation(at.file(), at.line() + line - 1, line == 1 ? at.column() + column - 1 : column);
    }
}
