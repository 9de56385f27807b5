package press.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import press.digest.ContentHash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileHashIsTheContentHashOfItsBytes() {
        assertEquals(ContentHash.hex(utf8("<p>hi</p>")), Manifest.fileHash(utf8("<p>hi</p>")));
        assertNotEquals(Manifest.fileHash(utf8("<p>hi</p>")), Manifest.fileHash(utf8("<p>hi!</p>")));
        assertEquals(64, Manifest.sha256(utf8("x")).length());
    }

    @Test
    void aNewManifestSaysHowItHashesAndReadsBackEqual(@TempDir Path dir) throws Exception {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("index.html", Manifest.fileHash(utf8("home")));
        Manifest m = Manifest.of(new Manifest.Inputs("c", "k", "t", 1, 2, 3), files);
        assertEquals(Manifest.HASH, m.hash());
        assertEquals(new Manifest.Counts(1, 1, 2, 3), m.counts());
        Path file = dir.resolve(Manifest.FILE);
        Files.write(file, m.bytes());
        assertTrue(Files.readString(file).contains("\"hash\" : \"xxh64x2\""), Files.readString(file));
        assertEquals(m, Manifest.read(file));
        assertSame(m, m.rehashed(dir)); // already this press's hash: nothing read again
        assertEquals(files, Manifest.filesIfHashedAlike(file), "the files a recycled release keeps, read as a stream");
    }

    /** Written field by field, the bytes Jackson's object mapper writes for the record: build.json stays as it was. */
    @Test
    void itsBytesAreTheObjectMappersWithNullsAndEscapes() {
        SortedMap<String, String> files = new TreeMap<>();
        files.put("index.html", Manifest.fileHash(utf8("home")));
        files.put("posts/ü \"quoted\"\\/index.html", "ab");
        files.put("a/b.css", "cd");
        Manifest m = Manifest.of(new Manifest.Inputs("", "k\u0001", "t", 1, 2, 3), files);
        assertEquals(new String(m.bytesByMapper(), StandardCharsets.UTF_8), new String(m.bytes(), StandardCharsets.UTF_8));
        Manifest empty = new Manifest(null, null, "", "t", new Manifest.Counts(0, 0, 0, 0), null, new TreeMap<>());
        assertEquals(new String(empty.bytesByMapper(), StandardCharsets.UTF_8), new String(empty.bytes(), StandardCharsets.UTF_8));
        Manifest old = new Manifest("0.0.9", "c", "k", "t", null, null, files); // read back from an earlier press: no counts
        assertEquals(new String(old.bytesByMapper(), StandardCharsets.UTF_8), new String(old.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void filesAreTakenOnlyFromAManifestHashedAlike(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Manifest.FILE);
        Files.writeString(file, "{\"press\": \"0.0.9\", \"counts\": {\"pages\": 1}, \"files\": {\"index.html\": \"ab\"}, \"extra\": [1, {\"x\": 2}]}");
        assertEquals(null, Manifest.filesIfHashedAlike(file), "no hash: sha-256, not this press's");
        Files.writeString(file, "{\"hash\": \"xxh64x2\", \"extra\": [1, {\"files\": 2}], \"files\": {\"index.html\": \"ab\", \"a/b.css\": \"cd\"}}");
        assertEquals(java.util.Map.of("index.html", "ab", "a/b.css", "cd"), Manifest.filesIfHashedAlike(file));
        for (String bad : new String[] {"{not json", "[]", "{\"hash\": \"xxh64x2\"}", "{\"hash\": \"xxh64x2\", \"files\": {\"a\": 1}}"}) {
            Files.writeString(file, bad);
            org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> Manifest.filesIfHashedAlike(file), bad);
        }
    }

    @Test
    void aManifestWithoutHashIsAnOldSha256One(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Manifest.FILE);
        Files.writeString(file, """
                {"press": "0.0.9", "config": "", "content": "abc", "templates": "def",
                 "counts": {"pages": 1, "files": 2, "posts": 0, "terms": 0},
                 "files": {"index.html": "%s", "b.css": "%s"}}
                """.formatted(Manifest.sha256(utf8("home")), Manifest.sha256(utf8("b{}"))));
        Manifest old = Manifest.read(file);
        assertEquals("sha256", old.hash());
        assertEquals(Manifest.sha256(utf8("home")), old.files().get("index.html"));
        assertEquals("[b.css, index.html]", old.files().keySet().toString()); // sorted by path
    }

    @Test
    void anOldManifestIsRehashedFromItsReleaseFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.html"), "home");
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/b.css"), "b{}");
        SortedMap<String, String> files = new TreeMap<>();
        files.put("index.html", Manifest.sha256(utf8("home")));
        files.put("a/b.css", Manifest.sha256(utf8("b{}")));
        files.put("gone.txt", Manifest.sha256(utf8("gone")));
        Manifest old = new Manifest("0.0.9", "", "abc", "def", new Manifest.Counts(1, 3, 0, 0), null, files);
        assertEquals("sha256", old.hash());

        Manifest now = old.rehashed(dir);
        assertEquals(Manifest.HASH, now.hash());
        assertEquals(Manifest.fileHash(utf8("home")), now.files().get("index.html"));
        assertEquals(Manifest.fileHash(utf8("b{}")), now.files().get("a/b.css"));
        assertEquals("unreadable", now.files().get("gone.txt")); // a missing file cannot match any hash
        assertEquals(old.content(), now.content());
        assertEquals(old.counts(), now.counts());
        assertEquals(old.press(), now.press());
    }
}
