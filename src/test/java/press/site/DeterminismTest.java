package press.site;

import press.testing.SiteFixture;

import press.testing.GeneratedPosts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same input gives byte-identical output whatever the thread count, default time zone, default locale or file order. */
class DeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void threadsTimeZoneAndLocaleDoNotChangeTheOutput() {
        Path site = SiteFixture.site(tmp.resolve("site"), null);
        GeneratedPosts.write(site.resolve("content/posts"), 40, 5);
        SortedMap<String, byte[]> a = buildUnder(site, tmp.resolve("a"), 1, "Pacific/Kiritimati", Locale.forLanguageTag("tr-TR"));
        SortedMap<String, byte[]> b = buildUnder(site, tmp.resolve("b"), 4, "UTC", Locale.ROOT);
        assertTrue(a.size() > 60, "expected a real site, got " + a.size() + " files");
        String diff = SiteFixture.difference(a, b);
        assertNull(diff, "1 thread, Kiritimati, tr-TR vs 4 threads, UTC, ROOT");
    }

    @Test
    void fileCreationOrderDoesNotChangeTheOutput() throws IOException {
        Path gen = tmp.resolve("gen");
        GeneratedPosts.write(gen.resolve("posts"), 30, 9);
        Files.copy(SiteFixture.REPO.resolve("content/site.yaml"), gen.resolve("site.yaml"));
        Path first = SiteFixture.site(tmp.resolve("first"), gen);
        Path second = SiteFixture.site(tmp.resolve("second"), null);
        copyShuffled(gen, second.resolve("content"), new Random(1));
        SiteFixture.build(first, tmp.resolve("first-out"), null, 2);
        SiteFixture.build(second, tmp.resolve("second-out"), null, 3);
        String diff = SiteFixture.difference(SiteFixture.tree(tmp.resolve("first-out")), SiteFixture.tree(tmp.resolve("second-out")));
        assertNull(diff, "sorted vs shuffled creation order");
    }

    /** Files created in reverse-then-shuffled order, so directory listing order (on file systems that keep it) differs. */
    private static void copyShuffled(Path from, Path to, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
        }
        Collections.sort(files, Collections.reverseOrder());
        Collections.shuffle(files, random);
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
        }
    }

    private static SortedMap<String, byte[]> buildUnder(Path site, Path out, int threads, String zone, Locale locale) {
        TimeZone savedZone = TimeZone.getDefault();
        Locale savedLocale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(locale);
            SiteFixture.build(site, out, null, threads);
        } finally {
            TimeZone.setDefault(savedZone);
            Locale.setDefault(savedLocale);
        }
        return SiteFixture.tree(out);
    }
}
