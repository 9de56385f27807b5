package press.importer;

import org.junit.jupiter.api.Test;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export pages written for these tests in other stacks: go and sql code, two images, no code, yaml and bash. */
class OtherStacksTest {
    static final Path PAGES = Path.of("src/test/resources/importer/pages");

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(PAGES)) {
            return s.sorted().toList().stream();
        }
    }

    private static String body(String name) throws IOException {
        return Pages.body(post(name));
    }

    private static ImportedPost post(String name) throws IOException {
        Path p = PAGES.resolve(name);
        return Importer.convert(name, Files.readAllBytes(p), ImportOptions.defaults());
    }

    @ParameterizedTest
    @MethodSource("pages")
    void keepsEverything(Path page) throws Exception {
        RoundTrip.assertKeepsEverything(Files.readString(page, StandardCharsets.UTF_8), post(page.getFileName().toString()).text());
    }

    @Test
    void goCodeKeepsItsTabs() throws IOException {
        assertTrue(body("go_health_checks.txt").contains("""
                ```go
                func health(w http.ResponseWriter, r *http.Request) {
                \tw.Header().Set("Content-Type", "application/json")
                \tw.Write([]byte(`{"ok":true}`))
                }
                ```"""));
        assertTrue(body("go_health_checks.txt").contains("\n## what we measured\n"), "a heading the old site did not use");
    }

    @Test
    void sqlSnippetsSeparatedByProseAreTwoBlocks() throws Exception {
        String body = body("sql_slow_queries.txt");
        assertEquals(2, body.split("```sql\n", -1).length - 1);
        assertTrue(body.contains("EXPLAIN ANALYZE\nSELECT id, title\nFROM posts\n"));
        assertTrue(body.contains("\n    ON posts (status, published_at DESC);\n```"));
        assertTrue(body.contains("\n## a rollout plan\n"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoImagesTakeTheirUrlsFromImageSourcesInOrder() throws Exception {
        ImportedPost post = post("two_images_no_code.txt");
        RoundTrip.Post read = RoundTrip.read(post.text());
        List<Map<String, Object>> sources = (List<Map<String, Object>>) read.frontMatter().get("image_sources");
        assertEquals(sources.stream().map(s -> s.get("url")).toList(), read.imageUrls());
        assertTrue(read.code().isEmpty());
        assertFalse(read.markdown().contains("```"));
        assertTrue(read.markdown().contains("*optimizing images for content pages with static sites visual reference 2. image source: pexels*"));
        assertEquals(List.of(), post.warnings());
    }

    @Test
    void languagesAreDetectedWhenTheMetaHasNone() throws IOException {
        String body = body("yaml_bash_one_per_line.txt");
        assertTrue(body.contains("## the probe\n\n```yaml\nlivenessProbe:\n  httpGet:\n    path: /health\n"));
        assertTrue(body.contains("```bash\n#!/usr/bin/env bash\nset -euo pipefail\n"));
        assertTrue(body.contains("\n\n- rotate the credentials\n- restart one instance first\n"));
    }
}
