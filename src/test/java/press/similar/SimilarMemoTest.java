package press.similar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.config.SiteConfig;
import press.model.BodyIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The similar-posts memo finds again exactly when an input or the settings changed, and reads back what it saved. */
class SimilarMemoTest {
    @TempDir
    Path dir;

    private static final SiteConfig.SimilarConfig CONFIG = SiteConfig.SimilarConfig.defaults();

    private static SimilarInput input(String key, String title, int count, String... tags) {
        return new SimilarInput(1_700_000_000L, key, Map.of("tags", List.of(tags)), title,
                new BodyIndex.Words(new String[] {"cach", "header"}, new String[] {"cache", "header"}, new int[] {count, 2}));
    }

    private static List<SimilarInput> site() {
        return List.of(input("a", "Alpha", 3, "caching", "cdn"), input("b", "Beta", 4, "caching"), input("c", "Gamma", 1, "go"));
    }

    /** A finder that counts its calls and returns its own result. */
    private static Supplier<List<List<Match>>> finder(AtomicInteger calls) {
        return () -> {
            calls.incrementAndGet();
            return new SimilarFinder(CONFIG).find(site(), 1);
        };
    }

    @Test
    void unchangedInputsAreNotFoundAgain() {
        SimilarMemo memo = new SimilarMemo();
        AtomicInteger calls = new AtomicInteger();
        List<List<Match>> first = memo.matches(CONFIG, site(), finder(calls));
        List<List<Match>> second = memo.matches(CONFIG, site(), finder(calls)); // equal inputs, new objects
        assertEquals(1, calls.get());
        assertEquals(first, second);
    }

    @Test
    void textsAreDigestedWhole() {
        String longTitle = "x".repeat(70_000); // past DataOutputStream.writeUTF's 64 KB
        String a = SimilarMemo.digest(CONFIG, List.of(input("a", longTitle, 1, "t")));
        assertEquals(a, SimilarMemo.digest(CONFIG, List.of(input("a", longTitle, 1, "t"))));
        // the same characters cut differently between a key and a title are different inputs
        assertFalse(SimilarMemo.digest(CONFIG, List.of(input("ab", "c", 1, "t"))).equals(SimilarMemo.digest(CONFIG, List.of(input("a", "bc", 1, "t")))));
    }

    @Test
    void anyChangedInputOrSettingFindsAgain() {
        List<List<SimilarInput>> changed = new ArrayList<>();
        List<SimilarInput> s = site();
        changed.add(List.of(s.get(0), s.get(1), input("c", "Gamma two", 1, "go")));      // a title
        changed.add(List.of(s.get(0), s.get(1), input("c", "Gamma", 2, "go")));          // a stem's count
        changed.add(List.of(s.get(0), s.get(1), input("c", "Gamma", 1, "go", "cdn")));   // a term
        changed.add(List.of(s.get(1), s.get(0), s.get(2)));                               // the order
        changed.add(List.of(s.get(0), s.get(1)));                                          // a post gone
        for (List<SimilarInput> now : changed) {
            SimilarMemo memo = new SimilarMemo();
            AtomicInteger calls = new AtomicInteger();
            memo.matches(CONFIG, site(), finder(calls));
            memo.matches(CONFIG, now, finder(calls));
            assertEquals(2, calls.get(), "found again after " + now);
        }
        SimilarMemo memo = new SimilarMemo();
        AtomicInteger calls = new AtomicInteger();
        memo.matches(CONFIG, site(), finder(calls));
        memo.matches(new SiteConfig.SimilarConfig(CONFIG.count() + 1, CONFIG.includeNewer(), CONFIG.weights(), CONFIG.maxTermShare()), site(), finder(calls));
        assertEquals(2, calls.get(), "found again after a settings change");
    }

    @Test
    void whatIsSavedIsReadBackAndAForeignFileIsRefused() throws IOException {
        SimilarMemo memo = new SimilarMemo();
        AtomicInteger calls = new AtomicInteger();
        List<List<Match>> found = memo.matches(CONFIG, site(), finder(calls));
        memo.save(dir.resolve("similar.bin"));
        SimilarMemo back = SimilarMemo.load(dir.resolve("similar.bin"));
        assertEquals(found, back.matches(CONFIG, site(), finder(calls)));
        assertEquals(1, calls.get(), "the memo read back holds the matches");

        assertEquals(found, SimilarMemo.load(dir.resolve("none.bin")).matches(CONFIG, site(), finder(calls)));
        assertEquals(2, calls.get(), "no file: an empty memo");
        Files.write(dir.resolve("similar.bin"), new byte[] {1, 2, 3});
        assertThrows(IOException.class, () -> SimilarMemo.load(dir.resolve("similar.bin")));
    }

    @Test
    void aCutShortMemoIsRefusedNotHalfTaken() throws IOException {
        SimilarMemo memo = new SimilarMemo();
        memo.matches(CONFIG, site(), finder(new AtomicInteger()));
        Path file = dir.resolve("similar.bin");
        memo.save(file);
        byte[] whole = Files.readAllBytes(file);
        for (int cut : new int[] {whole.length - 1, whole.length - 4, whole.length / 2, 30}) {
            Files.write(file, java.util.Arrays.copyOf(whole, cut));
            assertThrows(IOException.class, () -> SimilarMemo.load(file), "cut at " + cut + " of " + whole.length);
        }
    }
}
