package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.FieldLocator;
import dev.datalayerlint.core.spi.Push;
import dev.datalayerlint.core.spi.PushSink;
import dev.datalayerlint.core.spi.RecordingReader;
import dev.datalayerlint.core.spi.RecordingSource;
import dev.datalayerlint.core.spi.SourceLocation;
import dev.datalayerlint.core.values.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON recording: a dump of {@code window.dataLayer} (an array of pushes) or a single push object. Each push
 * is located at the start of its value, and a finding about one of its fields at that field's key. The array is
 * streamed element by element, so a syntax error late in a big dump still leaves the earlier pushes validated. A HAR
 * file saved with a {@code .json} name is recognised by its content and read by {@link HarRecordingReader}.
 */
public final class JsonRecordingReader implements RecordingReader {

    @Override
    public void read(RecordingSource source, PushSink sink) {
        parse(source, () -> new ElementText(source.open()), sink, JsonRecordingReader::readPushes);
    }

    /** What a reader of one JSON document does with its parser. */
    @FunctionalInterface
    interface DocumentReader {
        void read(RecordingSource source, JsonParser parser, PushSink sink);
    }

    /**
     * Opens a JSON document and hands its parser to {@code body}; a syntax error, bad UTF-8 or an unreadable file
     * becomes a problem at its line and column, after whatever {@code body} reported before it.
     */
    static void parse(RecordingSource source, PushSink sink, DocumentReader body) {
        parse(source, source::open, sink, body);
    }

    /** How a reader of the source's text is opened. */
    @FunctionalInterface
    private interface Opener {
        Reader open() throws IOException;
    }

    private static void parse(RecordingSource source, Opener opener, PushSink sink, DocumentReader body) {
        try (Reader reader = opener.open();
                JsonParser parser = Json.MAPPER.createParser(reader)) {
            try {
                body.read(source, parser, sink);
            } catch (JacksonException e) {
                sink.problem(JsonProblems.of(source, e, 0, locate(source, parser.currentLocation())));
            }
        } catch (JacksonException e) {
            sink.problem(JsonProblems.of(source, e, 0, SourceLocation.of(source.name())));
        } catch (CharacterCodingException e) {
            sink.problem(InputRules.ENCODING, "file is not valid UTF-8", SourceLocation.of(source.name()));
        } catch (IOException e) {
            sink.problem(
                    InputRules.UNREADABLE,
                    "cannot read file: " + JsonProblems.reason(e),
                    SourceLocation.of(source.name()));
        }
    }

    private static void readPushes(RecordingSource source, JsonParser parser, PushSink sink) {
        int index = 0;
        ElementText text = (ElementText) parser.streamReadInputSource();
        JsonToken first = parser.nextToken();
        if (first == null) {
            sink.problem(
                    InputRules.EMPTY,
                    "file is empty: expected a JSON array of pushes or one push object",
                    SourceLocation.of(source.name()));
            return;
        }
        if (first == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                sink.push(readPush(source, parser, text, index++));
            }
        } else {
            Push push = readPush(source, parser, text, index++);
            if (HarRecordingReader.isHar(push.payload())) {
                // a HAR saved as .json: read again as one, for the location of each entry
                new HarRecordingReader().read(source, sink);
                return;
            }
            sink.push(push);
        }
        if (parser.nextToken() != null) {
            sink.problem(
                    InputRules.SYNTAX,
                    "unexpected content after the JSON value",
                    locate(source, parser.currentTokenLocation()));
        }
    }

    /** Reads the value the parser is at as a push whose fields are found in its own text, kept while it is read. */
    private static Push readPush(RecordingSource source, JsonParser parser, ElementText text, int index) {
        TokenStreamLocation start = parser.currentTokenLocation();
        SourceLocation at = locate(source, start);
        long offset = start.getCharOffset();
        text.startAt(offset);
        JsonNode payload = parser.readValueAsTree();
        String element = text.between(offset, parser.currentLocation().getCharOffset());
        FieldLocator fields = element == null
                ? FieldLocator.NONE
                : pointer -> JsonFieldFinder.find(new StringReader(element), at, pointer);
        return Push.fromJson(index, payload, at, fields);
    }

    static SourceLocation locate(RecordingSource source, TokenStreamLocation location) {
        return new SourceLocation(
                source.name(), Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
