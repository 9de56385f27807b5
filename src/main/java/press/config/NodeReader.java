package press.config;

import com.fasterxml.jackson.databind.JsonNode;
import press.problem.Problems;
import press.problem.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads from a {@link LocatedYaml}: each method returns the value or, when it has the
 * wrong type, adds a problem {@code path:line:col: field: expected X, got Y} and returns empty,
 * so one pass reports every wrong field of a file.
 */
public final class NodeReader {
    private final LocatedYaml yaml;
    private final Problems problems;

    public NodeReader(LocatedYaml yaml, Problems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    public LocatedYaml yaml() {
        return yaml;
    }

    Problems problems() {
        return problems;
    }

    public void problem(String pointer, String message) {
        problems.add(yaml.at(pointer), message);
    }

    public void problemAtKey(String pointer, String message) {
        problems.add(yaml.keyAt(pointer), message);
    }

    public SourcePos at(String pointer) {
        return yaml.at(pointer);
    }

    public JsonNode node(String pointer) {
        return at(yaml.root(), pointer);
    }

    /**
     * {@code node.at(pointer)}, walking the pointer's segments in place: Jackson compiles a
     * {@code JsonPointer} per call, half a GB of a 100,000-post build's garbage, as every post's
     * fields are read by pointer. A pointer with an escape ({@code ~0}, {@code ~1}) or without its
     * leading slash goes through Jackson, as do its answers to them.
     */
    static JsonNode at(JsonNode node, String pointer) {
        if (pointer.isEmpty() || pointer.charAt(0) != '/' || pointer.indexOf('~') >= 0) return node.at(pointer);
        JsonNode n = node;
        for (int start = 1; ; ) {
            int end = pointer.indexOf('/', start);
            if (end < 0) end = pointer.length();
            JsonNode next = n.isObject() ? n.get(pointer.substring(start, end)) : n.isArray() ? n.get(index(pointer, start, end)) : null;
            if (next == null) return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            if (end == pointer.length()) return next;
            n = next;
            start = end + 1;
        }
    }

    /** The array index a segment names as a JSON pointer reads it (digits, no leading zero, an int), or -1. */
    private static int index(String pointer, int start, int end) {
        int length = end - start;
        if (length == 0 || length > 10) return -1;
        if (pointer.charAt(start) == '0') return length == 1 ? 0 : -1;
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = pointer.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = 10 * value + (c - '0');
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    public boolean has(String pointer) {
        JsonNode n = node(pointer);
        return !n.isMissingNode() && !n.isNull();
    }

    /** A scalar as text (numbers and booleans are accepted as their text, as YAML authors expect). */
    public Optional<String> text(String pointer) {
        JsonNode n = node(pointer);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (n.isValueNode()) return Optional.of(n.asText());
        wrong(pointer, "text", n);
        return Optional.empty();
    }

    public Optional<Boolean> bool(String pointer) {
        JsonNode n = node(pointer);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (n.isBoolean()) return Optional.of(n.booleanValue());
        wrong(pointer, "true or false", n);
        return Optional.empty();
    }

    public Optional<Integer> integer(String pointer, int min, int max) {
        JsonNode n = node(pointer);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (n.canConvertToInt() && n.isIntegralNumber() && n.intValue() >= min && n.intValue() <= max) return Optional.of(n.intValue());
        wrong(pointer, "a whole number from " + min + " to " + max, n);
        return Optional.empty();
    }

    public Optional<Double> number(String pointer) {
        JsonNode n = node(pointer);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (n.isNumber()) return Optional.of(n.doubleValue());
        wrong(pointer, "a number", n);
        return Optional.empty();
    }

    /** A list of scalars; a single scalar is taken as a list of one, as Hugo and Jekyll do. */
    public Optional<List<String>> textList(String pointer) {
        JsonNode n = node(pointer);
        if (n.isMissingNode() || n.isNull()) return Optional.empty();
        if (n.isValueNode()) return Optional.of(List.of(n.asText()));
        if (!n.isArray()) {
            wrong(pointer, "a list of text", n);
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(n.size());
        boolean ok = true;
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (item.isValueNode() && !item.isNull()) out.add(item.asText());
            else {
                wrong(pointer + "/" + i, "text (an item of a list of text)", item);
                ok = false;
            }
        }
        return ok ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    /** Checks the node is a map (or absent); reports it otherwise. */
    public boolean isMapOrAbsent(String pointer) {
        JsonNode n = node(pointer);
        if (n.isMissingNode() || n.isNull() || n.isObject()) return true;
        wrong(pointer, "a map of named values", n);
        return false;
    }

    public void wrong(String pointer, String expected, JsonNode got) {
        problem(pointer, fieldName(pointer) + ": expected " + expected + ", got " + describe(got));
    }

    /** {@code /revision/last_reviewed} reads as {@code revision.last_reviewed}, {@code /tags/2} as {@code tags[2]}. */
    public static String fieldName(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) sb.append('[').append(part).append(']');
            else {
                if (sb.length() > 0) sb.append('.');
                sb.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    static String describe(JsonNode n) {
        if (n.isArray()) return "a list";
        if (n.isObject()) return "a map";
        if (n.isBoolean()) return n.asText();
        if (n.isNumber()) return "the number " + n.asText();
        String s = n.asText();
        if (s.length() > 40) s = s.substring(0, 40) + "...";
        return "\"" + s + "\"";
    }
}
