package press.importer;

import java.util.List;

/**
 * Writes front matter in the site's block layout (the same one the bench generator writes):
 * two-space indents, {@code - } list items, objects in lists as {@code - k: v} then aligned keys,
 * every string double-quoted. A tiny emitter rather than Jackson's YAML generator so the layout
 * is pinned byte for byte and does not move with a library upgrade.
 */
final class ImportedFrontMatter {
    private ImportedFrontMatter() {}

    static String write(List<FmValue.Field> fields) {
        StringBuilder out = new StringBuilder("---\n");
        writeFields(out, fields, "");
        return out.append("---\n").toString();
    }

    private static void writeFields(StringBuilder out, List<FmValue.Field> fields, String pad) {
        for (FmValue.Field f : fields) writeField(out, pad, pad, f);
    }

    /** {@code first} prefixes the key line ("- " for the first key of a list object), {@code pad} the rest. */
    private static void writeField(StringBuilder out, String first, String pad, FmValue.Field f) {
        out.append(first).append(key(f.key())).append(':');
        FmValue v = f.value();
        if (v instanceof FmValue.Map m) {
            if (m.fields().isEmpty()) {
                out.append(" {}\n");
                return;
            }
            out.append('\n');
            writeFields(out, m.fields(), pad + "  ");
        } else if (v instanceof FmValue.Seq s) {
            if (s.items().isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (FmValue item : s.items()) writeItem(out, pad + "  ", item);
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    private static void writeItem(StringBuilder out, String pad, FmValue item) {
        if (item instanceof FmValue.Map m && !m.fields().isEmpty()) {
            boolean firstKey = true;
            for (FmValue.Field f : m.fields()) {
                writeField(out, firstKey ? pad + "- " : pad + "  ", pad + "  ", f);
                firstKey = false;
            }
        } else if (item instanceof FmValue.Map) {
            out.append(pad).append("- {}\n");
        } else if (item instanceof FmValue.Seq s && !s.items().isEmpty()) {
            // not produced by the export format, but written validly rather than dropped
            out.append(pad).append("-\n");
            for (FmValue inner : s.items()) writeItem(out, pad + "  ", inner);
        } else if (item instanceof FmValue.Seq) {
            out.append(pad).append("- []\n");
        } else {
            out.append(pad).append("- ").append(scalar(item)).append('\n');
        }
    }

    /** Keys are plain when they are simple names, as every known field is; anything else is quoted. */
    static String key(String k) {
        return PLAIN_KEY.matcher(k).matches() ? k : quote(k);
    }

    private static final java.util.regex.Pattern PLAIN_KEY = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    static String scalar(FmValue v) {
        if (v instanceof FmValue.Int i) return Long.toString(i.value());
        if (v instanceof FmValue.Date d) return d.iso();
        if (v instanceof FmValue.Str s) return quote(s.text());
        throw new IllegalArgumentException("not a scalar: " + v);
    }

    /** A YAML double-quoted scalar; JSON-style escapes, plus the characters YAML treats as line breaks. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
