package press.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The importer's front-matter layout, byte for byte, and strings quoted so YAML reads back exactly what was written. */
class ImportedFrontMatterTest {
    private static FmValue.Field f(String key, FmValue v) {
        return new FmValue.Field(key, v);
    }

    @Test
    void theLayoutIsPinned() {
        String yaml = ImportedFrontMatter.write(List.of(
                f("title", new FmValue.Str("A \"quoted\" title")),
                f("date", new FmValue.Date("2021-04-08")),
                f("view_count", new FmValue.Int(69270)),
                f("tags", new FmValue.Seq(List.of(new FmValue.Str("go"), new FmValue.Str("redis")))),
                f("score", new FmValue.Map(List.of(f("quality", new FmValue.Int(90))))),
                f("entities", new FmValue.Seq(List.of(new FmValue.Map(List.of(f("name", new FmValue.Str("x")), f("type", new FmValue.Str("stack"))))))),
                f("empty_list", new FmValue.Seq(List.of())),
                f("empty_map", new FmValue.Map(List.of())),
                f("odd key", new FmValue.Str("v"))));
        assertEquals("---\ntitle: \"A \\\"quoted\\\" title\"\ndate: 2021-04-08\nview_count: 69270\ntags:\n  - \"go\"\n  - \"redis\"\n"
                + "score:\n  quality: 90\nentities:\n  - name: \"x\"\n    type: \"stack\"\nempty_list: []\nempty_map: {}\n\"odd key\": \"v\"\n---\n", yaml);
    }

    @Test
    void everyStringReadsBackAsWritten() throws Exception {
        String nasty = "a\\b \"c\"\n\td\r\u0001 \u0085 \u2028 \u2029 \ufeff: # - [x] {y} 'z' yes null 007";
        String yaml = ImportedFrontMatter.write(List.of(f("v", new FmValue.Str(nasty)), f("k: #", new FmValue.Str("ok"))));
        JsonNode back = new ObjectMapper(new YAMLFactory()).readTree(yaml.substring(4, yaml.length() - 4));
        assertEquals(nasty, back.get("v").asText());
        assertEquals("ok", back.get("k: #").asText());
        assertEquals("\"\\u0001\"", ImportedFrontMatter.quote("\u0001"));
    }

    @Test
    void keysArePlainOnlyWhenSimple() {
        assertEquals("last_reviewed", ImportedFrontMatter.key("last_reviewed"));
        assertEquals("a-b", ImportedFrontMatter.key("a-b"));
        assertEquals("\"1st\"", ImportedFrontMatter.key("1st"));
        assertEquals("\"a b\"", ImportedFrontMatter.key("a b"));
        assertThrows(IllegalArgumentException.class, () -> ImportedFrontMatter.scalar(new FmValue.Seq(List.of())));
    }
}
