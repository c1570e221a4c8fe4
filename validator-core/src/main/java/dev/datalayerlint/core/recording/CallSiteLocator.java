package dev.datalayerlint.core.recording;

import dev.datalayerlint.core.spi.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line and column in the recording where a push was made, from the stack of an {@code Error} created inside
 * the page environment's recording {@code push}. GraalJS prints a frame as {@code at fn (file:line:column)} or
 * {@code at file:line:column}, with the column of the called name ({@code push} in {@code window.dataLayer.push(},
 * {@code gtag} in {@code gtag(}), which is where an editor should jump.
 *
 * <p>Frames of the page environment (our {@code push}, our {@code gtag}, the dataLayer setter) are skipped. When a
 * recording's own {@code function gtag(){dataLayer.push(arguments);}} pushes its {@code arguments}, the frame inside
 * that function is skipped too, so the location is the {@code gtag(} call rather than the body of {@code gtag}.
 */
final class CallSiteLocator {

    private final String file;
    private final Pattern recordingFrame;

    CallSiteLocator(String file) {
        this.file = file;
        this.recordingFrame = Pattern.compile("^\\s*at (?:.* \\()?" + Pattern.quote(file) + ":(\\d+):(\\d+)\\)?\\s*$");
    }

    /**
     * @param stack the {@code Error.stack} text; its first frame is the page-environment function that created it
     * @param pushesOwnArguments the pushed value is an {@code arguments} object handed over by a direct call to
     *     {@code push}: if the caller is recording code, it is a user-defined gtag and its own caller is wanted
     */
    SourceLocation locate(String stack, boolean pushesOwnArguments) {
        List<Frame> frames = frames(stack);
        int start = 0;
        if (pushesOwnArguments && frames.size() > 2 && frames.get(1).inRecording()) {
            start = 2;
        }
        for (int i = start; i < frames.size(); i++) {
            if (frames.get(i).inRecording()) {
                return frames.get(i).location;
            }
        }
        // the caller of a user-defined gtag is outside the recording (eval, a timer): its own push call will do
        for (Frame frame : frames) {
            if (frame.inRecording()) {
                return frame.location;
            }
        }
        return SourceLocation.of(file);
    }

    private List<Frame> frames(String stack) {
        List<Frame> frames = new ArrayList<>();
        if (stack == null) {
            return frames;
        }
        String[] lines = stack.split("\n");
        for (int i = 1; i < lines.length; i++) { // line 0 is "Error"
            Matcher m = recordingFrame.matcher(lines[i]);
            frames.add(new Frame(
                    m.matches()
                            ? new SourceLocation(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                            : null));
        }
        return frames;
    }

    /** One stack frame; {@code location} is null for frames outside the recording. */
    private record Frame(SourceLocation location) {
        boolean inRecording() {
            return location != null;
        }
    }
}
