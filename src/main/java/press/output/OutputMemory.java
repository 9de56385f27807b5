package press.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running process remembers of the output it last committed, so the next build can
 * update it in place: the folder, the templates' fingerprint, and per file its bytes' digest and
 * (for pages) the view it was rendered from. One build at a time.
 */
public final class OutputMemory {
    record State(Path folder, String templates, Map<String, Object> views, Map<String, String> digests) {}

    private State last;

    /** Whether nothing has been committed with this memory yet. */
    public boolean isEmpty() {
        return last == null;
    }

    /**
     * The writer for the next build into {@code target} with templates of fingerprint
     * {@code templates}: an in-place update when the last committed output is that folder and it
     * still exists, else a fresh folder (remembered when it commits). After a template change
     * every page is rendered again, but only files whose bytes changed are written.
     */
    public OutputWriter open(Path target, String templates) {
        Path abs = target.toAbsolutePath().normalize();
        if (last != null && last.folder().equals(abs) && Files.isDirectory(abs)) {
            Map<String, Object> views = last.templates().equals(templates) ? last.views() : Map.of();
            return new OutputUpdate(abs, views, last.digests(), state -> last = new State(abs, templates, state.views(), state.digests()));
        }
        last = null;
        return OutputFolder.begin(abs, new Recorder(abs, templates));
    }

    /** Collects what a fresh folder writes, and becomes the memory when it commits. */
    final class Recorder {
        private final Path folder;
        private final String templates;
        final Map<String, Object> views = new ConcurrentHashMap<>();
        final Map<String, String> digests = new ConcurrentHashMap<>();

        Recorder(Path folder, String templates) {
            this.folder = folder;
            this.templates = templates;
        }

        void committed() {
            last = new State(folder, templates, Map.copyOf(views), Map.copyOf(digests));
        }
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
