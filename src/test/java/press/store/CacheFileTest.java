package press.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cache file reads back what was written, stores a repeated string once, and refuses a foreign, cut-short or overlong file. */
class CacheFileTest {
    @TempDir
    Path dir;

    private Path written() throws IOException {
        Path file = dir.resolve("c.bin");
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("tags", List.of("go", "rust"));
        terms.put("stack", List.of());
        try (CacheOutput out = CacheOutput.create(file, "test format 1")) {
            out.number(0).number(127).number(128).number(Integer.MAX_VALUE).number(-1);
            out.longNumber(Long.MIN_VALUE).decimal(0.1).flag(true).flag(false);
            out.string(null).string("").string("é ü 中 😀").string("repeated").string("repeated");
            out.strings(List.of("a", "repeated")).strings(new String[] {"b"}).numbers(new int[] {3, 300000});
            out.bytes(new byte[] {0, -1, 7}).stringLists(terms);
        }
        return file;
    }

    @Test
    void whatIsWrittenIsReadBackInOrder() throws IOException {
        try (CacheInput in = CacheInput.open(written(), "test format 1")) {
            assertEquals(0, in.number());
            assertEquals(127, in.number());
            assertEquals(128, in.number());
            assertEquals(Integer.MAX_VALUE, in.number());
            assertEquals(-1, in.number());
            assertEquals(Long.MIN_VALUE, in.longNumber());
            assertEquals(0.1, in.decimal());
            assertTrue(in.flag());
            assertEquals(false, in.flag());
            assertNull(in.string());
            assertEquals("", in.string());
            assertEquals("é ü 中 😀", in.string());
            assertEquals("repeated", in.string());
            assertEquals("repeated", in.string());
            assertEquals(List.of("a", "repeated"), in.strings());
            assertArrayEquals(new String[] {"b"}, in.stringArray());
            assertArrayEquals(new int[] {3, 300000}, in.numbers());
            assertArrayEquals(new byte[] {0, -1, 7}, in.bytes());
            Map<String, List<String>> terms = in.stringLists();
            assertEquals(List.of("tags", "stack"), List.copyOf(terms.keySet()), "in the written order");
            assertEquals(List.of("go", "rust"), terms.get("tags"));
            in.end();
        }
    }

    /** Both ends buffer 64 KB themselves: values that straddle a buffer's edge, and strings and byte arrays larger than it, read back. */
    @Test
    void valuesAcrossTheBufferEdgesReadBack() throws IOException {
        Path file = dir.resolve("big.bin");
        java.util.Random random = new java.util.Random(7);
        int n = 40_000;
        long[] longs = new long[n];
        String[] texts = new String[n];
        byte[][] blobs = new byte[n][];
        for (int i = 0; i < n; i++) {
            longs[i] = random.nextLong();
            int length = i % 5000 == 0 ? 70_000 + random.nextInt(70_000) : random.nextInt(40);
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < length; c++) b.append(c % 7 == 0 ? 'é' : (char) ('a' + random.nextInt(26)));
            texts[i] = i + ":" + b; // distinct: each is written out, not named by number
            blobs[i] = new byte[i % 7000 == 0 ? 66_000 : random.nextInt(9)];
            random.nextBytes(blobs[i]);
        }
        try (CacheOutput out = CacheOutput.create(file, "big")) {
            for (int i = 0; i < n; i++) out.number(i * 31).longNumber(longs[i]).string(texts[i]).bytes(blobs[i]).flag(i % 2 == 0).decimal(i / 3.0);
        }
        assertTrue(Files.size(file) > 2 << 20, "spans many 64 KB buffers: " + Files.size(file));
        try (CacheInput in = CacheInput.open(file, "big")) {
            for (int i = 0; i < n; i++) {
                assertEquals(i * 31, in.number());
                assertEquals(longs[i], in.longNumber());
                assertEquals(texts[i], in.string());
                assertArrayEquals(blobs[i], in.bytes());
                assertEquals(i % 2 == 0, in.flag());
                assertEquals(i / 3.0, in.decimal());
            }
            in.end();
        }
    }

    @Test
    void aRepeatedStringIsStoredOnce() throws IOException {
        Path once = dir.resolve("once.bin");
        Path many = dir.resolve("many.bin");
        String s = "x".repeat(1000);
        try (CacheOutput out = CacheOutput.create(once, "f")) {
            out.string(s);
        }
        try (CacheOutput out = CacheOutput.create(many, "f")) {
            for (int i = 0; i < 100; i++) out.string(s);
        }
        assertTrue(Files.size(many) < Files.size(once) + 100, Files.size(many) + " bytes for 100 uses");
    }

    @Test
    void aForeignCutShortOrLongerFileIsRefused() throws IOException {
        Path file = written();
        assertThrows(IOException.class, () -> CacheInput.open(file, "test format 2").close(), "another format");
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {whole.length - 1, whole.length / 2, 3}) {
            Files.write(file, Arrays.copyOf(whole, cut));
            assertThrows(IOException.class, () -> readAll(file), "cut at " + cut);
        }
        Files.write(file, Arrays.copyOf(whole, whole.length + 1));
        assertThrows(IOException.class, () -> readAll(file), "a byte after the end mark");
        Files.write(file, new byte[] {9, 9, 9});
        assertThrows(IOException.class, () -> CacheInput.open(file, "test format 1").close(), "not a cache file");
    }

    @Test
    void aStringNamedBeforeItWasWrittenOrAnOverlongCountIsRefused() throws IOException {
        Path file = dir.resolve("bad.bin");
        try (CacheOutput out = CacheOutput.create(file, "f")) {
            out.number(7); // "string number 5", never written
            out.number(5000); // read as a count
        }
        try (CacheInput in = CacheInput.open(file, "f")) {
            assertThrows(IOException.class, in::string);
            assertThrows(IOException.class, () -> in.count(100));
        }
    }

    private static void readAll(Path file) throws IOException {
        try (CacheInput in = CacheInput.open(file, "test format 1")) {
            for (int i = 0; i < 5; i++) in.number();
            in.longNumber();
            in.decimal();
            in.flag();
            in.flag();
            for (int i = 0; i < 5; i++) in.string();
            in.strings();
            in.stringArray();
            in.numbers();
            in.bytes();
            in.stringLists();
            in.end();
        }
    }
}
