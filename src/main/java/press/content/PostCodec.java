package press.content;

import press.model.BodyIndex;
import press.model.PackedMeta;
import press.model.Post;
import press.model.PostBody;
import press.model.ShortcodeCall;
import press.store.CacheInput;
import press.store.CacheOutput;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@link Post} in a cache file, field by field in the record's order. The body's HTML
 * is never stored, only its key: a post read back gets its body anew ({@code PostParser.rebody}).
 * A change to {@link Post}'s fields must change {@link PostSource.Cache}'s format name.
 */
final class PostCodec {
    private PostCodec() {}

    static void write(CacheOutput out, Post p) throws IOException {
        out.string(p.source()).string(p.slug()).string(p.title());
        time(out, p.date());
        out.flag(p.lastmod() != null);
        if (p.lastmod() != null) out.longNumber(p.lastmod().toEpochDay());
        out.flag(p.draft()).string(p.summary()).string(p.difficulty()).string(p.codeLanguage()).number(p.readingTime());
        out.stringLists(p.terms()).string(p.problem()).strings(p.entities()).strings(p.checklist()).flag(p.checklistInBody());
        out.string(p.body().key());
        BodyIndex index = p.index();
        out.strings(index.words().stems()).strings(index.words().surfaces()).numbers(index.words().counts());
        out.string(index.digest()); // the search terms follow all the posts of the file ({@link #writeSearch})
        out.string(p.image()).bytes(p.meta().bytes()).strings(p.aliases());
        time(out, p.publishDate());
        time(out, p.expiryDate());
        out.strings(p.warnings()).number(p.shortcodes().size());
        for (ShortcodeCall c : p.shortcodes()) {
            out.string(c.token()).string(c.name()).number(c.args().size());
            for (Map.Entry<String, String> a : c.args().entrySet()) out.string(a.getKey()).string(a.getValue());
            out.string(c.innerHtml()).string(c.at()).string(c.text()).string(c.closing());
        }
        out.string(p.path()).flag(p.digests() != null);
        if (p.digests() != null) out.string(p.digests().origin()).string(p.digests().listed()).string(p.digests().similar());
    }

    /**
     * Writes the search terms of {@code posts}, written before in this order, as one section of its
     * own (with its own table of strings, so it can be read apart, and later: {@link SearchSection}).
     */
    static void writeSearch(CacheOutput out, List<Post> posts) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CacheOutput section = new CacheOutput(bytes)) {
            section.number(posts.size());
            for (Post p : posts) section.strings(p.index().search().terms()).bytes(p.index().search().scores());
        }
        out.bytes(bytes.toByteArray());
    }

    /**
     * The search section of a file, read as bytes after its {@code count} posts and decoded when a
     * post's search terms are first asked for (most builds ask for none: search scores only the
     * posts that changed). Safe from many threads.
     */
    static final class SearchSection {
        private final int count;
        private byte[] bytes;
        private BodyIndex.SearchTerms[] terms;

        SearchSection(int count) {
            this.count = count;
        }

        /** Reads the section's bytes, checking its end mark now: a cut-short file is refused when it is read, not when a post's terms are asked for. */
        void read(CacheInput in) throws IOException {
            byte[] b = in.bytes();
            if (b.length < 5 || b[b.length - 4] != 'E' || b[b.length - 3] != 'N' || b[b.length - 2] != 'D' || b[b.length - 1] != '!') {
                throw new IOException("a post file's search section is cut short");
            }
            bytes = b;
        }

        /** The search terms of the {@code i}th post, made by decoding the whole section once. */
        java.util.function.Supplier<BodyIndex.SearchTerms> of(int i) {
            return () -> terms()[i];
        }

        private synchronized BodyIndex.SearchTerms[] terms() {
            if (terms != null) return terms;
            try (CacheInput in = new CacheInput(new java.io.ByteArrayInputStream(bytes))) {
                if (in.count(1 << 24) != count) throw new IOException("a count of posts other than the file's");
                BodyIndex.SearchTerms[] out = new BodyIndex.SearchTerms[count];
                for (int i = 0; i < count; i++) out[i] = new BodyIndex.SearchTerms(in.stringArray(), in.bytes());
                in.end();
                terms = out;
                bytes = null;
                return out;
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the build cache's search terms are unreadable (" + e.getMessage()
                        + "), expected a cache press wrote whole; press build --clean builds without it", e);
            }
        }
    }

    /** A post as {@link #write} wrote it; its search terms come from {@code search} when first asked for. */
    static Post read(CacheInput in, java.util.function.Supplier<BodyIndex.SearchTerms> search) throws IOException {
        String source = in.string();
        String slug = in.string();
        String title = in.string();
        OffsetDateTime date = time(in);
        LocalDate lastmod = in.flag() ? LocalDate.ofEpochDay(in.longNumber()) : null;
        boolean draft = in.flag();
        String summary = in.string();
        String difficulty = in.string();
        String codeLanguage = in.string();
        int readingTime = in.number();
        Map<String, List<String>> terms = in.stringLists();
        String problem = in.string();
        List<String> entities = in.strings();
        List<String> checklist = in.strings();
        boolean checklistInBody = in.flag();
        PostBody body = PostBody.unmade(in.string());
        BodyIndex.Words words = new BodyIndex.Words(in.stringArray(), in.stringArray(), in.numbers());
        if (words.surfaces().length != words.stems().length || words.counts().length != words.stems().length) {
            throw new IOException("a post's body words do not line up");
        }
        String digest = in.string();
        if (digest == null) throw new IOException("a post's body digest is missing");
        BodyIndex index = new BodyIndex(words, search, digest);
        String image = in.string();
        PackedMeta meta = PackedMeta.ofBytes(in.bytes());
        List<String> aliases = in.strings();
        OffsetDateTime publishDate = time(in);
        OffsetDateTime expiryDate = time(in);
        List<String> warnings = in.strings();
        ShortcodeCall[] calls = new ShortcodeCall[in.count(1 << 20)];
        for (int i = 0; i < calls.length; i++) {
            String token = in.string();
            String name = in.string();
            Map<String, String> args = new LinkedHashMap<>();
            for (int n = in.count(1 << 16); n > 0; n--) args.put(in.string(), in.string());
            calls[i] = new ShortcodeCall(token, name, Map.copyOf(args), in.string(), in.string(), in.string(), in.string());
        }
        String path = in.string();
        Post.Digests digests = in.flag() ? new Post.Digests(in.string(), in.string(), in.string()) : null;
        return new Post(source, slug, title, date, lastmod, draft, summary, difficulty, codeLanguage, readingTime, terms, problem,
                entities, checklist, checklistInBody, body, index, image, meta, aliases, publishDate, expiryDate, warnings,
                List.of(calls), path, digests);
    }

    private static void time(CacheOutput out, OffsetDateTime t) throws IOException {
        out.flag(t != null);
        if (t == null) return;
        out.longNumber(t.toEpochSecond()).number(t.getNano()).number(t.getOffset().getTotalSeconds());
    }

    private static OffsetDateTime time(CacheInput in) throws IOException {
        if (!in.flag()) return null;
        long seconds = in.longNumber();
        int nano = in.number();
        int offset = in.number();
        try {
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nano), ZoneOffset.ofTotalSeconds(offset));
        } catch (java.time.DateTimeException e) {
            throw new IOException("a post's date is out of range: " + e.getMessage(), e);
        }
    }
}
