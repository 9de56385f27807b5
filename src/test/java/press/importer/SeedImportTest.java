package press.importer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five pages the old site exported import completely. */
class SeedImportTest {
    static final Path SEEDS = Path.of("src/test/resources/importer/seeds");

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            List<Path> all = s.sorted().toList();
            assertEquals(5, all.size());
            return all.stream();
        }
    }

    static ImportedPost importSeed(Path seed) throws IOException {
        return Importer.convert(seed.getFileName().toString(), Files.readAllBytes(seed), ImportOptions.defaults());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsEveryParagraphHeadingCodeLineItemAndMetaValue(Path seed) throws Exception {
        ImportedPost post = importSeed(seed);
        RoundTrip.assertKeepsEverything(Files.readString(seed, StandardCharsets.UTF_8), post.text());
        assertEquals(post.slug(), RoundTrip.read(post.text()).frontMatter().get("slug"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @SuppressWarnings("unchecked")
    void frontMatterHasTheSiteTypes(Path seed) throws Exception {
        String page = Files.readString(seed, StandardCharsets.UTF_8);
        Map<String, Object> fm = RoundTrip.read(importSeed(seed).text()).frontMatter();
        List<String> keys = List.copyOf(fm.keySet());
        assertEquals(List.of("title", "date", "slug"), keys.subList(0, 3));
        assertEquals("tags", keys.get(keys.size() - 1));
        if (!page.contains("alphanode post meta")) {
            assertEquals("2000-01-01", fm.get("date"));
            assertEquals(List.of(), fm.get("tags"));
            return;
        }
        assertInstanceOf(Integer.class, fm.get("reading_time"));
        assertInstanceOf(Integer.class, fm.get("view_count"));
        Map<String, Object> revision = (Map<String, Object>) fm.get("revision");
        assertInstanceOf(String.class, revision.get("version"));
        assertEquals(revision.get("last_reviewed"), fm.get("date"));
        ((Map<String, Object>) fm.get("score")).values().forEach(v -> assertInstanceOf(Integer.class, v));
        ((Map<String, Object>) fm.get("flags")).values().forEach(v -> assertInstanceOf(Integer.class, v));
        assertEquals(fm.get("tools"), fm.get("tags"));
        List<Map<String, Object>> entities = (List<Map<String, Object>>) fm.get("entities");
        entities.forEach(e -> assertEquals(List.of("name", "type"), List.copyOf(e.keySet())));
        assertTrue(post(seed).warnings().isEmpty(), () -> "no warnings for a complete page: " + post(seed).warnings());
    }

    private static ImportedPost post(Path seed) {
        try {
            return importSeed(seed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
