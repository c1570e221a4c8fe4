package dev.datalayerlint.bench;

import dev.datalayerlint.core.model.DataLayerModel;
import dev.datalayerlint.core.spi.Push;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** GTM's model merge (data-layer-helper's rules) replayed over a 1,000-push shop session, per push. */
public class ModelMergeBench extends BenchSettings {

    static final int PUSHES = 1_000;

    private List<Push> session;

    @Setup
    public void setUp() {
        session = session(PUSHES, 42);
    }

    /** Average time is per session of {@value #PUSHES} pushes. */
    @Benchmark
    public DataLayerModel replaySession() {
        DataLayerModel model = new DataLayerModel();
        for (Push push : session) {
            model.apply(push);
        }
        return model;
    }
}
