package press.testing;

import press.pipeline.Build;
import press.pipeline.BuildOptions;
import press.pipeline.BuildResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Site folders for the site-level tests: the repo's shipped theme copied beside fixture content,
 * output trees read as sorted maps, and a readable difference between two trees.
 */
public final class SiteFixture {
    /** Surefire runs tests in the repo root (see pom.xml), where content/ and templates/ live. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private SiteFixture() {}

    /** A site folder in {@code dir}: a copy of {@code content} (may be null) and of the repo's templates/. */
    public static Path site(Path dir, Path content) {
        copyTree(REPO.resolve("templates"), dir.resolve("templates"));
        if (content != null) copyTree(content, dir.resolve("content"));
        return dir;
    }

    /** The golden fixture sites, by folder name: each folder of {@code src/test/resources/golden/}, sorted. */
    public static List<String> goldenSites() {
        return folders(REPO.resolve("src/test/resources/golden"));
    }

    /** The names of the folders in {@code dir}, sorted: fixture cases are found, never listed by hand. */
    public static List<String> folders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BuildResult build(Path site, Path out, String baseUrl, int threads) {
        return Build.run(new BuildOptions(site, out, baseUrl, false, threads));
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} by its forward-slash relative path; empty when the folder does not exist. */
    public static SortedMap<String, byte[]> tree(Path dir) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.walk(dir.toRealPath())) { // a release's symlink is followed
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.toRealPath().relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Null when the trees are equal; otherwise the file list difference or the first differing file as a diff. */
    public static String difference(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        TreeSet<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(actual.keySet());
        TreeSet<String> extra = new TreeSet<>(actual.keySet());
        extra.removeAll(expected.keySet());
        if (!missing.isEmpty() || !extra.isEmpty()) {
            return "file lists differ\n  missing: " + missing + "\n  unexpected: " + extra;
        }
        for (var e : expected.entrySet()) {
            byte[] got = actual.get(e.getKey());
            if (!Arrays.equals(e.getValue(), got)) return e.getKey() + " differs:\n" + diff(e.getValue(), got);
        }
        return null;
    }

    /** The first differing stretch of lines, unified-diff style, with three lines of context. */
    static String diff(byte[] expected, byte[] actual) {
        List<String> a = List.of(new String(expected, StandardCharsets.UTF_8).split("\n", -1));
        List<String> b = List.of(new String(actual, StandardCharsets.UTF_8).split("\n", -1));
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) start++;
        int endA = a.size(), endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<String> out = new ArrayList<>();
        out.add("@@ -" + (start + 1) + "," + (endA - start) + " +" + (start + 1) + "," + (endB - start) + " @@");
        for (int i = Math.max(0, start - 3); i < start; i++) out.add("  " + a.get(i));
        for (int i = start; i < Math.min(endA, start + 20); i++) out.add("- " + a.get(i));
        for (int i = start; i < Math.min(endB, start + 20); i++) out.add("+ " + b.get(i));
        for (int i = endA; i < Math.min(a.size(), endA + 3); i++) out.add("  " + a.get(i));
        if (start == a.size() && start == b.size()) out.add("(lines equal; bytes differ, e.g. line endings or a trailing byte)");
        return String.join("\n", out);
    }
}
