package press.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.model.BodyIndex;
import press.model.MetaValue;
import press.model.PackedMeta;
import press.model.Post;
import press.model.PostBody;
import press.model.ShortcodeCall;
import press.store.CacheInput;
import press.store.CacheOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A post written to a cache file reads back with every field as it was; its body is known only by its key. */
class PostCodecTest {
    @TempDir
    Path dir;

    private static Post full() {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        terms.put("tags", List.of("go", "rust"));
        terms.put("stack", List.of("postgres"));
        terms.put("categories", List.of());
        MetaValue.MapValue meta = new MetaValue.MapValue(List.of(
                new MetaValue.Entry("title", new MetaValue.Text("Ünïcode & <tags>")),
                new MetaValue.Entry("score", new MetaValue.MapValue(List.of(new MetaValue.Entry("a", new MetaValue.Text("1"))))),
                new MetaValue.Entry("list", new MetaValue.ListValue(List.of(new MetaValue.Text("x"), new MetaValue.Text("go"))))));
        ShortcodeCall withInner = new ShortcodeCall("\u0000sc0\u0000", "details", Map.of("summary", "More", "open", "true"),
                "<p>inner</p>", "content/posts/a.md:3:1", "{{< details summary=\"More\" >}}", "{{< /details >}}");
        ShortcodeCall include = new ShortcodeCall("\u0000sc1\u0000", ShortcodeCall.INCLUDE, Map.of("0", "note.html"), null,
                "content/posts/a.md:9:1", "{% include note.html %}", null);
        return new Post("content/posts/a.md", "a", "Ünïcode & <tags>",
                OffsetDateTime.of(2016, 6, 3, 13, 21, 2, 500, ZoneOffset.ofHoursMinutes(-7, -30)), LocalDate.of(2017, 1, 2),
                true, "A summary", "easy", "go", 7, terms, "slow builds", List.of("Postgres", "Go"), List.of("one", "two"), true,
                PostBody.lazy("abc+/", () -> "<p>x</p>"),
                new BodyIndex(new BodyIndex.Words(new String[] {"build", "go"}, new String[] {"builds", "go"}, new int[] {3, 1}),
                        new BodyIndex.SearchTerms(new String[] {"build", "go"}, new byte[] {-1, 12})),
                "img/a.png", PackedMeta.of(meta), List.of("old/a", "a.html"),
                OffsetDateTime.of(2016, 6, 4, 0, 0, 0, 0, ZoneOffset.UTC), null, List.of("content/posts/a.md:2:1: a warning"),
                List.of(withInner, include), "2016/06/03/a/", new Post.Digests("0123456789abcdef", "aaaabbbbccccdddd", "1234123412341234"));
    }

    private Post roundTrip(Post p) throws IOException {
        return roundTrip(List.of(p)).get(0);
    }

    /** As the post cache writes a file: the posts, then their search terms in a section of their own. */
    private List<Post> roundTrip(List<Post> posts) throws IOException {
        Path file = dir.resolve("p.bin");
        try (CacheOutput out = CacheOutput.create(file, "t")) {
            for (Post p : posts) PostCodec.write(out, p);
            PostCodec.writeSearch(out, posts);
        }
        try (CacheInput in = CacheInput.open(file, "t")) {
            PostCodec.SearchSection search = new PostCodec.SearchSection(posts.size());
            List<Post> back = new java.util.ArrayList<>();
            for (int i = 0; i < posts.size(); i++) back.add(PostCodec.read(in, search.of(i)));
            search.read(in);
            in.end();
            return back;
        }
    }

    @Test
    void searchTermsReadBackWhenAskedForEachPostItsOwn() throws IOException {
        Post a = full();
        Post b = a.withBody(a.body());
        b = new Post(b.source(), "b", b.title(), b.date(), b.lastmod(), b.draft(), b.summary(), b.difficulty(), b.codeLanguage(), b.readingTime(),
                b.terms(), b.problem(), b.entities(), b.checklist(), b.checklistInBody(), b.body(),
                new BodyIndex(a.index().words(), new BodyIndex.SearchTerms(new String[] {"go", "deploy", "ünï"}, new byte[] {3, 4, 5})),
                b.image(), b.meta(), b.aliases(), b.publishDate(), b.expiryDate(), b.warnings(), b.shortcodes(), b.path(), b.digests());
        List<Post> back = roundTrip(List.of(a, b));
        assertArrayEquals(new String[] {"go", "deploy", "ünï"}, back.get(1).index().search().terms());
        assertArrayEquals(new byte[] {3, 4, 5}, back.get(1).index().search().scores());
        assertArrayEquals(a.index().search().terms(), back.get(0).index().search().terms());
        assertEquals(b.index().digest(), back.get(1).index().digest());
    }

    @Test
    void aCutShortSearchSectionIsRefusedWhenTheFileIsRead() throws IOException {
        Path file = dir.resolve("p.bin");
        java.io.ByteArrayOutputStream section = new java.io.ByteArrayOutputStream();
        try (CacheOutput out = new CacheOutput(section)) {
            out.number(1).strings(List.of("go")).bytes(new byte[] {1});
        }
        byte[] whole = section.toByteArray();
        try (CacheOutput out = CacheOutput.create(file, "t")) {
            out.bytes(Arrays.copyOf(whole, whole.length - 2));
        }
        try (CacheInput in = CacheInput.open(file, "t")) {
            assertThrows(IOException.class, () -> new PostCodec.SearchSection(1).read(in));
        }
    }

    private static String shown(Post p) {
        return p.withBody(PostBody.of("")).toString().replaceAll("BodyIndex\\[\\w+\\], |PackedMeta@\\w+", "").replaceAll("shortcodes=\\[.*\\], path=", "path=");
    }

    @Test
    void everyFieldReadsBackAsItWas() throws IOException {
        Post p = full();
        Post back = roundTrip(p);
        // the record's equals compares the index's arrays by identity: compare them by content, the rest as a record
        assertArrayEquals(p.index().words().stems(), back.index().words().stems());
        assertArrayEquals(p.index().words().surfaces(), back.index().words().surfaces());
        assertArrayEquals(p.index().words().counts(), back.index().words().counts());
        assertArrayEquals(p.index().search().terms(), back.index().search().terms());
        assertArrayEquals(p.index().search().scores(), back.index().search().scores());
        assertEquals(p.index().digest(), back.index().digest(), "the body digest is kept");
        assertEquals(new BodyIndex(p.index().words(), p.index().search()).digest(), back.index().digest(), "and is the digest of what is read back");
        assertEquals(p.meta().tree(), back.meta().tree());
        assertArrayEquals(p.meta().bytes(), back.meta().bytes());
        // the rest field by field through the record's text; the shortcodes' argument maps print in an order of their own (Map.copyOf), so they are compared as maps below
        assertEquals(shown(p), shown(back));
        assertEquals(p.date(), back.date());
        assertEquals(p.date().getOffset(), back.date().getOffset());
        assertEquals(List.copyOf(p.terms().keySet()), List.copyOf(back.terms().keySet()), "the fields in author order");
        assertEquals(p.shortcodes(), back.shortcodes());
        assertEquals(p.body(), back.body(), "the body by its key");
        assertEquals(new Post.Digests("0123456789abcdef", "aaaabbbbccccdddd", "1234123412341234"), back.digests(), "the digests keys spell for its fields");
        IllegalStateException e = assertThrows(IllegalStateException.class, back::bodyHtml);
        assertEquals("a body read back from a cache must be made anew before it is rendered", e.getMessage());
    }

    @Test
    void emptyAndAbsentFieldsStaySo() throws IOException {
        Post p = full();
        Post bare = new Post(p.source(), p.slug(), "", null, null, false, "", "", "", 0, new LinkedHashMap<>(), "", List.of(), List.of(),
                false, PostBody.of("<p>known</p>"), BodyIndex.NONE, "", PackedMeta.EMPTY, List.of(), null, null, List.of(), List.of(), "a/", null);
        Post back = roundTrip(bare);
        assertEquals(null, back.date());
        assertEquals(null, back.lastmod());
        assertEquals(null, back.publishDate());
        assertEquals(null, back.digests(), "a post made by hand has none");
        assertEquals("<p>known</p>", back.bodyHtml(), "a body known already is its key");
        assertEquals(0, back.index().words().size());
        assertEquals(Map.of(), back.terms());
        assertEquals(Arrays.asList(), back.shortcodes());
    }
}
