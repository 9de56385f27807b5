package press.config;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class KeyRenamesTest {
    private static LocatedYaml yaml(String text) {
        Problems p = new Problems();
        LocatedYaml y = LocatedYaml.parse(Path.of("content/site.yaml"), text, 0, p);
        assertEquals(List.of(), p.sorted());
        return y;
    }

    private static List<String> lines(Problems p) {
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void otherGeneratorsNamesAndOtherSpellingsArePressKeys() {
        Set<String> known = ConfigKeys.ROOT;
        assertEquals("language", KeyRenames.target("", "languageCode", known));
        assertEquals("language", KeyRenames.target("", "lang", known));
        assertEquals("language", KeyRenames.target("", "default_language", known));
        assertEquals("posts_per_page", KeyRenames.target("", "paginate", known));
        assertEquals("base_url", KeyRenames.target("", "baseURL", known));
        assertEquals("base_url", KeyRenames.target("", "base-url", known));
        assertEquals("posts_per_page", KeyRenames.target("", "postsPerPage", known));
        assertEquals("include_newer", KeyRenames.target("/similar", "includeNewer", ConfigKeys.SIMILAR));
        assertNull(KeyRenames.target("", "paginator", known));
        assertNull(KeyRenames.target("/similar", "lang", ConfigKeys.SIMILAR), "the table is by the map a key lives in");
    }

    @Test
    void renamesAreFoundInFileOrderAndPressKeysAreLeftAlone() {
        List<KeyRenames.Rename> found = KeyRenames.find(yaml("title: t\nbaseURL: https://a.org/\nlanguageCode: en\nsimilar:\n  includeNewer: true\n").root());
        assertEquals(List.of(new KeyRenames.Rename("", "baseURL", "base_url"), new KeyRenames.Rename("", "languageCode", "language"),
                new KeyRenames.Rename("/similar", "includeNewer", "include_newer")), found);
        assertEquals("similar.includeNewer", found.get(2).fromName());
        assertEquals("similar.include_newer", found.get(2).toName());
    }

    @Test
    void aRenamedKeyIsReadUnderPressNameWithAWarningAtTheOldKey() {
        LocatedYaml y = yaml("title: t\npaginate: 5\nSimilar:\n  includeNewer: true\n");
        Problems problems = new Problems();
        Problems warnings = new Problems();
        KeyRenames.apply(y, problems, warnings);
        assertEquals(List.of(), lines(problems));
        assertEquals(List.of(
                "content/site.yaml:2:1: key \"paginate\" is renamed \"posts_per_page\", expected \"posts_per_page\" (press config migrate rewrites it)",
                "content/site.yaml:3:1: key \"Similar\" is renamed \"similar\", expected \"similar\" (press config migrate rewrites it)",
                "content/site.yaml:4:3: key \"similar.includeNewer\" is renamed \"similar.include_newer\", expected \"similar.include_newer\" (press config migrate rewrites it)"),
                lines(warnings));
        assertEquals(5, y.root().at("/posts_per_page").asInt());
        assertFalse(y.root().has("paginate"));
        assertEquals(true, y.root().at("/similar/include_newer").asBoolean());
        // the value's place in the file is kept under the new name
        assertEquals("content/site.yaml:2:11", y.at("/posts_per_page").toString());
        assertEquals("content/site.yaml:4:17", y.at("/similar/include_newer").toString());
    }

    @Test
    void anOldKeyBesideItsNewNameIsAProblemAndTheNewOneIsRead() {
        LocatedYaml y = yaml("language: de\nlang: en\n");
        Problems problems = new Problems();
        Problems warnings = new Problems();
        List<KeyRenames.Applied> applied = KeyRenames.apply(y, problems, warnings);
        assertEquals(List.of("content/site.yaml:2:1: key \"lang\" is renamed \"language\", which is set too (line 1), expected only \"language\""),
                lines(problems));
        assertEquals(List.of(), lines(warnings));
        assertEquals("de", y.root().at("/language").asText());
        assertEquals(1, applied.size());
        assertEquals(true, applied.get(0).clash());
    }
}
