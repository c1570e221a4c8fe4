package dev.datalayerlint.beam;

import dev.datalayerlint.core.api.CaptureLine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;

/**
 * Reads every file a glob matches on any Beam file system (local, {@code gs://}, {@code s3://} with its IO module on
 * the class path; {@code .gz} and other compressions by extension) into lines that keep their file and line number,
 * decoded line by line as {@code validate} decodes an NDJSON file. A file is read by one worker from start to end
 * (line numbers need that); parallelism comes from many files and, after the shuffle, from many recordings.
 *
 * <p>Local files below {@code baseDirectory} are named relative to it, as {@code validate} names them; other files by
 * their full resource id ({@code gs://bucket/day/part-1.ndjson}). A file without any line of content becomes one
 * blank line, so it is reported empty, as {@code validate} reports it.
 */
public final class ReadCaptureLines extends PTransform<PBegin, PCollection<CaptureLine>> {

    private final String glob;
    private final String baseDirectory;

    private ReadCaptureLines(String glob, String baseDirectory) {
        this.glob = glob;
        this.baseDirectory = baseDirectory;
    }

    /** @param baseDirectory absolute local folder file names are made relative to, or null for full names */
    public static ReadCaptureLines from(String glob, String baseDirectory) {
        return new ReadCaptureLines(glob, baseDirectory);
    }

    @Override
    public PCollection<CaptureLine> expand(PBegin begin) {
        return begin.apply("Match", FileIO.match().filepattern(glob))
                .apply("Open", FileIO.readMatches())
                .apply("ReadLines", ParDo.of(new ReadFn(baseDirectory)))
                .setCoder(CaptureLineCoder.INSTANCE);
    }

    private static final class ReadFn extends DoFn<FileIO.ReadableFile, CaptureLine> {
        private final String baseDirectory;

        ReadFn(String baseDirectory) {
            this.baseDirectory = baseDirectory;
        }

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, OutputReceiver<CaptureLine> out) throws IOException {
            String name = name(file.getMetadata().resourceId());
            boolean[] content = {false};
            try (InputStream in = Channels.newInputStream(file.open())) {
                CaptureLine.read(name, in, line -> {
                    if (!line.isBlank()) {
                        content[0] = true;
                        out.output(line);
                    }
                });
            }
            if (!content[0]) {
                out.output(CaptureLine.of(name, 1, ""));
            }
        }

        private String name(ResourceId resource) {
            String full = resource.toString();
            if (baseDirectory == null || !"file".equals(resource.getScheme())) {
                return full;
            }
            Path path = Path.of(full).toAbsolutePath().normalize();
            Path base = Path.of(baseDirectory);
            return path.startsWith(base) ? base.relativize(path).toString().replace('\\', '/') : full;
        }
    }
}
