package press.publish;

import press.digest.ContentHash;
import press.digest.Sha256;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code build.json}: what a release was built from and what it holds. It carries no time, so the
 * same input gives the same bytes.
 *
 * @param press     press version
 * @param config    sha-256 of content/site.yaml ("" when there is none)
 * @param content   the {@link #hash} over the content files (each path and the hash of its bytes)
 * @param templates sha-256 over the templates folder
 * @param counts    pages, files, posts, terms
 * @param hash      how {@code content} and {@code files} are hashed: {@value #HASH} ({@link ContentHash});
 *                  absent ({@code sha256}) in the manifests of earlier builds of press
 * @param files     the hash of each output file by its forward-slash path (build.json itself not listed)
 */
public record Manifest(String press, String config, String content, String templates, Counts counts, String hash,
                       SortedMap<String, String> files) {
    public static final String FILE = "build.json";
    public static final String PRESS_VERSION = "0.1.0";
    /**
     * Field names (the files' paths: 16,000 at 10,000 posts) are not canonicalized and interned as
     * they are read: that took 100 of the 120 ms reading a manifest took in a one-post rebuild.
     */
    private static final com.fasterxml.jackson.core.JsonFactory PATHS = com.fasterxml.jackson.core.JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(com.fasterxml.jackson.core.JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    private static final ObjectMapper JSON = new ObjectMapper(PATHS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public record Counts(int pages, int files, int posts, int terms) {}

    /** What the pipeline knows of a build before it writes: everything but the file hashes. */
    public record Inputs(String config, String content, String templates, int pages, int posts, int terms) {}

    /** The file hash of this press's manifests. */
    public static final String HASH = "xxh64x2";

    public Manifest {
        files = new TreeMap<>(files);
        if (hash == null) hash = "sha256";
    }

    static Manifest of(Inputs in, SortedMap<String, String> files) {
        return new Manifest(PRESS_VERSION, in.config(), in.content(), in.templates(),
                new Counts(in.pages(), files.size(), in.posts(), in.terms()), HASH, files);
    }

    /** The hash of an output file's bytes, as {@link #files} records it. */
    public static String fileHash(byte[] bytes) {
        return ContentHash.hex(bytes);
    }

    /** This manifest with its files hashed anew from {@code folder} (its release) the way this press hashes them. */
    public Manifest rehashed(Path folder) {
        if (hash.equals(HASH)) return this;
        SortedMap<String, String> now = new TreeMap<>();
        for (String path : files.keySet()) {
            try {
                now.put(path, fileHash(Files.readAllBytes(folder.resolve(path))));
            } catch (IOException e) {
                now.put(path, "unreadable");
            }
        }
        return new Manifest(press, config, content, templates, counts, HASH, now);
    }

    byte[] bytes() {
        // field by field through Jackson's generator, as its object mapper would write the record (bytesByMapper, which
        // ManifestTest compares it with): the mapper's serializer for the record, made on its first use in a build, and
        // its map serializer over 16,000 files took 30-40 ms of a one-post rebuild at 10,000 posts
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64 * (files.size() + 16));
        try (com.fasterxml.jackson.core.JsonGenerator g = PATHS.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("press", press);
            g.writeStringField("config", config);
            g.writeStringField("content", content);
            g.writeStringField("templates", templates);
            if (counts == null) {
                g.writeNullField("counts"); // a manifest read back from an earlier press without them
            } else {
                g.writeObjectFieldStart("counts");
                g.writeNumberField("pages", counts.pages());
                g.writeNumberField("files", counts.files());
                g.writeNumberField("posts", counts.posts());
                g.writeNumberField("terms", counts.terms());
                g.writeEndObject();
            }
            g.writeStringField("hash", hash);
            g.writeObjectFieldStart("files");
            for (java.util.Map.Entry<String, String> f : files.entrySet()) g.writeStringField(f.getKey(), f.getValue());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** The bytes Jackson's object mapper writes for this manifest (and a newline): what {@link #bytes} must equal. */
    byte[] bytesByMapper() {
        try {
            byte[] b = JSON.writeValueAsBytes(this);
            byte[] withNewline = java.util.Arrays.copyOf(b, b.length + 1);
            withNewline[b.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest of a release folder. */
    public static Manifest read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Manifest.class);
    }

    /**
     * The file hashes the manifest at {@code file} lists, when they are hashed as this press hashes
     * ({@value #HASH}); null when they are not. Read as a stream into a hash map: all a recycled
     * release needs (the record's sorted map cost 16,000 path comparisons at 10,000 posts).
     *
     * @throws IOException when it cannot be read or is not such a file
     */
    static java.util.Map<String, String> filesIfHashedAlike(Path file) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = PATHS.createParser(file.toFile())) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) throw new IOException(file + ": not a JSON object");
            String hash = "sha256";
            java.util.Map<String, String> files = null;
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = p.currentName();
                com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                if (name.equals("hash") && value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    hash = p.getText();
                } else if (name.equals("files") && value == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    files = new java.util.HashMap<>();
                    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                        String path = p.currentName();
                        if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) throw new IOException(file + ": a file's hash is not a text");
                        files.put(path, p.getText());
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (files == null) throw new IOException(file + ": no files");
            return hash.equals(HASH) ? files : null;
        }
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** SHA-256 of a file, as deploys keep it in object metadata. */
    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
