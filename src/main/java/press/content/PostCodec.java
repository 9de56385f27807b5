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
        out.strings(index.search().terms()).bytes(index.search().scores()).string(index.digest());
        out.string(p.image()).bytes(p.meta().bytes()).strings(p.aliases());
        time(out, p.publishDate());
        time(out, p.expiryDate());
        out.strings(p.warnings()).number(p.shortcodes().size());
        for (ShortcodeCall c : p.shortcodes()) {
            out.string(c.token()).string(c.name()).number(c.args().size());
            for (Map.Entry<String, String> a : c.args().entrySet()) out.string(a.getKey()).string(a.getValue());
            out.string(c.innerHtml()).string(c.at()).string(c.text()).string(c.closing());
        }
        out.string(p.path());
    }

    static Post read(CacheInput in) throws IOException {
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
        BodyIndex index = new BodyIndex(words, new BodyIndex.SearchTerms(in.stringArray(), in.bytes()), in.string());
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
        return new Post(source, slug, title, date, lastmod, draft, summary, difficulty, codeLanguage, readingTime, terms, problem,
                entities, checklist, checklistInBody, body, index, image, meta, aliases, publishDate, expiryDate, warnings,
                List.of(calls), path);
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
