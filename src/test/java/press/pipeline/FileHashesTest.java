package press.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.digest.ContentHash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** File hashes are taken from memory only while a file's stat is unchanged, and are read back as saved. */
class FileHashesTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsReadAgainWhenItsStatChanges() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "one");
        FileHashes hashes = new FileHashes();
        assertEquals(ContentHash.hex("one".getBytes()), hashes.of("a.md", a));

        // the same size and time: the memory is trusted, as the post cache trusts it (the bytes are not read)
        FileTime time = Files.getLastModifiedTime(a);
        Files.writeString(a, "two");
        Files.setLastModifiedTime(a, time);
        assertEquals(ContentHash.hex("one".getBytes()), hashes.of("a.md", a));

        Files.setLastModifiedTime(a, FileTime.fromMillis(time.toMillis() + 1000));
        assertEquals(ContentHash.hex("two".getBytes()), hashes.of("a.md", a), "another time");
        Files.writeString(a, "three");
        Files.setLastModifiedTime(a, FileTime.fromMillis(time.toMillis() + 1000));
        assertEquals(ContentHash.hex("three".getBytes()), hashes.of("a.md", a), "another size");

        Path b = dir.resolve("b.md");
        Files.writeString(b, "other");
        Files.setLastModifiedTime(b, FileTime.fromMillis(time.toMillis() + 1000));
        Files.delete(a);
        Files.move(b, a); // same name, size (5 bytes like "three"), time: another file
        assertEquals(ContentHash.hex("other".getBytes()), hashes.of("a.md", a), "another file (inode)");

        // attributes a walk read already are taken as they are: no stat, and no read while they match
        var walked = Files.readAttributes(a, java.nio.file.attribute.BasicFileAttributes.class);
        Files.delete(a);
        assertEquals(ContentHash.hex("other".getBytes()), hashes.of("a.md", a, walked));
        assertThrows(UncheckedIOException.class, () -> hashes.of("a.md", a));
    }

    @Test
    void aHashTheParseReportsIsTakenForThisBuildOnlyAndNeverSaved() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "one");
        FileHashes hashes = new FileHashes();
        hashes.parsed(Path.of("content", "posts", "a.md"), "parsed-hash");
        // the bytes the build parsed decide, not what the file holds when build.json is made
        assertEquals("parsed-hash", hashes.of("content/posts/a.md", a));
        assertEquals(ContentHash.hex("one".getBytes()), hashes.of("other.md", a), "another name: read");
        hashes.save(dir.resolve("files.bin"));
        assertEquals(ContentHash.hex("one".getBytes()), FileHashes.load(dir.resolve("files.bin")).of("content/posts/a.md", a),
                "not saved: no stat was taken with it");
    }

    @Test
    void whatIsSavedIsReadBackAndAForeignFileIsRefused() throws IOException {
        Path a = Files.writeString(dir.resolve("a.md"), "one");
        Path b = Files.writeString(dir.resolve("b.md"), "two");
        FileHashes hashes = new FileHashes();
        hashes.of("a.md", a);
        hashes.of("b.md", b);
        hashes.keepOnly(List.of("b.md"));
        hashes.save(dir.resolve("files.bin"));

        FileTime time = Files.getLastModifiedTime(b);
        Files.writeString(b, "TWO");
        Files.setLastModifiedTime(b, time);
        FileHashes back = FileHashes.load(dir.resolve("files.bin"));
        assertEquals(ContentHash.hex("two".getBytes()), back.of("b.md", b), "kept: remembered by its stat");
        FileTime aTime = Files.getLastModifiedTime(a);
        Files.writeString(a, "ONE");
        Files.setLastModifiedTime(a, aTime);
        assertEquals(ContentHash.hex("ONE".getBytes()), back.of("a.md", a), "forgotten by keepOnly: read");

        assertEquals(ContentHash.hex("ONE".getBytes()), FileHashes.load(dir.resolve("none.bin")).of("a.md", a), "no file: nothing known");
        Files.write(dir.resolve("files.bin"), new byte[] {1, 2, 3});
        assertThrows(IOException.class, () -> FileHashes.load(dir.resolve("files.bin")));
        hashes.save(dir.resolve("files.bin"));
        byte[] whole = Files.readAllBytes(dir.resolve("files.bin"));
        Files.write(dir.resolve("files.bin"), java.util.Arrays.copyOf(whole, whole.length - 3));
        assertThrows(IOException.class, () -> FileHashes.load(dir.resolve("files.bin")), "cut short");
    }
}
