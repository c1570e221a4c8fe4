package dev.datalayerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final StringWriter err = new StringWriter();
    private final ProgressLine line = new ProgressLine(new PrintWriter(err, true), now::get);

    private void after(long millis) {
        now.addAndGet(millis * 1_000_000);
    }

    @Test
    void aQuickRunPrintsNothing() {
        line.runStarted(2);
        line.fileStarted("a.json");
        after(300);
        line.fileDone("a.json", 10);
        line.fileStarted("b.json");
        after(300);
        line.fileDone("b.json", 20);
        line.finish();
        assertThat(err.toString()).isEmpty();
        assertThat(line.shown()).isFalse();
    }

    @Test
    void aLongRunShowsOneLineRewrittenInPlaceAndErasesIt() {
        line.runStarted(3);
        line.fileStarted("recordings/big.ndjson");
        after(1_200);
        for (long pushes = 1; pushes <= 1024; pushes++) {
            line.pushDone(pushes);
        }
        assertThat(err.toString()).startsWith("\r0/3 files, 256 pushes, 213 pushes/s  recordings/big.ndjson");
        after(800);
        line.fileDone("recordings/big.ndjson", 2000);
        assertThat(err.toString()).endsWith("\r1/3 files, 2,000 pushes, 1,000 pushes/s  recordings/big.ndjson");
        assertThat(err.toString()).doesNotContain("\n");
        line.finish();
        int width = "1/3 files, 2,000 pushes, 1,000 pushes/s  recordings/big.ndjson".length();
        assertThat(err.toString()).endsWith("\r" + " ".repeat(width) + "\r");
    }

    @Test
    void manyFilesShowSoonerAndLongNamesAreCut() {
        line.runStarted(40);
        after(250);
        String name = "recordings/" + "very-long-folder-name/".repeat(5) + "checkout.json";
        line.fileStarted(name);
        String shown = err.toString();
        assertThat(shown).startsWith("\r0/40 files, 0 pushes, 0 pushes/s  …").endsWith("checkout.json");
        assertThat(shown.length() - 1).isLessThanOrEqualTo(ProgressLine.WIDTH);
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        line.runStarted(1);
        after(1_500);
        line.fileStarted("a.json");
        int drawn = err.toString().length();
        after(50);
        line.fileDone("a.json", 5);
        assertThat(err.toString()).hasSize(drawn);
    }
}
