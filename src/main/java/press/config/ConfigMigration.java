package press.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import press.problem.Problems;
import press.problem.SourcePos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code press config migrate}: rewrites {@code site.yaml} to the current config version, as
 * text. Each renamed key is replaced where the parser saw it, and {@code version:} is added
 * before the first setting; every other byte (comments, order, quoting, blank lines) stays. The
 * result is parsed again and must read as the old file read (renames applied), or nothing is
 * written. Running it on its own output changes nothing.
 */
public final class ConfigMigration {
    /** One change, at its place in the old file ({@code baseURL -> base_url}). */
    public record Change(SourcePos at, String what) {
        @Override
        public String toString() {
            return at + ": " + what;
        }
    }

    /**
     * The new text and its changes; when {@code problems} is not empty the file cannot be
     * migrated (it does not parse, is for a newer press, or sets a key under two names) and
     * {@code text} is the old one.
     */
    public record Result(String text, List<Change> changes, Problems problems) {}

    private record Edit(int offset, int length, String text) {}

    private ConfigMigration() {}

    public static Result migrate(Path file, String text) {
        Problems problems = new Problems();
        LocatedYaml yaml = LocatedYaml.parse(file, text, 0, problems);
        if (yaml == null) return new Result(text, List.of(), problems);
        JsonNode root = yaml.root();
        if (!root.isMissingNode() && !root.isObject()) {
            problems.add(yaml.at(""), "expected a map of settings");
            return new Result(text, List.of(), problems);
        }
        NodeReader r = new NodeReader(yaml, problems);
        if (!ConfigVersion.check(r) || !problems.isEmpty()) return new Result(text, List.of(), problems);

        LineIndex lines = new LineIndex(text);
        List<Edit> edits = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        if (root.isObject()) {
            for (KeyRenames.Applied a : KeyRenames.apply(yaml, problems, new Problems())) {
                int at = lines.offset(a.at());
                int length = keyLength(text, at, a.rename().from());
                if (length < 0) {
                    problems.add(a.at(), "key \"" + a.rename().fromName() + "\" is renamed \"" + a.rename().toName()
                            + "\", but its key is not written as a plain or quoted name here, expected it renamed by hand");
                    continue;
                }
                edits.add(new Edit(at, length, a.rename().to()));
                changes.add(new Change(a.at(), a.rename().fromName() + " -> " + a.rename().toName()));
            }
        }
        if (!problems.isEmpty()) return new Result(text, List.of(), problems);
        if (!root.has("version")) {
            Edit e = versionEdit(yaml, text, lines);
            edits.add(e);
            changes.add(new Change(lines.pos(file, e.offset()), "version: " + ConfigVersion.CURRENT + " added"));
        }
        if (edits.isEmpty()) return new Result(text, List.of(), problems);

        StringBuilder out = new StringBuilder(text);
        edits.sort(Comparator.comparingInt(Edit::offset).reversed());
        for (Edit e : edits) out.replace(e.offset(), e.offset() + e.length(), e.text());
        String migrated = out.toString();
        verify(file, migrated, root, problems);
        if (!problems.isEmpty()) return new Result(text, List.of(), problems);
        changes.sort(Comparator.comparing(Change::at));
        return new Result(migrated, List.copyOf(changes), problems);
    }

    /** The length of the key token at {@code offset}: the name itself, or the name in quotes; -1 when it is written some other way. */
    static int keyLength(String text, int offset, String key) {
        if (offset >= text.length()) return -1;
        char q = text.charAt(offset);
        if (q == '"' || q == '\'') {
            for (int i = offset + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') return -1;
                if (q == '"' && c == '\\') i++;
                else if (c == q && q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') i++;
                else if (c == q) return i + 1 - offset;
            }
            return -1;
        }
        return text.startsWith(key, offset) ? key.length() : -1;
    }

    /** {@code version: N} on a line of its own before the first setting (after leading comments), or at the end of a file without one. */
    private static Edit versionEdit(LocatedYaml yaml, String text, LineIndex lines) {
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        String line = "version: " + ConfigVersion.CURRENT;
        JsonNode root = yaml.root();
        if (!root.isObject() || root.isEmpty()) {
            boolean flowEmpty = root.isObject(); // "{}": the settings are the flow map
            if (flowEmpty) {
                int brace = text.indexOf('{', lines.offset(yaml.at("")));
                return new Edit(brace + 1, 0, line);
            }
            String before = text.isEmpty() || text.endsWith("\n") ? "" : nl;
            return new Edit(text.length(), 0, before + line + nl);
        }
        int first = Integer.MAX_VALUE;
        var names = root.fieldNames();
        while (names.hasNext()) first = Math.min(first, lines.offset(yaml.keyAt("/" + ConfigKeys.escape(names.next()))));
        int lineStart = text.lastIndexOf('\n', first - 1) + 1;
        String indent = text.substring(lineStart, first);
        if (indent.isBlank()) return new Edit(lineStart, 0, indent + line + nl);
        return new Edit(first, 0, line + ", "); // a flow map: {title: x, ...}
    }

    /** The migrated text must read as the old one did with the renames applied and the version set. */
    private static void verify(Path file, String migrated, JsonNode renamed, Problems problems) {
        Problems again = new Problems();
        LocatedYaml after = LocatedYaml.parse(file, migrated, 0, again);
        ObjectNode expected = renamed.isObject() ? ((ObjectNode) renamed).deepCopy() : new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        if (!expected.has("version")) expected.set("version", IntNode.valueOf(ConfigVersion.CURRENT));
        if (after == null || !after.root().equals(expected)) {
            problems.add(SourcePos.file(file), "the rewritten file would not read as this one does, so it was not written; "
                    + "expected the renames made by hand (the warnings of press build name them)");
        }
    }

    /** Offsets of line starts, to turn a parser's line and column (in code points) into a char offset. */
    private static final class LineIndex {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        }

        int offset(SourcePos p) {
            int line = Math.max(1, Math.min(p.line(), starts.size()));
            return text.offsetByCodePoints(starts.get(line - 1), Math.max(0, p.column() - 1));
        }

        SourcePos pos(Path file, int offset) {
            int line = 1;
            while (line < starts.size() && starts.get(line) <= offset) line++;
            return SourcePos.of(file, line, text.codePointCount(starts.get(line - 1), offset) + 1);
        }
    }
}
