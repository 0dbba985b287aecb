package io.govreport.gateway.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload as it streams on to ingest, cut off once it passes the limit. Ingest refuses an oversize report with a
 * problem but reads the rest of the body to keep its connection, so without this the gateway would pass the whole
 * body on (up to its HTTP layer's cap, which answers with no problem body) before that answer came back.
 */
final class BoundedUpload extends FilterInputStream {
    /** Thrown to the REST client that is reading the upload, which stops sending it. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("upload past " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;

    BoundedUpload(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }

    /** Whether {@code failure} is (or was caused by) an upload cut off here. */
    static boolean cutOff(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }
}
