package press.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a failed write is told: the file, then what is wrong in plain words (the commands add what was expected). */
class WriteFailureTest {
    @Test
    void theFileThenTheReason() {
        assertEquals("/s/content: not a directory", WriteFailure.of(new FileSystemException("/s/content", null, "Not a directory")));
        assertEquals("/s: permission denied", WriteFailure.of(new AccessDeniedException("/s")));
        assertEquals("/s: a file is in the way", WriteFailure.of(new FileAlreadyExistsException("/s")));
        assertEquals("/s: no such file or folder", WriteFailure.of(new NoSuchFileException("/s")));
        assertEquals("/s: not a directory", WriteFailure.of(new NotDirectoryException("/s")));
        assertEquals("/s: FileSystemLoopException", WriteFailure.of(new java.nio.file.FileSystemLoopException("/s")), "others by their kind");
        assertEquals("disk full", WriteFailure.of(new IOException("disk full")), "no file named: the message as it is");
    }
}
