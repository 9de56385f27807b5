package press.similar;

import press.store.CacheInput;
import press.store.CacheOutput;

import press.config.SiteConfig;
import press.digest.ContentHash;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The last similar-posts result of one site, kept between builds (by {@code press serve} and the
 * build cache): when every post's input ({@link SimilarInput}, in order) and the settings are what
 * they were, the matches are the same, so they are taken instead of found again. An edit that
 * leaves a post's title, terms, date and kept body stems as they were (a typo fixed, a summary
 * changed) then costs no similar-posts work. The inputs are compared by a digest of their content.
 */
public final class SimilarMemo {
    private String digest;
    private List<List<Match>> found;

    /** The matches for {@code inputs} under {@code config}: the remembered ones when the digest is the same, else {@code find}'s (then remembered). */
    public synchronized List<List<Match>> matches(SiteConfig.SimilarConfig config, List<SimilarInput> inputs, Supplier<List<List<Match>>> find) {
        String d = digest(config, inputs);
        if (d.equals(digest) && found != null) return found;
        List<List<Match>> now = find.get();
        digest = d;
        found = now;
        return now;
    }

    private static final String FORMAT = "press similar memo 2";

    /** Saves what is remembered to {@code file} ({@link CacheOutput}), for the next run of press; nothing when nothing is. */
    public synchronized void save(java.nio.file.Path file) throws IOException {
        java.nio.file.Files.deleteIfExists(file);
        if (found == null) return;
        try (CacheOutput out = CacheOutput.create(file, FORMAT)) {
            out.string(digest).number(found.size());
            for (List<Match> matches : found) {
                out.number(matches.size());
                for (Match m : matches) {
                    out.number(m.post()).decimal(m.score()).number(m.shared().size());
                    for (SharedTerm t : m.shared()) out.string(t.field()).string(t.term());
                }
            }
        }
    }

    /**
     * The memo saved in {@code file}, or an empty one when there is no such file.
     *
     * @throws IOException when the file cannot be read or is not such a file (the caller then starts afresh)
     */
    public static SimilarMemo load(java.nio.file.Path file) throws IOException {
        SimilarMemo m = new SimilarMemo();
        if (!java.nio.file.Files.isRegularFile(file)) return m;
        try (CacheInput in = CacheInput.open(file, FORMAT)) {
            String digest = in.string();
            int posts = in.count(1 << 26);
            List<List<Match>> found = new java.util.ArrayList<>(posts);
            for (int p = 0; p < posts; p++) {
                Match[] matches = new Match[in.count(1 << 16)];
                for (int i = 0; i < matches.length; i++) {
                    int post = in.count(posts - 1);
                    double score = in.decimal();
                    SharedTerm[] shared = new SharedTerm[in.count(1 << 16)];
                    for (int t = 0; t < shared.length; t++) shared[t] = new SharedTerm(in.string(), in.string());
                    matches[i] = new Match(post, score, List.of(shared));
                }
                found.add(List.of(matches));
            }
            in.end();
            if (digest == null) throw new IOException("no digest");
            m.digest = digest;
            m.found = List.copyOf(found);
            return m;
        } catch (NullPointerException e) {
            throw new IOException("not a press similar memo: a value is missing", e);
        }
    }

    /**
     * A text as its UTF-8 length and bytes: unambiguous like {@code writeUTF}, without its 64 KB
     * limit, and at the JDK's encoding speed (writeUTF's char-by-char loop was 7 % of a one-post
     * rebuild under C1).
     */
    private static void utf(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String digest(SiteConfig.SimilarConfig config, List<SimilarInput> inputs) {
        ContentHash.Stream hash = ContentHash.start();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            utf(out, config.toString());
            out.writeInt(inputs.size());
            for (SimilarInput in : inputs) {
                out.writeLong(in.epochSecond());
                utf(out, in.key());
                utf(out, in.title());
                Map<String, List<String>> terms = new TreeMap<>(in.terms());
                out.writeInt(terms.size());
                for (Map.Entry<String, List<String>> e : terms.entrySet()) {
                    utf(out, e.getKey());
                    out.writeInt(e.getValue().size());
                    for (String t : e.getValue()) utf(out, t);
                }
                var w = in.words();
                out.writeInt(w.stems().length);
                for (int i = 0; i < w.stems().length; i++) {
                    utf(out, w.stems()[i]);
                    utf(out, w.surfaces()[i]);
                    out.writeInt(w.counts()[i]);
                }
                if (bytes.size() > 1 << 16) { // fed in pieces: the hash sees the same bytes in order
                    out.flush();
                    hash.update(bytes.toByteArray());
                    bytes.reset();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash.update(bytes.toByteArray()).hex();
    }
}
