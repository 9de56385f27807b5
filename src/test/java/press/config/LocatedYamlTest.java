package press.config;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LocatedYamlTest {
    private static final Path FILE = Path.of("content/posts/a.md");

    private static LocatedYaml parse(LocatedYaml.Format format, String text, int offset) {
        Problems p = new Problems();
        LocatedYaml y = LocatedYaml.parse(FILE, format, text, offset, p);
        assertEquals(List.of(), p.sorted());
        return y;
    }

    private static List<String> errors(LocatedYaml.Format format, String text, int offset) {
        Problems p = new Problems();
        assertNull(LocatedYaml.parse(FILE, format, text, offset, p));
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void valuesAndKeysArePlacedInTheFileWithTheLineOffset() {
        // front matter starts on the file's line 2 (after ---): offset 1
        LocatedYaml y = parse(LocatedYaml.Format.YAML, "title: Hello\ntags:\n  - a\n  - b\nrevision:\n  last_reviewed:   2024-01-01\n", 1);
        assertEquals("content/posts/a.md:2:8", y.at("/title").toString());
        assertEquals("content/posts/a.md:2:1", y.keyAt("/title").toString());
        assertEquals("content/posts/a.md:5:5", y.at("/tags/1").toString());
        assertEquals("content/posts/a.md:7:20", y.at("/revision/last_reviewed").toString());
        assertEquals("content/posts/a.md:7:3", y.keyAt("/revision/last_reviewed").toString());
        assertEquals("content/posts/a.md:2:1", y.at("/nothing/here").toString(), "an unknown place is the start of the text");
        assertEquals("Hello", y.root().at("/title").asText());
    }

    @Test
    void tomlAndJsonArePlacedToo() {
        LocatedYaml toml = parse(LocatedYaml.Format.TOML, "title = \"Hi\"\n[params]\nmood = \"ok\"\n", 1);
        assertEquals("ok", toml.root().at("/params/mood").asText());
        // Jackson's TOML reader keeps no places: the file alone (PathOrigins finds the line by text)
        assertEquals("content/posts/a.md", toml.keyAt("/params/mood").toString());
        LocatedYaml json = parse(LocatedYaml.Format.JSON, "{\n  \"title\": \"Hi\",\n  \"tags\": [\"a\", \"b\"]\n}\n", 0);
        assertEquals("content/posts/a.md:2:3", json.keyAt("/title").toString());
        assertEquals("content/posts/a.md:3:17", json.at("/tags/1").toString());
    }

    @Test
    void aRenamedKeyIsPlacedWhereTheFileWritesIt() {
        LocatedYaml y = parse(LocatedYaml.Format.YAML, "Similar:\n  count: 3\n", 0);
        y.alias("/similar", "/Similar");
        assertEquals("content/posts/a.md:2:10", y.at("/similar/count").toString());
        assertEquals("content/posts/a.md:1:1", y.keyAt("/similar").toString());
    }

    @Test
    void aSyntaxErrorIsOneProblemAtItsPlaceInFileLines() {
        assertEquals(List.of("content/posts/a.md:5:4: invalid YAML: a colon inside the list opened with [ at line 4, "
                        + "expected a ] to close it before, or a comma between its items (an item that holds \": \" in quotes)"),
                errors(LocatedYaml.Format.YAML, "title: A\ntags: [a b\n  c: d\n", 2));
        assertEquals(List.of("content/posts/a.md:3:"), errors(LocatedYaml.Format.TOML, "title = \"x\"\ndate = = 2\n", 1).stream()
                .map(s -> s.substring(0, "content/posts/a.md:3:".length())).toList());
        List<String> json = errors(LocatedYaml.Format.JSON, "{\n  \"title\": \"x\",\n}\n", 0);
        assertEquals(1, json.size());
        assertEquals(true, json.get(0).startsWith("content/posts/a.md:3:1: invalid JSON: "), json.get(0));
    }

    @Test
    void anEmptyTextIsAMissingRoot() {
        assertEquals(true, parse(LocatedYaml.Format.YAML, "", 1).root().isMissingNode());
    }
}
