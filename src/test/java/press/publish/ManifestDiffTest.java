package press.publish;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What changed between two releases' manifests, path by path, sorted, and its pages alone. */
class ManifestDiffTest {
    private static Manifest manifest(Map<String, String> files) {
        return new Manifest("0.1.0", "", "", "", new Manifest.Counts(0, files.size(), 0, 0), Manifest.HASH, new TreeMap<>(files));
    }

    @Test
    void addedChangedAndRemovedPathsAreSortedApart() {
        Manifest from = manifest(Map.of("b.html", "1", "a/index.html", "2", "gone.css", "3", "same.js", "4", "z.html", "5"));
        Manifest to = manifest(Map.of("z.html", "5x", "a/index.html", "2x", "same.js", "4", "new/index.html", "6", "c.png", "7", "b.html", "1"));
        ManifestDiff d = ManifestDiff.between(from, to);
        assertEquals(List.of("c.png", "new/index.html"), d.added());
        assertEquals(List.of("a/index.html", "z.html"), d.changed());
        assertEquals(List.of("gone.css"), d.removed());
    }

    @Test
    void equalManifestsDifferInNothingAndTheReverseSwapsAddedAndRemoved() {
        Manifest a = manifest(Map.of("a.html", "1", "b.css", "2"));
        assertEquals(new ManifestDiff(List.of(), List.of(), List.of()), ManifestDiff.between(a, a));
        Manifest b = manifest(Map.of("a.html", "1"));
        assertEquals(new ManifestDiff(List.of(), List.of(), List.of("b.css")), ManifestDiff.between(a, b));
        assertEquals(new ManifestDiff(List.of("b.css"), List.of(), List.of()), ManifestDiff.between(b, a));
    }

    @Test
    void pagesKeepsOnlyHtmlFiles() {
        ManifestDiff d = new ManifestDiff(List.of("a.html", "a.css", "feed.xml"), List.of("b/index.html", "b.html.gz"), List.of("x.htm", "y.html"));
        assertEquals(new ManifestDiff(List.of("a.html"), List.of("b/index.html"), List.of("y.html")), d.pages());
    }
}
