package press.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code press config migrate} on the input/expected pairs of {@code src/test/resources/config/migrate/}:
 * the exact text (comments, order, quoting kept), the exact changes, nothing to do the second
 * time, and the migrated file reads as the old one did.
 */
class ConfigMigrationTest {
    private static final Path CASES = Path.of("src/test/resources/config/migrate");
    private static final Path FILE = Path.of(ConfigLoader.FILE);

    @TempDir
    Path dir;

    @Test
    void everyCaseMigratesToItsExpectedTextAndThenStays() throws Exception {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(3, cases.size());
        for (Path c : cases) {
            String input = Files.readString(c.resolve("site.yaml"), StandardCharsets.UTF_8);
            String expected = Files.readString(c.resolve("expected.yaml"), StandardCharsets.UTF_8);
            ConfigMigration.Result r = ConfigMigration.migrate(FILE, input);
            assertTrue(r.problems().isEmpty(), c + ": " + r.problems().sorted());
            assertEquals(expected, r.text(), c.toString());
            assertEquals(Files.readAllLines(c.resolve("expected-changes.txt"), StandardCharsets.UTF_8),
                    r.changes().stream().map(Object::toString).toList(), c.toString());

            ConfigMigration.Result again = ConfigMigration.migrate(FILE, r.text());
            assertEquals(List.of(), again.changes(), c + ": a second run changes nothing");
            assertEquals(r.text(), again.text());

            Problems oldProblems = new Problems();
            Problems oldWarnings = new Problems();
            SiteConfig before = load(input, oldProblems, oldWarnings);
            Problems newProblems = new Problems();
            Problems newWarnings = new Problems();
            SiteConfig after = load(r.text(), newProblems, newWarnings);
            assertEquals(before, after, c + ": the migrated file reads as the old one");
            assertTrue(oldProblems.isEmpty() && newProblems.isEmpty(), oldProblems.sorted() + " " + newProblems.sorted());
            assertTrue(newWarnings.isEmpty(), newWarnings.sorted().toString());
            long renames = r.changes().stream().filter(ch -> ch.what().contains(" -> ")).count();
            assertEquals(renames, oldWarnings.total(), c + ": one warning per renamed key");
        }
    }

    @Test
    void renamedKeysWarnAtTheirPlaceAndStillRead() throws Exception {
        Problems problems = new Problems();
        Problems warnings = new Problems();
        SiteConfig c = load("title: t\nbaseURL: https://example.org/blog\nsimilar:\n  includeNewer: false\npaginate: 3\n", problems, warnings);
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of(
                "content/site.yaml:2:1: key \"baseURL\" is renamed \"base_url\", expected \"base_url\" (press config migrate rewrites it)",
                "content/site.yaml:4:3: key \"similar.includeNewer\" is renamed \"similar.include_newer\", expected \"similar.include_newer\" (press config migrate rewrites it)",
                "content/site.yaml:5:1: key \"paginate\" is renamed \"posts_per_page\", expected \"posts_per_page\" (press config migrate rewrites it)"),
                lines(warnings));
        assertEquals("https://example.org/blog/", c.baseUrl());
        assertFalse(c.similar().includeNewer());
        assertEquals(3, c.postsPerPage());
    }

    @Test
    void aWrongValueUnderAnOldNamePointsAtItsValueInTheFile() throws Exception {
        Problems problems = new Problems();
        load("title: t\nBaseUrl: ftp://x\n", problems, new Problems());
        assertEquals(List.of("content/site.yaml:2:10: base_url: expected an absolute http(s) URL such as https://example.org/blog/, got \"ftp://x\""),
                lines(problems));
    }

    @Test
    void aKeyUnderBothNamesIsAProblemAndMigrateRefusesIt() throws Exception {
        String yaml = "base_url: https://a.example/\nlang: de\nbaseURL: https://b.example/\nlanguageCode: en\n";
        Problems problems = new Problems();
        SiteConfig c = load(yaml, problems, new Problems());
        assertEquals(List.of(
                "content/site.yaml:3:1: key \"baseURL\" is renamed \"base_url\", which is set too (line 1), expected only \"base_url\"",
                "content/site.yaml:4:1: key \"languageCode\" is renamed \"language\", which is set too (line 2), expected only \"language\""),
                lines(problems));
        assertEquals("https://a.example/", c.baseUrl());
        assertEquals("de", c.language());
        ConfigMigration.Result r = ConfigMigration.migrate(FILE, yaml);
        assertEquals(yaml, r.text());
        assertEquals(List.of(), r.changes());
        assertEquals(2, r.problems().total());
    }

    @Test
    void aNewerVersionIsRefusedNamingBothVersions() throws Exception {
        Problems problems = new Problems();
        SiteConfig c = load("# written by a newer press\nversion: 2\ntitle: future\nshiny_new_key: 1\n", problems, new Problems());
        assertEquals(List.of("content/site.yaml:2:10: version: this file is config version 2, this press reads config version 1 and older, "
                + "expected version 1 or a newer press"), lines(problems));
        assertEquals(SiteConfig.defaults(), c);
        ConfigMigration.Result r = ConfigMigration.migrate(FILE, "version: 2\ntitle: future\n");
        assertEquals(1, r.problems().total());
        assertEquals("version: 2\ntitle: future\n", r.text());

        Problems bad = new Problems();
        load("version: one\n", bad, new Problems());
        assertEquals(List.of("content/site.yaml:1:10: version: expected a whole number from 1 to 1 (the config version), got \"one\""), lines(bad));
    }

    @Test
    void aFileWithoutVersionIsTheCurrentOneWithNoWarning() throws Exception {
        Problems problems = new Problems();
        Problems warnings = new Problems();
        SiteConfig c = load("title: old site\nposts_per_page: 4\n", problems, warnings);
        assertTrue(problems.isEmpty() && warnings.isEmpty());
        assertEquals(c, load("version: 1\ntitle: old site\nposts_per_page: 4\n", problems, warnings));
        assertTrue(problems.isEmpty() && warnings.isEmpty());
    }

    @Test
    void keysOfOtherMeaningAreNotTakenForRenames() throws Exception {
        Problems problems = new Problems();
        load("title: t\nsimilar:\n  weights: {Tags: 1}\npostsperpages: 2\n", problems, new Problems());
        assertEquals(2, problems.total(), lines(problems).toString()); // a weight field name and a misspelling stay errors
    }

    @Test
    void crlfFilesKeepTheirLineEnds() {
        ConfigMigration.Result r = ConfigMigration.migrate(FILE, "# c\r\nbaseURL: https://a.example/\r\n");
        assertEquals("# c\r\nversion: 1\r\nbase_url: https://a.example/\r\n", r.text());
    }

    private SiteConfig load(String yaml, Problems problems, Problems warnings) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yaml"), yaml);
        return ConfigLoader.load(dir, problems, warnings);
    }

    private static List<String> lines(Problems p) {
        return p.sorted().stream().map(Problem::toString).toList();
    }
}
