package io.govreport.ingest.messaging;

/** The broker did not take a report in time; nothing was accepted, and the client may send it again. */
public class PublishFailed extends RuntimeException {
    public PublishFailed(String reportId, Throwable cause) {
        super("could not publish report " + reportId, cause);
    }
}
