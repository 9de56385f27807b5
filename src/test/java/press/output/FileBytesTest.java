package press.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileBytesTest {
    @TempDir
    Path dir;

    /** Every size around Files.write's 8 KB pieces comes back whole, and a write over a longer file leaves nothing of it. */
    @Test
    void theWholeOfTheBytesIsTheWholeFile() throws IOException {
        Random random = new Random(3);
        Path file = dir.resolve("page.html");
        for (int size : new int[] {100_000, 0, 1, 8191, 8192, 8193, 17_299, 3}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            FileBytes.write(file, bytes);
            assertArrayEquals(bytes, Files.readAllBytes(file), size + " bytes");
        }
    }

    @Test
    void aNewFileIsNeverWrittenOverAnOldOne() throws IOException {
        Path file = dir.resolve("build.json");
        FileBytes.writeNew(file, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
        assertThrows(FileAlreadyExistsException.class, () -> FileBytes.writeNew(file, new byte[] {9}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file), "left as it was");
    }
}
