package io.govreport.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A report's id: the hex SHA-256 of its normalized text, so the same report ingested twice is one document. */
public final class ReportIds {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    private ReportIds() {
    }

    public static String of(String normalizedText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalizedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** True for a well-formed id; the read API rejects anything else before it reaches the store. */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
