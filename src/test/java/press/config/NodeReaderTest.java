package press.config;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed reads: each value of the right type, and each wrong one a problem at its place that says what was expected. */
class NodeReaderTest {
    private final Problems problems = new Problems();

    private NodeReader reader(String yaml) {
        LocatedYaml y = LocatedYaml.parse(Path.of("content/site.yaml"), LocatedYaml.Format.YAML, yaml, 0, problems);
        assertEquals(List.of(), problems.sorted());
        return new NodeReader(y, problems);
    }

    private List<String> problems() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void valuesOfTheRightTypeAreRead() {
        NodeReader r = reader("title: Hi\nyear: 2024\ndraft: true\nweight: 1.5\ntags: [a, 2]\ntag: solo\nnone: null\nparams: {a: 1}\n");
        assertEquals(Optional.of("Hi"), r.text("/title"));
        assertEquals(Optional.of("2024"), r.text("/year"), "a number is read as its text");
        assertEquals(Optional.of(true), r.bool("/draft"));
        assertEquals(Optional.of(2024), r.integer("/year", 1, 9999));
        assertEquals(Optional.of(1.5), r.number("/weight"));
        assertEquals(Optional.of(List.of("a", "2")), r.textList("/tags"));
        assertEquals(Optional.of(List.of("solo")), r.textList("/tag"), "one value is a list of one");
        assertEquals(Optional.empty(), r.text("/none"), "null is absent");
        assertEquals(Optional.empty(), r.integer("/missing", 1, 2));
        assertFalse(r.has("/none"));
        assertTrue(r.has("/title"));
        assertTrue(r.isMapOrAbsent("/params"));
        assertTrue(r.isMapOrAbsent("/missing"));
        assertEquals(List.of(), problems());
    }

    @Test
    void eachWrongValueIsAProblemAtItsPlace() {
        NodeReader r = reader("title: [a]\ndraft: yes please\nyear: 2024\nweight: heavy\ntags: [a, {b: 1}, [c]]\nparams: 3\n"
                + "long: " + "x".repeat(50) + "\nratio: 0.5\n");
        assertEquals(Optional.empty(), r.text("/title"));
        assertEquals(Optional.empty(), r.bool("/draft"));
        assertEquals(Optional.empty(), r.integer("/year", 1, 100));
        assertEquals(Optional.empty(), r.number("/weight"));
        assertEquals(Optional.empty(), r.textList("/tags"));
        assertFalse(r.isMapOrAbsent("/params"));
        assertEquals(Optional.empty(), r.bool("/long"));
        assertEquals(Optional.empty(), r.integer("/ratio", 0, 1));
        assertEquals(List.of(
                "content/site.yaml:1:1: title: expected text, got a list", // a list or map value of a key is placed at its key
                "content/site.yaml:2:8: draft: expected true or false, got \"yes please\"",
                "content/site.yaml:3:7: year: expected a whole number from 1 to 100, got the number 2024",
                "content/site.yaml:4:9: weight: expected a number, got \"heavy\"",
                "content/site.yaml:5:11: tags[1]: expected text (an item of a list of text), got a map",
                "content/site.yaml:5:19: tags[2]: expected text (an item of a list of text), got a list",
                "content/site.yaml:6:9: params: expected a map of named values, got the number 3",
                "content/site.yaml:7:7: long: expected true or false, got \"" + "x".repeat(40) + "...\"",
                "content/site.yaml:8:8: ratio: expected a whole number from 0 to 1, got the number 0.5"), problems());
    }

    @Test
    void pointersReadAsFieldNames() {
        assertEquals("revision.last_reviewed", NodeReader.fieldName("/revision/last_reviewed"));
        assertEquals("tags[2]", NodeReader.fieldName("/tags/2"));
        assertEquals("menu.main[0].url", NodeReader.fieldName("/menu/main/0/url"));
        assertEquals("a/b.c~d", NodeReader.fieldName("/a~1b/c~0d"));
    }

    /** The pointer walk answers as Jackson's {@code JsonNode.at} for pointers of every shape: fields, indexes, numbers as keys, escapes, misses. */
    @Test
    void thePointerWalkAnswersAsJackson() throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"title": "t", "": {"": 1}, "a": {"b": [10, {"c": null, "0": "zero", "01": "one"}, [true]], "x/y": 2, "m~n": 3},
                 "list": ["p", "q"], "7": {"8": "n"}}""");
        String[] pointers = {"", "/", "//", "/title", "/title/x", "/a", "/a/b", "/a/b/0", "/a/b/1", "/a/b/1/c", "/a/b/1/c/d", "/a/b/1/0",
            "/a/b/1/01", "/a/b/2/0", "/a/b/3", "/a/b/-1", "/a/b/01", "/a/b/00", "/a/b/+1", "/a/b/1x", "/a/b/99999999999", "/a/b/2147483648",
            "/a/x~1y", "/a/m~0n", "/a/x/y", "/list/1", "/list/2", "/list/", "/7/8", "/7", "/missing", "/missing/more", "/a/", "/a//"};
        for (String p : pointers) {
            assertSame(root.at(p), NodeReader.at(root, p), p);
        }
    }
}
