package press.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MadeFoldersTest {
    @TempDir
    Path dir;

    @Test
    void makesEveryMissingFolderAboveOnceFromManyThreads() throws Exception {
        MadeFolders folders = new MadeFolders();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Path d = dir.resolve("tags/t" + (i % 7) + "/page/" + (i % 5));
                done.add(pool.submit(() -> {
                    folders.make(d);
                    Files.writeString(d.resolve("f" + Thread.currentThread().getId() + "-" + System.nanoTime()), "x");
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        for (int t = 0; t < 7; t++) for (int p = 0; p < 5; p++) assertTrue(Files.isDirectory(dir.resolve("tags/t" + t + "/page/" + p)));
        try (var files = Files.walk(dir)) {
            assertEquals(400, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aFolderThatIsThereAlreadyIsFineAndAFileInTheWayIsNot() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("file"), "x");
        MadeFolders folders = new MadeFolders();
        folders.make(dir.resolve("a/b"));
        folders.make(dir.resolve("a/b/c"));
        assertTrue(Files.isDirectory(dir.resolve("a/b/c")));
        assertThrows(FileAlreadyExistsException.class, () -> folders.make(dir.resolve("file")));
        assertThrows(IOException.class, () -> folders.make(dir.resolve("file/below")));
    }
}
