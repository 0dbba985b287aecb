package io.govreport.ingest.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body while counting, and gives up as soon as it passes the limit, so an oversize body is never held whole. */
public final class BoundedBody {
    private static final int CHUNK = 64 * 1024;

    private BoundedBody() {
    }

    public static byte[] read(InputStream body, long maxBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        try (body) {
            int n;
            while ((n = body.read(chunk)) != -1) {
                if (bytes.size() + (long) n > maxBytes) {
                    throw ReportRejected.tooLarge(maxBytes);
                }
                bytes.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
        return bytes.toByteArray();
    }
}
