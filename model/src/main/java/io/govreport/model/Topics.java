package io.govreport.model;

/** The Kafka topics that join the services. */
public final class Topics {
    public static final String RAW = "reports.raw";
    public static final String EXTRACTED = "reports.extracted";
    public static final String DEAD_LETTER = "reports.raw.dlq";

    private Topics() {
    }
}
