package press.generate;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The generator's front-matter layout, as the bench generator writes it, byte for byte. */
class GeneratedFrontMatterTest {
    @Test
    void theLayout() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("quality", 90);
        inner.put("ok", true);
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("name", "go");
        entity.put("type", "stack");
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "Fix: \"it\" — now");
        fm.put("date", OffsetDateTime.parse("2019-03-04T12:20:00+02:00"));
        fm.put("views", 12L);
        fm.put("tags", List.of("a", "b"));
        fm.put("none", List.of());
        fm.put("score", inner);
        fm.put("entities", List.of(entity));
        StringBuilder out = new StringBuilder();
        GeneratedFrontMatter.write(out, fm, 0);
        assertEquals("title: \"Fix: \\\"it\\\" \\u2014 now\"\ndate: 2019-03-04T10:20:00Z\nviews: 12\ntags:\n  - \"a\"\n  - \"b\"\nnone: []\n"
                + "score:\n  quality: 90\n  ok: true\nentities:\n  - name: \"go\"\n    type: \"stack\"\n", out.toString());
    }

    @Test
    void scalars() {
        assertEquals("7", GeneratedFrontMatter.scalar(7));
        assertEquals("false", GeneratedFrontMatter.scalar(false));
        assertEquals("\"1.5\"", GeneratedFrontMatter.scalar(1.5), "other numbers are written as text");
        assertEquals("\"a\\nb\"", GeneratedFrontMatter.scalar("a\nb"));
    }
}
