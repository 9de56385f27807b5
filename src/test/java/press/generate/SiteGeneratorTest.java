package press.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteGeneratorTest {
    /** The keys shared/bench/gen_content.py writes, in its order. */
    private static final List<String> KEYS = List.of("title", "date", "slug", "topic", "summary", "tags", "stack",
            "tools", "code_language", "difficulty", "reading_time", "view_count", "score", "revision", "reference",
            "hash", "flags", "checklist", "entities", "image_sources", "payload", "notes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path tmp) throws IOException {
        new SiteGenerator().write(tmp.resolve("a"), 40, 42);
        new SiteGenerator().write(tmp.resolve("b"), 40, 42);
        List<Path> a = files(tmp.resolve("a"));
        assertEquals(40, a.size());
        assertEquals(a.stream().map(Path::getFileName).toList(), files(tmp.resolve("b")).stream().map(Path::getFileName).toList());
        for (Path f : a) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName())));
        }
    }

    @Test
    void postIDependsOnlyOnSeedAndI() {
        SiteGenerator gen = new SiteGenerator();
        assertEquals(gen.post(42, 7), gen.post(42, 7));
        assertNotEquals(gen.post(42, 7).text(), gen.post(43, 7).text());
        assertNotEquals(gen.post(42, 7).text(), gen.post(42, 8).text());
        assertTrue(gen.post(42, 7).slug().endsWith("-000008"), gen.post(42, 7).slug());
    }

    @Test
    void frontMatterHasEveryFieldOfTheBenchGenerator() throws IOException {
        SiteGenerator gen = new SiteGenerator();
        for (int i = 0; i < 200; i++) {
            GeneratedPost p = gen.post(3, i);
            assertTrue(p.text().startsWith("---\n"));
            int end = p.text().indexOf("\n---\n\n", 3);
            JsonNode fm = YAML.readTree(p.text().substring(4, end + 1));
            List<String> keys = new ArrayList<>();
            fm.fieldNames().forEachRemaining(keys::add);
            assertEquals(KEYS, keys);
            assertEquals(p.slug(), fm.get("slug").asText());
            OffsetDateTime date = OffsetDateTime.parse(fm.get("date").asText());
            assertTrue(date.getYear() >= 2015 && date.getYear() <= 2024 && date.getSecond() == 0, date.toString());
            String[] topic = fm.get("topic").asText().split(" / ");
            assertEquals(2, topic.length);
            assertEquals(topic[1], fm.get("stack").get(0).asText());
            assertTrue(fm.get("tags").size() >= 3 && fm.get("tags").size() <= 6);
            assertTrue(fm.get("stack").size() >= 1 && fm.get("stack").size() <= 3);
            assertTrue(fm.get("tools").size() >= 3 && fm.get("tools").size() <= 7);
            assertEquals(5, fm.get("checklist").size());
            assertEquals(topic[0], fm.get("entities").get(2).get("name").asText());
            assertEquals("problem", fm.get("entities").get(2).get("type").asText());
            assertEquals(4, fm.get("score").size());
            assertTrue(fm.get("revision").get("last_reviewed").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            assertEquals(fm.get("image_sources").size() > 0 ? 1 : 0, fm.get("flags").get("has_images").asInt());
            assertEquals(i + 1, fm.get("payload").get("seed").asInt());
            int body = p.text().length() - end;
            assertTrue(body > 3500 && body < 7000, "body of " + body + " chars");
        }
    }

    @Test
    void theCommandWritesFilesAndRefusesBadCounts(@TempDir Path tmp) throws IOException {
        Path into = tmp.resolve("posts");
        assertEquals(Main.OK, Main.run("generate", "--count", "3", "--seed", "9", "--into", into.toString()));
        List<Path> written = files(into);
        assertEquals(3, written.size());
        assertEquals(new SiteGenerator().post(9, 0).text(), Files.readString(into.resolve(new SiteGenerator().post(9, 0).slug() + ".md")));
        assertEquals(Main.USAGE, Main.run("generate", "--count", "-1", "--into", into.toString()));
        assertEquals(Main.USAGE, Main.run("generate", "--into", into.toString()));
        assertEquals(Main.USAGE, Main.run("generate", "--count", "many"));
    }
}
