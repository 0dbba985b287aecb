package io.govreport.ingest.service;

/** A submission that cannot become a report; the REST layer answers it as an RFC 7807 problem with {@link #status()}. */
public class ReportRejected extends RuntimeException {
    private final int status;
    private final String title;

    public ReportRejected(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ReportRejected empty() {
        return new ReportRejected(400, "Empty report", "The report has no text (it is empty or only whitespace).");
    }

    public static ReportRejected tooLarge(long maxBytes) {
        return new ReportRejected(413, "Report too large",
                "The report is larger than the limit of " + maxBytes + " bytes.");
    }

    public static ReportRejected notText(String detail) {
        return new ReportRejected(415, "Not a text report", detail);
    }

    /** The HTTP status that says why: 400, 413 or 415. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
