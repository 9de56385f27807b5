package press.similar;

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

    private static final String FORMAT = "press similar memo 1";

    /** Saves what is remembered to {@code file} (Java serialization), for the next run of press; nothing when nothing is. */
    public synchronized void save(java.nio.file.Path file) throws IOException {
        java.nio.file.Files.deleteIfExists(file);
        if (found == null) return;
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16))) {
            out.writeUTF(FORMAT);
            out.writeUTF(digest);
            out.writeObject(found);
        }
    }

    /**
     * The memo saved in {@code file}, or an empty one when there is no such file.
     *
     * @throws IOException when the file cannot be read or is not such a file (the caller then starts afresh)
     */
    @SuppressWarnings("unchecked")
    public static SimilarMemo load(java.nio.file.Path file) throws IOException {
        SimilarMemo m = new SimilarMemo();
        if (!java.nio.file.Files.isRegularFile(file)) return m;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16))) {
            in.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter("press.**;java.**;!*")); // nothing else is made from the file
            if (!FORMAT.equals(in.readUTF())) throw new IOException("not a press similar memo of this version");
            m.digest = in.readUTF();
            m.found = (List<List<Match>>) in.readObject();
            return m;
        } catch (ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            throw new IOException("not a press similar memo: " + e.getMessage(), e);
        }
    }

    static String digest(SiteConfig.SimilarConfig config, List<SimilarInput> inputs) {
        ContentHash.Stream hash = ContentHash.start();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.writeUTF(config.toString());
            out.writeInt(inputs.size());
            for (SimilarInput in : inputs) {
                out.writeLong(in.epochSecond());
                out.writeUTF(in.key());
                out.writeUTF(in.title());
                Map<String, List<String>> terms = new TreeMap<>(in.terms());
                out.writeInt(terms.size());
                for (Map.Entry<String, List<String>> e : terms.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().size());
                    for (String t : e.getValue()) out.writeUTF(t);
                }
                var w = in.words();
                out.writeInt(w.stems().length);
                for (int i = 0; i < w.stems().length; i++) {
                    out.writeUTF(w.stems()[i]);
                    out.writeUTF(w.surfaces()[i]);
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
