package press.importer;

import press.problem.Problem;
import press.problem.SourcePos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines after {@code alphanode post meta} to front-matter fields, in page order. The
 * exporter glued each label to its value ({@code view count69270}), so known labels are split
 * off longest first; a line no known label starts is kept too (as a field when a name can be
 * told from the value, else in {@code unsplit_meta}) with a warning, because nothing may be lost.
 */
final class MetaParser {
    static final String UNSPLIT_KEY = "unsplit_meta";

    private static final Pattern PAIR = Pattern.compile("^([^:]+?):(?:\\s+(.*))?$");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");
    private static final Pattern NAMED_PAIR = Pattern.compile("^(\\p{L}[\\p{L}\\p{N} _-]{0,40}?):\\s*(\\S.*)$");
    private static final Pattern NAMED_NUMBER = Pattern.compile("^(\\p{L}[\\p{L} _-]{0,40}?\\p{L})\\s*(\\d{1,18})$");

    private final String file;
    private final List<Problem> errors;
    private final List<Problem> warnings;
    private final List<FmValue.Field> fields = new ArrayList<>();
    private final Map<String, Integer> seenAt = new HashMap<>();
    private final List<FmValue> unsplit = new ArrayList<>();
    private int lastUnsplitLine;
    private int lastLine;

    private MetaParser(String file, List<Problem> errors, List<Problem> warnings) {
        this.file = file;
        this.errors = errors;
        this.warnings = warnings;
    }

    /**
     * The meta fields in page order, each key once; problems go to the given lists. With
     * {@code complete} false (the page lacks its closing "Similar Posts"), a last line that is no
     * field at all is taken for a line cut short and is an error rather than a warning.
     */
    static List<FmValue.Field> parse(String file, List<Line> meta, boolean complete, List<Problem> errors, List<Problem> warnings) {
        MetaParser p = new MetaParser(file, errors, warnings);
        p.parseLines(meta);
        if (!complete && p.lastUnsplitLine > 0 && p.lastUnsplitLine == p.lastLine) {
            warnings.removeIf(w -> w.pos().line() == p.lastLine);
            errors.add(new Problem(new SourcePos(file, p.lastLine, 0), "the meta block ends in \""
                    + ((FmValue.Str) p.unsplit.get(p.unsplit.size() - 1)).text() + "\", which is no field, and the page lacks its "
                    + "closing \"Similar Posts\"; is the page truncated? expected a whole field such as \"view count123\""));
        }
        if (!p.unsplit.isEmpty()) p.fields.add(new FmValue.Field(UNSPLIT_KEY, new FmValue.Seq(p.unsplit)));
        return p.fields;
    }

    private void parseLines(List<Line> meta) {
        int n = meta.size();
        int i = 0;
        while (i < n) {
            Line line = meta.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            lastLine = line.no();
            if (LineShape.isBullet(line.text())) {
                error(line, "a bullet line with no field name above it, expected a field name line such as \"tools\"");
                i++;
                continue;
            }
            List<Line> bullets = new ArrayList<>();
            int j = i + 1;
            while (j < n) {
                int k = j;
                while (k < n && meta.get(k).isBlank()) k++;
                if (k < n && LineShape.isBullet(meta.get(k).text())) {
                    bullets.add(meta.get(k));
                    j = k + 1;
                } else {
                    break;
                }
            }
            if (bullets.isEmpty()) scalarLine(line);
            else blockField(line, bullets);
            i = j;
        }
    }

    private void blockField(Line line, List<Line> bullets) {
        String label = line.stripped();
        MetaField f = MetaField.known(label);
        if (f != null && f.type().isScalar()) {
            error(line, "\"" + label + "\" is a single value, expected it right after the name (e.g. \""
                    + label + (f.type() == MetaField.Type.INT ? "9" : "text") + "\"), not bullet lines");
            return;
        }
        MetaField.Type type = f != null ? f.type() : guessType(bullets);
        if (f == null) warn(line, "unknown meta field \"" + label + "\" kept as " + MetaField.keyOf(label) + "; check it belongs in the post");
        FmValue value = switch (type) {
            case LIST -> new FmValue.Seq(bullets.stream().map(b -> (FmValue) new FmValue.Str(LineShape.bulletText(b.text()))).toList());
            case OBJECTS -> objects(label, bullets, f != null);
            default -> map(label, type, bullets);
        };
        if (value != null) add(line, MetaField.keyOf(label), value);
    }

    private void scalarLine(Line line) {
        String s = line.stripped();
        for (MetaField f : MetaField.BY_LENGTH) {
            if (!s.startsWith(f.label())) continue;
            String rest = s.substring(f.label().length()).strip();
            if (!f.type().isScalar()) {
                if (rest.isEmpty()) {
                    error(line, "\"" + f.label() + "\" has no items, expected bullet lines (\"  • ...\") below it; is the meta block truncated?");
                    return;
                }
                continue; // a longer, unknown label that starts like a list field
            }
            if (rest.isEmpty()) {
                error(line, "\"" + f.label() + "\" has no value, expected "
                        + (f.type() == MetaField.Type.INT ? "a whole number" : "text") + " right after the name");
                return;
            }
            FmValue v = f.type() == MetaField.Type.INT ? number(line, f.label(), rest) : new FmValue.Str(rest);
            if (v != null) add(line, f.key(), v);
            return;
        }
        Matcher m = NAMED_PAIR.matcher(s);
        if (!m.matches()) m = NAMED_NUMBER.matcher(s);
        if (m.matches()) {
            String key = MetaField.keyOf(m.group(1));
            warn(line, "unknown meta field \"" + m.group(1).strip() + "\" kept as " + key + "; check the name and value");
            add(line, key, auto(m.group(2).strip()));
        } else {
            warn(line, "unknown meta field: cannot tell its name from its value, kept the line in " + UNSPLIT_KEY);
            unsplit.add(new FmValue.Str(s));
            lastUnsplitLine = line.no();
        }
    }

    private FmValue map(String label, MetaField.Type type, List<Line> bullets) {
        List<FmValue.Field> entries = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        boolean ok = true;
        for (Line b : bullets) {
            FmValue.Field e = entry(label, type, b);
            if (e == null) {
                ok = false;
            } else if (!keys.add(e.key())) {
                error(b, "\"" + label + "\" has \"" + e.key() + "\" twice, expected each key once");
                ok = false;
            } else {
                entries.add(e);
            }
        }
        return ok ? new FmValue.Map(entries) : null;
    }

    /** Groups of {@code key: value} bullets; a key already in the current group starts the next one. */
    private FmValue objects(String label, List<Line> bullets, boolean strict) {
        List<List<FmValue.Field>> groups = new ArrayList<>();
        List<Line> starts = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        boolean ok = true;
        for (Line b : bullets) {
            FmValue.Field e = entry(label, MetaField.Type.AUTO_MAP, b);
            if (e == null) {
                ok = false;
                continue;
            }
            if (groups.isEmpty() || !current.add(e.key())) {
                groups.add(new ArrayList<>());
                starts.add(b);
                current = new LinkedHashSet<>(List.of(e.key()));
            }
            groups.get(groups.size() - 1).add(e);
        }
        if (!ok) return null;
        List<String> shape = groups.get(0).stream().map(FmValue.Field::key).toList();
        for (int g = 1; g < groups.size(); g++) {
            List<String> keys = groups.get(g).stream().map(FmValue.Field::key).toList();
            if (keys.equals(shape)) continue;
            String msg = "\"" + label + "\" item " + (g + 1) + " has keys " + keys + ", expected " + shape + " like item 1";
            if (strict) {
                error(starts.get(g), msg + "; is the meta block truncated?");
                return null;
            }
            warn(starts.get(g), msg);
        }
        return new FmValue.Seq(groups.stream().map(fs -> (FmValue) new FmValue.Map(fs)).toList());
    }

    private FmValue.Field entry(String label, MetaField.Type type, Line b) {
        Matcher m = PAIR.matcher(LineShape.bulletText(b.text()));
        if (!m.matches() || m.group(2) == null || m.group(2).isBlank()) {
            error(b, "\"" + label + "\" item \"" + LineShape.bulletText(b.text()) + "\" has no value, expected \"key: value\"");
            return null;
        }
        String key = MetaField.keyOf(m.group(1));
        String raw = m.group(2).strip();
        FmValue v = switch (type) {
            case INT_MAP -> number(b, label + " " + m.group(1).strip(), raw);
            case AUTO_MAP -> auto(raw);
            default -> new FmValue.Str(raw);
        };
        return v == null ? null : new FmValue.Field(key, v);
    }

    private FmValue number(Line line, String what, String raw) {
        if (DIGITS.matcher(raw).matches()) return new FmValue.Int(Long.parseLong(raw));
        error(line, "\"" + what + "\" is \"" + raw + "\", expected a whole number (digits only)");
        return null;
    }

    private static FmValue auto(String raw) {
        return DIGITS.matcher(raw).matches() ? new FmValue.Int(Long.parseLong(raw)) : new FmValue.Str(raw);
    }

    private static MetaField.Type guessType(List<Line> bullets) {
        Set<String> keys = new LinkedHashSet<>();
        boolean repeated = false;
        for (Line b : bullets) {
            Matcher m = NAMED_PAIR.matcher(LineShape.bulletText(b.text()));
            if (!m.matches()) return MetaField.Type.LIST;
            if (!keys.add(MetaField.keyOf(m.group(1)))) repeated = true;
        }
        return repeated ? MetaField.Type.OBJECTS : MetaField.Type.AUTO_MAP;
    }

    private void add(Line line, String key, FmValue value) {
        Integer first = seenAt.putIfAbsent(key, line.no());
        if (first != null) {
            error(line, "\"" + key + "\" appears twice (first on line " + first + "), expected each field once");
            return;
        }
        fields.add(new FmValue.Field(key, value));
    }

    private void error(Line line, String message) {
        errors.add(new Problem(new SourcePos(file, line.no(), 0), message));
    }

    private void warn(Line line, String message) {
        warnings.add(new Problem(new SourcePos(file, line.no(), 0), "warning: " + message));
    }
}
