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
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The inputs with head digests (as a site's parsed posts give them: {@code Post.Digests#similar}), the {@code i}-th's being {@code head}. */
    private static List<SimilarInput> withHeads(List<SimilarInput> inputs, int i, String head) {
        List<SimilarInput> out = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            SimilarInput in = inputs.get(k);
            out.add(new SimilarInput(in.epochSecond(), in.key(), in.terms(), in.title(), in.words(), in.wordsDigest(), k == i ? head : "head of " + in.key()));
        }
        return out;
    }

    @Test
    void lightInputsAreComparedByTheirDigestsAndTheWholeOnesMadeOnlyToFind() {
        SimilarMemo memo = new SimilarMemo();
        AtomicInteger made = new AtomicInteger();
        List<SimilarInput> whole = withHeads(site(), 0, "head of a");
        List<List<Match>> first = memo.matches(CONFIG, whole.stream().map(SimilarInput::light).toList(), () -> {
            made.incrementAndGet();
            return whole;
        }, 1);
        assertEquals(new SimilarFinder(CONFIG).find(site(), 1), first, "found from the whole inputs, terms and titles included");
        assertEquals(1, made.get());
        // a post's words counted again (an edit of its body that keeps which words it has): not found again, nothing made
        List<SimilarInput> recounted = new ArrayList<>(whole);
        SimilarInput a = whole.get(0);
        recounted.set(0, new SimilarInput(a.epochSecond(), a.key(), a.terms(), a.title(),
                new BodyIndex.Words(a.words().stems(), a.words().surfaces(), new int[] {9, 2}), null, a.headDigest()));
        assertEquals(first, memo.matches(CONFIG, recounted.stream().map(SimilarInput::light).toList(), () -> {
            made.incrementAndGet();
            return recounted;
        }, 1));
        assertEquals(1, made.get());
        // a head digest changed (a title, date or term edited): found again, from the whole inputs
        List<SimilarInput> retitled = withHeads(List.of(site().get(0), site().get(1), input("c", "Gamma", 1, "caching")), 2, "c retagged");
        List<List<Match>> third = memo.matches(CONFIG, retitled.stream().map(SimilarInput::light).toList(), () -> {
            made.incrementAndGet();
            return retitled;
        }, 1);
        assertEquals(2, made.get());
        assertEquals(new SimilarFinder(CONFIG).find(retitled, 1), third);
        assertThrows(IllegalStateException.class, () -> site().get(0).light(), "an input without a head digest cannot leave its head out");
    }

    @Test
    void aSelectionStartedAheadIsTakenOnlyForTheSameInputs() {
        List<SimilarInput> whole = withHeads(site(), 0, "head of a");
        List<SimilarInput> light = whole.stream().map(SimilarInput::light).toList();
        SimilarMemo ahead = new SimilarMemo();
        ahead.startSelecting(CONFIG, light);
        List<List<Match>> found = ahead.matches(CONFIG, light, () -> whole, 1);
        assertEquals(new SimilarMemo().matches(CONFIG, light, () -> whole, 1), found);
        // started for other inputs (a post's words counted again): not taken, the memo selects for the ones it is given
        SimilarMemo other = new SimilarMemo();
        other.startSelecting(CONFIG, light);
        List<SimilarInput> retitled = withHeads(List.of(site().get(0), site().get(1), input("c", "Gamma", 1, "caching")), 2, "c retagged");
        assertEquals(new SimilarFinder(CONFIG).find(retitled, 1), other.matches(CONFIG, retitled.stream().map(SimilarInput::light).toList(), () -> retitled, 1));
        SimilarMemo.none().startSelecting(CONFIG, light); // keeps nothing: starts nothing
    }

    @Test
    void aMemoThatKeepsNothingSearchesEveryTime() {
        SimilarMemo memo = SimilarMemo.none();
        AtomicInteger calls = new AtomicInteger();
        List<List<Match>> first = memo.matches(CONFIG, site(), finder(calls));
        assertEquals(first, memo.matches(CONFIG, site(), finder(calls)));
        assertEquals(2, calls.get());
        assertFalse(memo.keeps()); // so the site gives it inputs without digests (SiteAssembler)
        org.junit.jupiter.api.Assertions.assertTrue(new SimilarMemo().keeps());
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
        changed.add(List.of(s.get(0), s.get(1), new SimilarInput(1_700_000_000L, "c", Map.of("tags", List.of("go")), "Gamma",
                new BodyIndex.Words(new String[] {"cach", "rout"}, new String[] {"cache", "route"}, new int[] {1, 2})))); // a kept stem
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
        // a term shared by many matches comes back as one object, as the finder made it (the assembler maps terms by identity)
        Map<SharedTerm, SharedTerm> seen = new java.util.HashMap<>();
        int shared = 0;
        for (List<Match> matches : back.matches(CONFIG, site(), finder(calls))) {
            for (Match m : matches) {
                for (SharedTerm t : m.shared()) {
                    SharedTerm first = seen.putIfAbsent(t, t);
                    if (first != null) {
                        org.junit.jupiter.api.Assertions.assertSame(first, t, "term " + t);
                        shared++;
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(shared > 0, "the site has a term in more than one match");

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

    /** The matches' file is written only when they change; the digest of all inputs, which every edit changes, goes beside it. */
    @Test
    void anEditThatFindsNothingAgainWritesOnlyTheSmallDigestFile() throws IOException {
        SimilarMemo memo = new SimilarMemo();
        AtomicInteger calls = new AtomicInteger();
        List<List<Match>> found = memo.matches(CONFIG, site(), finder(calls));
        Path file = dir.resolve("similar.bin");
        memo.save(file);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);

        // a post's title word count changes, its kept words do not: the digest changes, the matches stay
        SimilarMemo back = SimilarMemo.load(file);
        List<SimilarInput> edited = List.of(input("a", "Alpha", 4, "caching", "cdn"), site().get(1), site().get(2));
        assertEquals(found, back.matches(CONFIG, edited, finder(calls)));
        assertEquals(1, calls.get(), "nothing found again");
        back.save(file);
        assertEquals(old, Files.getLastModifiedTime(file), "the matches' file is not written again");
        assertTrue(Files.isRegularFile(dir.resolve("similar-digest.bin")));

        SimilarMemo again = SimilarMemo.load(file);
        assertEquals(found, again.matches(CONFIG, edited, () -> {
            throw new AssertionError("the digest read back says the inputs are the same: no selection, no search");
        }));

        // without its digest file (or with one of other matches) the matches are still taken once the selected words compare equal
        Files.delete(dir.resolve("similar-digest.bin"));
        assertEquals(found, SimilarMemo.load(file).matches(CONFIG, edited, finder(calls)));
        assertEquals(1, calls.get());
        Files.write(dir.resolve("similar-digest.bin"), new byte[] {7});
        assertThrows(IOException.class, () -> SimilarMemo.load(file), "a digest file that is not one");
    }

    /** A count that changes no post's kept words is not found again, and on any such edit the matches are what a fresh search gives. */
    @Test
    void countsThatKeepTheSameWordsAreNotFoundAgainAndTheMatchesStayExact() {
        java.util.Random random = new java.util.Random(3);
        String[] stems = stems("stem", 400);
        List<SimilarInput> site = site(random, 80, stems);
        SimilarMemo memo = new SimilarMemo();
        AtomicInteger calls = new AtomicInteger();
        List<SimilarInput> now = site;
        memo.matches(CONFIG, now, () -> {
            calls.incrementAndGet();
            return new SimilarFinder(CONFIG).find(site, 2);
        });
        int reused = 0;
        for (int edit = 0; edit < 60; edit++) {
            List<SimilarInput> next = new ArrayList<>(now);
            int p = random.nextInt(next.size());
            SimilarInput in = next.get(p);
            int[] counts = in.words().counts().clone();
            counts[random.nextInt(counts.length)] += random.nextInt(3) == 0 ? 5 : 1; // mostly a word used once more
            next.set(p, new SimilarInput(in.epochSecond(), in.key(), in.terms(), in.title(),
                    new BodyIndex.Words(in.words().stems(), in.words().surfaces(), counts)));
            int before = calls.get();
            List<SimilarInput> edited = next;
            List<List<Match>> got = memo.matches(CONFIG, edited, () -> {
                calls.incrementAndGet();
                return new SimilarFinder(CONFIG).find(edited, 2);
            });
            assertEquals(new SimilarFinder(CONFIG).find(edited, 1), got, "edit " + edit);
            if (calls.get() == before) reused++;
            now = next;
        }
        org.junit.jupiter.api.Assertions.assertTrue(reused > 10 && reused < 60, "some edits reused, some found again: " + reused);
    }

    /** The finder given the words the memo selected for its digest finds what a finder that selects them itself finds, over edits that change words and counts. */
    @Test
    void theSelectionTheMemoMadeGivesTheFinderTheSameMatches() {
        java.util.Random random = new java.util.Random(11);
        String[] stems = stems("word", 300);
        List<SimilarInput> now = site(random, 70, stems);
        SimilarMemo memo = new SimilarMemo();
        for (int edit = 0; edit < 25; edit++) {
            assertEquals(new SimilarFinder(CONFIG).find(now, 1), memo.matches(CONFIG, now, 2), "edit " + edit);
            List<SimilarInput> next = new ArrayList<>(now);
            int p = random.nextInt(next.size());
            SimilarInput was = next.get(p);
            SimilarInput words = post(random, edit % 2 == 0 ? p + 7 : p, stems); // another topic's words, or new counts of this one's
            next.set(p, new SimilarInput(was.epochSecond(), was.key(), was.terms(), was.title(), words.words()));
            now = next;
        }
    }

    /** {@code n} distinct stems, spread over the alphabet. */
    private static String[] stems(String prefix, int n) {
        String[] stems = new String[n];
        for (int i = 0; i < n; i++) stems[i] = prefix + (char) ('a' + i % 26) + i;
        return stems;
    }

    /** {@code posts} posts on topics of nearby stems ({@link #post}). */
    private static List<SimilarInput> site(java.util.Random random, int posts, String[] stems) {
        List<SimilarInput> site = new ArrayList<>();
        for (int p = 0; p < posts; p++) site.add(post(random, p, stems));
        return site;
    }

    private static SimilarInput post(java.util.Random random, int p, String[] stems) {
        int n = 30 + random.nextInt(18);
        java.util.LinkedHashSet<String> picked = new java.util.LinkedHashSet<>();
        while (picked.size() < n) picked.add(stems[(5 * p + random.nextInt(80)) % stems.length]); // a topic: nearby posts share words, each word on a few
        String[] s = picked.toArray(new String[0]);
        int[] counts = new int[s.length];
        for (int i = 0; i < counts.length; i++) counts[i] = 1 + random.nextInt(6);
        return new SimilarInput(1_700_000_000L + p * 86_400L, "post-" + p, Map.of("tags", List.of("t" + random.nextInt(8))), "Post " + p,
                new BodyIndex.Words(s, s, counts));
    }
}
