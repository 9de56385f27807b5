package press.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered bodies (and packed front matter) kept on disk between the parse and the pages that show
 * them, so a body is rendered once per build and a site of 100,000 posts still does not hold every
 * body in memory:
 * each is appended to one scratch file and read back (from the page cache, as a rule) when asked
 * for. The file is unlinked as soon as it is open, so nothing is left behind, even by a killed
 * build; the space is freed when the last body that points into it is collected. Thread-safe.
 */
final class BodyStore {
    private final FileChannel file;
    private final AtomicLong end = new AtomicLong();

    private BodyStore(FileChannel file) {
        this.file = file;
    }

    /** A new, empty store in the system's temporary folder. */
    static BodyStore open() {
        try {
            Path path = Files.createTempFile("press-bodies-", ".html");
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            try {
                Files.delete(path); // POSIX keeps an open file readable; elsewhere DELETE_ON_CLOSE removes it
            } catch (IOException notOnThisSystem) {
                // the file stays until the channel closes
            }
            return new BodyStore(ch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a scratch file for rendered bodies in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    /** Keeps {@code html}; the supplier reads it back. */
    Supplier<String> put(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        long at = append(bytes);
        int length = bytes.length; // the length only: a supplier that held the bytes would hold every body
        return () -> new String(read(at, length), StandardCharsets.UTF_8);
    }

    /** Keeps {@code bytes} (a post's packed front matter, say); the supplier reads a copy of them back. */
    Supplier<byte[]> keep(byte[] bytes) {
        long at = append(bytes);
        int length = bytes.length;
        return () -> read(at, length);
    }

    /** Writes {@code bytes} at the end of the file; returns where. */
    private long append(byte[] bytes) {
        long at = end.getAndAdd(bytes.length);
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            for (long pos = at; b.hasRemaining(); ) pos += file.write(b, pos);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a rendered body in the scratch file: " + e.getMessage(), e);
        }
        return at;
    }

    private byte[] read(long at, int length) {
        ByteBuffer b = ByteBuffer.allocate(length);
        try {
            for (long pos = at; b.hasRemaining(); ) {
                int n = file.read(b, pos);
                if (n < 0) throw new IOException("the scratch file ended early");
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a rendered body back: " + e.getMessage(), e);
        }
        return b.array();
    }
}
