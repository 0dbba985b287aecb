package io.govreport.extractor;

/** Receives how long each pipeline stage took, e.g. to publish per-stage timings as metrics. */
@FunctionalInterface
public interface StageTimer {
    StageTimer NONE = (stage, nanos) -> {
    };

    void record(String stage, long nanos);
}
