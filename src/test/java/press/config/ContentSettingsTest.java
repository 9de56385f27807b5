package press.config;

import org.junit.jupiter.api.Test;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code content_extensions}, {@code dated_sections}, {@code permalinks}/{@code permalink},
 * Jekyll's {@code collections}, {@code languages}, {@code menu} and {@code params}: what each
 * becomes, and every wrong value at its place in site.yaml.
 */
class ContentSettingsTest {
    private final Problems problems = new Problems();

    private SiteConfig.ContentConfig read(String yaml) {
        LocatedYaml y = LocatedYaml.parse(Path.of("content/site.yaml"), LocatedYaml.Format.YAML, yaml, 0, problems);
        assertEquals(List.of(), problems.sorted(), "the YAML parses");
        return ContentSettings.read(new NodeReader(y, problems), SiteConfig.ContentConfig.defaults());
    }

    private List<String> problems() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void nothingGivenIsTheDefaults() {
        SiteConfig.ContentConfig c = read("title: x\n");
        assertEquals(List.of("md", "markdown", "mdown"), c.extensions());
        assertEquals(List.of("posts"), c.datedSections());
        assertEquals(Map.of(), c.permalinks());
        assertEquals("en", c.defaultLanguage());
        assertEquals(List.of(), c.translations());
        assertEquals(List.of(), c.menu());
        assertEquals(Map.of(), c.params());
        assertEquals(List.of(), problems());
    }

    @Test
    void goodValuesAreRead() {
        SiteConfig.ContentConfig c = read("content_extensions: [.txt, md, mkd]\ndated_sections: [posts, news, posts]\n"
                + "permalinks: {_posts: /:year/:slug/, docs: /d/:slug/}\npermalink: pretty\n"
                + "language: en\nlanguages: [en, pl, pt-br, pl]\n"
                + "menu:\n  - {name: ' About ', url: /about/, weight: 2}\n  - {name: Code, url: 'https://example.org/x'}\n"
                + "params: {repo: https://example.org, deep: {n: 3, on: true}}\n"
                + "collections: {docs: {output: true, permalink: /docs/:path/}, notes: {output: false, permalink: /n/:path/}, drafts: null}\n");
        assertEquals(List.of(), problems());
        assertEquals(List.of("md", "markdown", "mdown", "txt", "mkd"), c.extensions(), "a leading dot is dropped, each once");
        assertEquals(List.of("posts", "news"), c.datedSections());
        assertEquals(Map.of("posts", "/:year/:slug/", "docs", "/docs/:path/", "news", "pretty"), c.permalinks(),
                "_posts is posts; permalink: fills the dated sections permalinks: leaves (a style stays its name until filled in); "
                        + "an output collection's pattern wins over permalinks:");
        assertEquals(List.of("pl", "pt-br"), c.translations(), "the site's own language is not a translation");
        assertEquals(List.of(new SiteConfig.MenuEntry("About", "/about/", 2), new SiteConfig.MenuEntry("Code", "https://example.org/x", 0)), c.menu());
        assertEquals(Map.of("repo", "https://example.org", "deep.n", "3", "deep.on", "true"), c.params());
        assertEquals(Map.of("docs", true, "notes", false, "drafts", false), c.collections());
        assertTrue(c.publishes("_docs"));
        assertFalse(c.publishes("_notes"));
        assertFalse(c.publishes("docs"), "a collection is a folder starting with _");
    }

    @Test
    void wrongValuesAreProblemsAtTheirPlace() {
        read("content_extensions: [md, 'a.b']\n"
                + "dated_sections: [posts, ../x]\n"
                + "permalinks: {posts: '/:year/:titel/'}\n"
                + "languages: [en, EN]\n"
                + "menu:\n  - {name: '', url: /a/}\n  - {name: B, url: 'javascript:x'}\n  - plain\n"
                + "params: {list: [1]}\n"
                + "collections: {posts: {output: true}, 'a b': {}, docs: 3}\n");
        List<String> p = problems(); // a map or list value is placed at its key (LocatedYaml)
        assertEquals(List.of(
                "content/site.yaml:1:26: content_extensions: expected a file extension such as markdown, got \"a.b\"",
                "content/site.yaml:2:25: dated_sections: expected a folder name of content/ such as posts, got \"../x\"",
                "content/site.yaml:3:21: permalinks.posts: unknown placeholder :titel",
                "content/site.yaml:4:17: languages: expected a lower-case language code such as pl or pt-br (as in about.pl.md), got \"EN\"",
                "content/site.yaml:6:12: menu[0].name: required, expected the link's label",
                "content/site.yaml:7:20: menu[1].url: expected a site path such as /about/ or an http(s) URL, got \"javascript:x\"",
                "content/site.yaml:8:5: menu[2]: expected a menu link ({name, url, weight}), got \"plain\"",
                "content/site.yaml:9:10: params.list: expected text, a number, true/false or a map of them, got a list",
                "content/site.yaml:10:15: collections: expected a folder name such as docs (for content/_docs/), got \"posts\"",
                "content/site.yaml:10:38: collections: expected a folder name such as docs (for content/_docs/), got \"a b\"",
                "content/site.yaml:10:55: collections.docs: expected the collection's settings ({output: true, permalink: /docs/:path/}), got the number 3"),
                p.stream().map(s -> s.contains(":titel") ? s.substring(0, s.indexOf(":titel") + 6) : s).toList());
    }

    @Test
    void mapsWhereListsBelongAndTheOtherWayRound() {
        read("languages: {en: {}}\npermalinks: [a]\nmenu: {a: 1}\nparams: 3\ncollections: [docs]\n");
        assertEquals(List.of(
                "content/site.yaml:1:1: languages: expected a list of language codes such as [en, pl] (press reads the codes; the site's own is language:), got a map",
                "content/site.yaml:2:1: permalinks: expected a map of content folders to patterns (posts: /:year/:month/:slug/), got a list",
                "content/site.yaml:3:1: menu: expected a list of menu links ({name, url, weight}), got a map",
                "content/site.yaml:4:9: params: expected a map of names to values (repository: https://example.org/code), got the number 3",
                "content/site.yaml:5:1: collections: expected a map of collection names to settings (docs: {output: true, permalink: /docs/:path/}), "
                        + "as in Jekyll's _config.yml, got a list"), problems());
    }
}
