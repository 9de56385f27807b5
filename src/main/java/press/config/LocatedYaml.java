package press.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import press.problem.Problems;
import press.problem.SourcePos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read with Jackson, plus the line and column of every value, so a problem
 * found later while binding can point at the exact place in the file. Lines count from the
 * start of the file, not of the YAML block: {@code lineOffset} is the number of lines before it.
 */
public final class LocatedYaml {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY); // package-private: BlockYamlTest compares BlockYaml with it
    private static final com.fasterxml.jackson.dataformat.toml.TomlFactory TOML = com.fasterxml.jackson.dataformat.toml.TomlFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final com.fasterxml.jackson.core.JsonFactory JSON = com.fasterxml.jackson.core.JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper TOML_MAPPER = new ObjectMapper(TOML);
    private static final ObjectMapper JSON_MAPPER = new ObjectMapper(JSON);

    /** The front-matter languages: YAML between {@code ---}, TOML between {@code +++} (Hugo), a JSON object (Hugo). */
    public enum Format {
        YAML("YAML"), TOML("TOML"), JSON("JSON");

        final String shown;

        Format(String shown) {
            this.shown = shown;
        }

        com.fasterxml.jackson.core.JsonFactory factory() {
            return this == YAML ? FACTORY : this == TOML ? LocatedYaml.TOML : LocatedYaml.JSON;
        }
    }

    private static final String KEY = "key:";

    private final Path file;
    private final Format format;
    private final String yaml;
    private final JsonNode root;
    private final int lineOffset;
    /** Line and column by JSON pointer; read only when a problem needs a place, so valid files never pay for it. */
    private Map<String, int[]> positions;
    /** Pointers read under another name than the file's ({@link KeyRenames}): new pointer to the file's. */
    private final Map<String, String> aliases = new HashMap<>();
    /** Values taken from another file (Hugo's {@code cascade:}): pointer here to where it is written there. */
    private final Map<String, Borrowed> borrowed = new java.util.concurrent.ConcurrentHashMap<>();

    private record Borrowed(LocatedYaml from, String pointer) {}

    private LocatedYaml(Path file, Format format, String yaml, JsonNode root, int lineOffset) {
        this.file = file;
        this.format = format;
        this.yaml = yaml;
        this.root = root;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses {@code yaml}; on a syntax error adds one problem at the error's place, in plain words
     * with what was expected ({@link SyntaxError}), and returns null.
     */
    public static LocatedYaml parse(Path file, String yaml, int lineOffset, Problems problems) {
        return parse(file, Format.YAML, yaml, lineOffset, problems);
    }

    /** Parses {@code text} in {@code format}, with positions as {@link #parse(Path, String, int, Problems)} gives them. */
    public static LocatedYaml parse(Path file, Format format, String text, int lineOffset, Problems problems) {
        String yaml = text;
        try {
            JsonNode root = format == Format.YAML ? BlockYaml.read(yaml) : null; // the common shape without SnakeYAML; null: Jackson reads it
            if (root == null) root = (format == Format.YAML ? MAPPER : format == Format.TOML ? TOML_MAPPER : JSON_MAPPER).readTree(yaml);
            if (root == null) root = MissingNode.getInstance();
            return new LocatedYaml(file, format, yaml, root, lineOffset);
        } catch (JsonProcessingException e) {
            SyntaxError s = SyntaxError.explain(format, yaml, e, lineOffset);
            problems.add(SourcePos.of(file, s.line(), s.col()), "invalid " + format.shown + ": " + s.message());
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public Path file() {
        return file;
    }

    /** Where the key of the field at a JSON pointer starts (for "unknown field" problems); the value's place if it has no key. */
    public SourcePos keyAt(String pointer) {
        SourcePos there = borrowedAt(pointer, true);
        if (there != null) return there;
        int[] lc = positions().get(KEY + inFile(pointer));
        return lc == null ? at(pointer) : SourcePos.of(file, lc[0] + lineOffset, lc[1]);
    }

    /** Where the value at a JSON pointer ({@code /revision/last_reviewed}, {@code /tags/2}) starts. */
    public SourcePos at(String pointer) {
        SourcePos there = borrowedAt(pointer, false);
        if (there != null) return there;
        int[] lc = positions().get(inFile(pointer));
        if (lc == null) return SourcePos.of(file, lineOffset + 1, 1);
        return SourcePos.of(file, lc[0] + lineOffset, lc[1]);
    }

    /**
     * The value at {@code pointer} (and everything under it) was written at {@code fromPointer} of
     * {@code from}: problems with it are reported there (a value a section's {@code cascade:} gave a page).
     */
    public void borrow(String pointer, LocatedYaml from, String fromPointer) {
        borrowed.put(pointer, new Borrowed(from, fromPointer));
    }

    private SourcePos borrowedAt(String pointer, boolean key) {
        if (borrowed.isEmpty()) return null;
        String best = null; // the longest: /params/color borrowed apart from /params
        for (String p : borrowed.keySet()) {
            if ((pointer.equals(p) || pointer.startsWith(p + "/")) && (best == null || p.length() > best.length())) best = p;
        }
        if (best == null) return null;
        Borrowed b = borrowed.get(best);
        String there = b.pointer() + pointer.substring(best.length());
        return key ? b.from().keyAt(there) : b.from().at(there);
    }

    /** Places of {@code pointer} and everything under it are those of {@code inFile}, the key's name in the file. */
    void alias(String pointer, String inFile) {
        aliases.put(pointer, inFile);
    }

    /** The pointer as the file writes it: the longest renamed prefix first, then its parents' (a renamed key in a renamed map). */
    private String inFile(String pointer) {
        String p = pointer;
        for (int round = 0; round <= aliases.size(); round++) {
            String best = null;
            for (String from : aliases.keySet()) {
                if ((p.equals(from) || p.startsWith(from + "/")) && (best == null || from.length() > best.length())) best = from;
            }
            if (best == null) return p;
            p = aliases.get(best) + p.substring(best.length());
        }
        return p;
    }

    /** The YAML read a second time, token by token, the first time a position is asked for. */
    private synchronized Map<String, int[]> positions() {
        if (positions == null) {
            Map<String, int[]> found = new HashMap<>();
            try (JsonParser p = new PositionRecorder(format.factory().createParser(yaml), found)) {
                while (p.nextToken() != null) {
                    // each token's place is recorded by the recorder
                }
            } catch (IOException e) {
                // the text parsed once already; a second read cannot fail, but positions stay partial if it does
            }
            positions = found;
        }
        return positions;
    }

    /**
     * Records where each token starts: keys under {@code key:/pointer}, values under their pointer
     * (a value's place wins over its key's, so a wrong value is pointed at itself).
     */
    private static final class PositionRecorder extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        private final Map<String, int[]> out;

        PositionRecorder(JsonParser p, Map<String, int[]> out) {
            super(p);
            this.out = out;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            if (t == null || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) return t;
            JsonLocation loc = currentTokenLocation();
            int[] at = {loc.getLineNr(), loc.getColumnNr()};
            String pointer = getParsingContext().pathAsPointer().toString();
            if (t == JsonToken.FIELD_NAME) {
                out.put(KEY + pointer, at);
                out.put(pointer, at);
            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                out.putIfAbsent(pointer, at);
            } else {
                out.put(pointer, at);
            }
            return t;
        }
    }
}
