package press.build;

import org.apache.commons.io.FileUtils;
import press.problem.Problems;
import press.render.Route;
import press.render.TemplateRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Updates an output folder written by an earlier build of the same {@link BuildCache} in place:
 * pages whose view equals the last one (with unchanged templates) are not rendered, files whose
 * bytes are unchanged are not written, changed files replace the old ones atomically one by one,
 * and files no longer planned are deleted. Everything is rendered before anything is written, so
 * a failed rebuild leaves the folder as it was.
 */
final class IncrementalWriter {
    private IncrementalWriter() {}

    /** Whether {@code out} can be updated from the cache's last output (else a full build is needed). */
    static boolean canUpdate(BuildCache cache, Path out, String templates) {
        BuildCache.OutputState s = cache.output;
        return s != null && s.folder().equals(out) && s.templates().equals(templates) && Files.isDirectory(out);
    }

    /** Renders what changed and writes it; returns how many files were written or deleted. */
    static int update(BuildCache cache, Path out, List<Route> routes, TemplateRenderer templates, String templatesPrint,
                      Problems problems) {
        BuildCache.OutputState last = cache.output;
        Map<String, Object> views = new ConcurrentHashMap<>();
        Map<String, String> digests = new ConcurrentHashMap<>();
        Map<String, byte[]> changed = new ConcurrentHashMap<>();
        routes.parallelStream().forEach(r -> {
            if (r instanceof Route.Page p) {
                views.put(p.path(), p.view());
                if (p.view().equals(last.views().get(p.path())) && last.digests().containsKey(p.path())) {
                    digests.put(p.path(), last.digests().get(p.path()));
                    return;
                }
                Build.render(templates, p, problems).ifPresent(b -> consider(p.path(), b, last, digests, changed));
            } else if (r instanceof Route.Data d) {
                consider(d.path(), d.bytes(), last, digests, changed);
            } else if (r instanceof Route.Copy c) {
                consider(c.path(), Build.readBytes(c.from()), last, digests, changed);
            }
        });
        problems.throwIfAny("render");
        List<String> gone = new ArrayList<>();
        for (String path : last.digests().keySet()) if (!digests.containsKey(path)) gone.add(path);
        changed.forEach((path, bytes) -> replace(out, path, bytes));
        for (String path : gone) delete(out, path);
        cache.output = new BuildCache.OutputState(out, templatesPrint, Map.copyOf(views), Map.copyOf(digests));
        return changed.size() + gone.size();
    }

    /** Remembers a full build's output so the next build can update it. */
    static void remember(BuildCache cache, Path out, List<Route> routes, String templatesPrint, Map<String, String> digests) {
        Map<String, Object> views = new HashMap<>();
        for (Route r : routes) if (r instanceof Route.Page p) views.put(p.path(), p.view());
        cache.output = new BuildCache.OutputState(out, templatesPrint, Map.copyOf(views), Map.copyOf(digests));
    }

    private static void consider(String path, byte[] bytes, BuildCache.OutputState last, Map<String, String> digests,
                                 Map<String, byte[]> changed) {
        String d = digest(bytes);
        digests.put(path, d);
        if (!d.equals(last.digests().get(path))) changed.put(path, bytes);
    }

    private static void replace(Path out, String path, byte[] bytes) {
        try {
            Path file = out.resolve(path);
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".press-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file that is no longer planned, and its folders while they are empty (never the root). */
    private static void delete(Path out, String path) {
        try {
            Path file = out.resolve(path);
            Files.deleteIfExists(file);
            for (Path dir = file.getParent(); dir != null && !dir.equals(out) && dir.startsWith(out); dir = dir.getParent()) {
                try (var s = Files.list(dir)) {
                    if (s.findAny().isPresent()) break;
                }
                FileUtils.deleteDirectory(dir.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
