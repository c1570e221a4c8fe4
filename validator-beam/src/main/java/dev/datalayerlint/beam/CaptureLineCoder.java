package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.CaptureLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * Encodes a {@link CaptureLine} for the shuffle: every line of a capture crosses it once, so it is written field by
 * field rather than with Java serialisation (several times larger and slower).
 */
final class CaptureLineCoder extends AtomicCoder<CaptureLine> {

    static final CaptureLineCoder INSTANCE = new CaptureLineCoder();

    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final BooleanCoder BOOLEAN = BooleanCoder.of();

    private CaptureLineCoder() {}

    @Override
    public void encode(CaptureLine line, OutputStream out) throws IOException {
        STRING.encode(line.file(), out);
        INT.encode(line.line(), out);
        BOOLEAN.encode(line.text() != null, out);
        if (line.text() != null) {
            STRING.encode(line.text(), out);
        } else {
            INT.encode(line.badColumn(), out);
        }
    }

    @Override
    public CaptureLine decode(InputStream in) throws IOException {
        String file = STRING.decode(in);
        int number = INT.decode(in);
        if (BOOLEAN.decode(in)) {
            return CaptureLine.of(file, number, STRING.decode(in));
        }
        return new CaptureLine(file, number, null, INT.decode(in));
    }

    @Override
    public void verifyDeterministic() {}
}
