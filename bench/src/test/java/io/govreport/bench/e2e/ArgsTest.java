package io.govreport.bench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArgsTest {
    @Test
    void anOptionalOptionLeftOutIsNullAndARequiredOneIsAnError() {
        Args args = new Args(new String[] {"--data", "d", "--rate", "5"});
        assertEquals("d", args.optional("--data"));
        assertNull(args.optional("--indicator-cache-rows"));
        assertEquals(5, args.integer("--rate", 20));
        assertEquals(10, args.integer("--seconds", 10));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> args.string("--root", null));
        assertEquals("--root is required", missing.getMessage());
    }

    @Test
    void anOptionWithoutItsValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new Args(new String[] {"--data"}));
    }
}
