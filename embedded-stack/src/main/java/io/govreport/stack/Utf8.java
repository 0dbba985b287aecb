package io.govreport.stack;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A string in a page of the store file as its UTF-8 bytes behind their count: MVStore's own string format writes it
 * char by char, which the store's key types avoid ({@link IndexKeyType}, {@link IdKeyType}).
 */
final class Utf8 {
    private Utf8() {
    }

    static void write(WriteBuffer out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.putVarInt(utf8.length).put(utf8);
    }

    static String read(ByteBuffer in) {
        byte[] utf8 = new byte[DataUtils.readVarInt(in)];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
