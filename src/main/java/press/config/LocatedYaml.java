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
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private static final String KEY = "key:";

    private final Path file;
    private final JsonNode root;
    private final Map<String, int[]> positions;
    private final int lineOffset;

    private LocatedYaml(Path file, JsonNode root, Map<String, int[]> positions, int lineOffset) {
        this.file = file;
        this.root = root;
        this.positions = positions;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses {@code yaml}; on a syntax error adds one problem at the error's place and returns null.
     */
    public static LocatedYaml parse(Path file, String yaml, int lineOffset, Problems problems) {
        try {
            Map<String, int[]> positions = new HashMap<>();
            JsonNode root;
            try (JsonParser p = new PositionRecorder(FACTORY.createParser(yaml), positions)) {
                root = MAPPER.readTree(p);
            }
            if (root == null) root = MissingNode.getInstance();
            return new LocatedYaml(file, root, positions, lineOffset);
        } catch (IOException e) {
            if (!(e instanceof JsonProcessingException)) throw new java.io.UncheckedIOException(e);
            JsonLocation at = ((JsonProcessingException) e).getLocation();
            int line = at == null ? 0 : at.getLineNr() + lineOffset;
            int col = at == null ? 0 : at.getColumnNr();
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                // Jackson's location can be the start of the enclosing token; the problem mark is where it went wrong
                line = m.getProblemMark().getLine() + 1 + lineOffset;
                col = m.getProblemMark().getColumn() + 1;
            }
            problems.add(SourcePos.of(file, line, col), "invalid YAML: " + describe((JsonProcessingException) e, lineOffset));
            return null;
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
        int[] lc = positions.get(KEY + pointer);
        return lc == null ? at(pointer) : SourcePos.of(file, lc[0] + lineOffset, lc[1]);
    }

    /** Where the value at a JSON pointer ({@code /revision/last_reviewed}, {@code /tags/2}) starts. */
    public SourcePos at(String pointer) {
        int[] lc = positions.get(pointer);
        if (lc == null) return SourcePos.of(file, lineOffset + 1, 1);
        return SourcePos.of(file, lc[0] + lineOffset, lc[1]);
    }

    /**
     * Records where each token starts while Jackson builds the tree from it, so the YAML is read
     * once: keys under {@code key:/pointer}, values under their pointer (a value's place wins
     * over its key's, so a wrong value is pointed at itself).
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

    /**
     * SnakeYAML's first message line is only the context ("while parsing a flow sequence"); the
     * problem ("expected ',' or ']', but got <scalar>") is what the reader needs, with the
     * context's start line in file terms.
     */
    private static String describe(JsonProcessingException e, int lineOffset) {
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblem() != null) {
            String problem = m.getProblem().trim();
            if (m.getContext() == null) return problem;
            String started = m.getContextMark() == null ? ""
                    : " that starts at line " + (m.getContextMark().getLine() + 1 + lineOffset);
            return problem + " (" + m.getContext().trim() + started + ")";
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
