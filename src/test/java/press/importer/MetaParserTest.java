package press.importer;

import org.junit.jupiter.api.Test;
import press.problem.Problem;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The meta block's lines to fields: labels glued to their values split off, bullet blocks by
 * their field's shape, unknown lines kept with a warning, and every refusal at its file and line.
 */
class MetaParserTest {
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** The lines, numbered from 10 as if the meta block started there. */
    private List<FmValue.Field> parse(boolean complete, String... lines) {
        List<Line> meta = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) meta.add(new Line(10 + i, lines[i]));
        return MetaParser.parse("t.txt", meta, complete, errors, warnings);
    }

    private List<FmValue.Field> parse(String... lines) {
        return parse(true, lines);
    }

    private static FmValue.Field field(String key, FmValue value) {
        return new FmValue.Field(key, value);
    }

    private static FmValue str(String s) {
        return new FmValue.Str(s);
    }

    private static FmValue num(long n) {
        return new FmValue.Int(n);
    }

    private List<String> errors() {
        return errors.stream().map(Problem::toString).toList();
    }

    private List<String> warnings() {
        return warnings.stream().map(Problem::toString).toList();
    }

    @Test
    void gluedLabelsAreSplitOffAndTypedInPageOrder() {
        assertEquals(List.of(field("view_count", num(69270)), field("code_language", str("python")), field("reading_time", num(9)),
                        field("summary", str("a short: summary."))),
                parse("view count69270", "", "code languagepython", "reading time 9", "summarya short: summary."));
        assertEquals(List.of(), errors());
        assertEquals(List.of(), warnings());
    }

    @Test
    void bulletBlocksTakeTheShapeOfTheirField() {
        List<FmValue.Field> fields = parse("tools", "  • pytest", "", "  • git",
                "score", "  • quality: 90", "  • depth: 70",
                "revision", "  • version: 1.2.3",
                "payload", "  • seed: 1", "  • source id: a-1",
                "entities", "    • name: python", "    • type: stack", "    • name: go", "    • type: stack");
        assertEquals(List.of(
                field("tools", new FmValue.Seq(List.of(str("pytest"), str("git")))),
                field("score", new FmValue.Map(List.of(field("quality", num(90)), field("depth", num(70))))),
                field("revision", new FmValue.Map(List.of(field("version", str("1.2.3"))))),
                field("payload", new FmValue.Map(List.of(field("seed", num(1)), field("source_id", str("a-1"))))),
                field("entities", new FmValue.Seq(List.of(
                        new FmValue.Map(List.of(field("name", str("python")), field("type", str("stack")))),
                        new FmValue.Map(List.of(field("name", str("go")), field("type", str("stack")))))))), fields);
        assertEquals(List.of(), errors());
    }

    @Test
    void unknownLinesAreKeptWithAWarning() {
        List<FmValue.Field> fields = parse("mood: calm", "likes42", "%% 1 %%", "extras", "  • one", "  • two",
                "people", "  • name: a", "  • name: b");
        assertEquals(List.of(field("mood", str("calm")), field("likes", num(42)),
                field("extras", new FmValue.Seq(List.of(str("one"), str("two")))),
                field("people", new FmValue.Seq(List.of(new FmValue.Map(List.of(field("name", str("a")))),
                        new FmValue.Map(List.of(field("name", str("b"))))))),
                field(MetaParser.UNSPLIT_KEY, new FmValue.Seq(List.of(str("%% 1 %%"))))), fields);
        assertEquals(List.of(
                "t.txt:10: warning: unknown meta field \"mood\" kept as mood; check the name and value",
                "t.txt:11: warning: unknown meta field \"likes\" kept as likes; check the name and value",
                "t.txt:12: warning: unknown meta field: cannot tell its name from its value, kept the line in unsplit_meta",
                "t.txt:13: warning: unknown meta field \"extras\" kept as extras; check it belongs in the post",
                "t.txt:16: warning: unknown meta field \"people\" kept as people; check it belongs in the post"), warnings());
        assertEquals(List.of(), errors());
    }

    @Test
    void anUnknownObjectListWithAnotherShapeIsAWarningAKnownOneAnError() {
        parse("people", "  • name: a", "  • age: 3", "  • name: b");
        assertEquals(List.of(), errors());
        assertEquals("t.txt:13: warning: \"people\" item 2 has keys [name], expected [name, age] like item 1", warnings().get(1));
        warnings.clear();
        assertEquals(List.of(), parse("entities", "  • name: a", "  • type: t", "  • name: b"));
        assertEquals(List.of("t.txt:13: \"entities\" item 2 has keys [name], expected [name, type] like item 1; is the meta block truncated?"), errors());
    }

    @Test
    void badValuesAreErrorsAtTheirLine() {
        List<FmValue.Field> fields = parse("  • stray", "view countmany", "reading time", "tools", "topic", "  • a",
                "score", "  • quality: high", "flags", "  • a: 1", "  • a: 2", "revision", "  • status", "hashabc", "hashdef");
        assertEquals(List.of(field("hash", str("abc"))), fields);
        assertEquals(List.of(
                "t.txt:10: a bullet line with no field name above it, expected a field name line such as \"tools\"",
                "t.txt:11: \"view count\" is \"many\", expected a whole number (digits only)",
                "t.txt:12: \"reading time\" has no value, expected a whole number right after the name",
                "t.txt:13: \"tools\" has no items, expected bullet lines (\"  • ...\") below it; is the meta block truncated?",
                "t.txt:14: \"topic\" is a single value, expected it right after the name (e.g. \"topictext\"), not bullet lines",
                "t.txt:17: \"score quality\" is \"high\", expected a whole number (digits only)",
                "t.txt:20: \"flags\" has \"a\" twice, expected each key once",
                "t.txt:22: \"revision\" item \"status\" has no value, expected \"key: value\"",
                "t.txt:24: \"hash\" appears twice (first on line 23), expected each field once"), errors());
    }

    @Test
    void aLastLineThatIsNoFieldIsAnErrorOnlyWhenThePageIsCutShort() {
        parse(true, "view count3", "view cou");
        assertEquals(List.of(), errors());
        assertEquals(List.of("t.txt:11: warning: unknown meta field: cannot tell its name from its value, kept the line in unsplit_meta"), warnings());
        warnings.clear();
        parse(false, "view count3", "view cou");
        assertEquals(List.of("t.txt:11: the meta block ends in \"view cou\", which is no field, and the page lacks its closing \"Similar Posts\"; "
                + "is the page truncated? expected a whole field such as \"view count123\""), errors());
        assertEquals(List.of(), warnings(), "the warning becomes the error");
        errors.clear();
        parse(false, "%% x", "view count3");
        assertEquals(List.of(), errors(), "an unknown line before the last is only a warning");
    }
}
