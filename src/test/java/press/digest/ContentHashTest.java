package press.digest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentHashTest {
    @Test
    void isXxHash64WithTwoSeedsAsThirtyTwoHexDigits() {
        // xxHash64 of "" with seed 0 is ef46db3751d8e999 (the reference implementation's test vector)
        assertTrue(ContentHash.hex(new byte[0]).startsWith("ef46db3751d8e999"), ContentHash.hex(new byte[0]));
        assertEquals(32, ContentHash.hex("abc".getBytes(StandardCharsets.UTF_8)).length());
        assertTrue(ContentHash.hex("abc".getBytes(StandardCharsets.UTF_8)).matches("[0-9a-f]{32}"));
    }

    @Test
    void aStreamHashesTheBytesNotThePieces() {
        byte[] all = "name\0bytes of a file\0".getBytes(StandardCharsets.UTF_8);
        String streamed = ContentHash.start().update("name".getBytes(StandardCharsets.UTF_8)).update((byte) 0)
                .update("bytes of a file".getBytes(StandardCharsets.UTF_8)).update((byte) 0).hex();
        assertEquals(ContentHash.hex(all), streamed);
        assertEquals(ContentHash.hex(all, 4, 1), ContentHash.hex(new byte[] {0}));
        assertEquals(ContentHash.hex(all), ContentHash.start().update(all, 0, 7).update(all, 7, all.length - 7).hex(), "a piece of an array");
        assertEquals(ContentHash.hex(all, 2, 9), ContentHash.start().update(all, 2, 9).hex());
    }

    @Test
    void oneChangedByteAnywhereChangesTheHash() {
        byte[] page = new byte[10_000];
        new java.util.Random(3).nextBytes(page);
        Set<String> seen = new HashSet<>();
        seen.add(ContentHash.hex(page));
        for (int i = 0; i < page.length; i += 97) {
            byte[] edited = page.clone();
            edited[i] ^= 1;
            assertTrue(seen.add(ContentHash.hex(edited)), "byte " + i);
        }
        assertNotEquals(ContentHash.hex(new byte[] {0}), ContentHash.hex(new byte[] {0, 0}));
    }
}
