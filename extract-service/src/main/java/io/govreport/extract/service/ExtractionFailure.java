package io.govreport.extract.service;

/** A report that cannot become a document; it goes to the dead-letter topic with {@link #getMessage()} as its reason. */
public class ExtractionFailure extends RuntimeException {
    private final String kind;

    public ExtractionFailure(String kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    /** Short metric tag for the kind of failure. */
    public String kind() {
        return kind;
    }
}
