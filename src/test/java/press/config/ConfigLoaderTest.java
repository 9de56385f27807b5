package press.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.problem.Problem;
import press.problem.Problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Problems problems) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/site.yaml"), yaml);
        return ConfigLoader.load(dir, problems);
    }

    private static List<String> lines(Problems p) {
        return p.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void readsContentSettingsAndReportsWrongOnes() throws Exception {
        Problems p = new Problems();
        SiteConfig c = load("content_extensions: [.txt, markdown]\ndated_sections: [posts, news]\n"
                + "menu:\n  - {name: Docs, url: /docs/, weight: 2}\n  - {name: Src, url: 'https://example.com/'}\n", p);
        assertTrue(p.isEmpty(), lines(p).toString());
        assertEquals(List.of("md", "markdown", "mdown", "txt"), c.content().extensions());
        assertEquals(List.of("posts", "news"), c.content().datedSections());
        assertEquals(List.of(new SiteConfig.MenuEntry("Docs", "/docs/", 2), new SiteConfig.MenuEntry("Src", "https://example.com/", 0)),
                c.content().menu());
        Problems bad = new Problems();
        load("content_extensions: [\"a b\"]\ndated_sections: [../x]\nmenu:\n  - {name: X, url: javascript:alert(1)}\n  - {url: /a/, colour: red}\n", bad);
        assertEquals(List.of(
                "content/site.yaml:1:22: content_extensions: expected a file extension such as markdown, got \"a b\"",
                "content/site.yaml:2:18: dated_sections: expected a folder name of content/ such as posts, got \"../x\"",
                "content/site.yaml:4:20: menu[0].url: expected a site path such as /about/ or an http(s) URL, got \"javascript:alert(1)\"",
                "content/site.yaml:5:5: menu[1].name: required, expected the link's label",
                "content/site.yaml:5:16: menu[1].colour: unknown setting, expected one of [name, url, weight]"), lines(bad));
    }

    @Test
    void jekyllsIncludeListIsReadAndChecked() throws Exception {
        Problems p = new Problems();
        SiteConfig c = load("include: [_pages, /docs/_keep.md/, _pages]\n", p);
        assertTrue(p.isEmpty(), lines(p).toString());
        assertEquals(List.of("_pages", "docs/_keep.md"), c.content().include());
        assertTrue(c.content().includes("_pages/cv.md") && c.content().includes("docs/_keep.md") && !c.content().includes("_pagesx/a.md"));
        Problems bad = new Problems();
        load("include:\n  - ../secret\n  - '*.md'\n", bad);
        assertEquals(List.of("content/site.yaml:2:5: include: expected a folder or file of content/ such as _pages, got \"../secret\"",
                "content/site.yaml:3:5: include: expected a folder or file of content/ such as _pages, got \"*.md\""), lines(bad));
    }

    @Test
    void noFileGivesDefaults() {
        Problems p = new Problems();
        assertEquals(SiteConfig.defaults(), ConfigLoader.load(dir, p));
        assertTrue(p.isEmpty());
    }

    @Test
    void readsEverySetting() throws Exception {
        Problems p = new Problems();
        SiteConfig c = load("""
                title: alphanode
                base_url: https://example.org/blog
                language: de
                description: advice
                posts_per_page: 7
                taxonomies:
                  - tags
                  - field: tools
                    path: tools
                    title: Tools
                    singular: tool
                similar:
                  count: 3
                  include_newer: false
                  weights: {tags: 2, tools: 0}
                  max_term_share: 0.5
                  postings_cap: 2000
                  length_norm: 0
                markdown:
                  unsafe_html: true
                import:
                  tags_from: stack
                """, p);
        assertEquals(List.of(), lines(p));
        assertEquals("https://example.org/blog/", c.baseUrl());
        assertEquals("/blog/", c.basePath());
        assertEquals(7, c.postsPerPage());
        assertEquals(List.of(new SiteConfig.TaxonomyConfig("tags", "tags", "Tags", "tags"),
                new SiteConfig.TaxonomyConfig("tools", "tools", "Tools", "tool")), c.taxonomies());
        assertEquals(3, c.similar().count());
        assertFalse(c.similar().includeNewer());
        assertEquals(2.0, c.similar().weights().get("tags"));
        assertEquals(0.0, c.similar().weights().get("tools"));
        assertEquals(4.0, c.similar().weights().get("problem"));
        assertEquals(2000, c.similar().postingsCap());
        assertEquals(0.0, c.similar().lengthNorm());
        assertTrue(c.markdown().unsafeHtml());
        assertEquals("stack", c.importer().tagsFrom());
    }

    @Test
    void reportsEveryWrongSettingWithItsLineAndColumn() throws Exception {
        Problems p = new Problems();
        load("""
                title: ok
                posts_per_pge: 5
                posts_per_page: many
                base_url: ftp://x
                taxonomies:
                  - field: tags
                    path: Bad Path
                similar:
                  weights: {colour: 1}
                """, p);
        assertEquals(List.of(
                "content/site.yaml:2:1: posts_per_pge: unknown setting, expected one of [author, base_url, collections, content_extensions, dated_sections, description, environments, favicon, image, import, include, language, languages, markdown, menu, noindex_paged, output, params, permalink, permalinks, posts_per_page, similar, taxonomies, title, toc_min_sections, version]",
                "content/site.yaml:3:17: posts_per_page: expected a whole number from 1 to 10000, got \"many\"",
                "content/site.yaml:4:11: base_url: expected an absolute http(s) URL such as https://example.org/blog/, got \"ftp://x\"",
                "content/site.yaml:7:11: taxonomies[0].path: expected lowercase letters, digits, '-' or '_', got \"Bad Path\"",
                "content/site.yaml:9:13: similar.weights.colour: unknown field, expected one of [entities, primary_stack, problem, stack, tags, title, tools, words]"),
                lines(p));
    }

    @Test
    void pageSettingsAreReadAndChecked() throws Exception {
        Problems ok = new Problems();
        SiteConfig c = load("favicon: icons/a.svg\nimage: cover.png\nauthor: {name: Ada, url: https://ada.example/}\n"
                + "noindex_paged: false\ntoc_min_sections: 4\n", ok);
        assertEquals(List.of(), lines(ok));
        assertEquals(new SiteConfig.PageConfig("icons/a.svg", "cover.png", "Ada", "https://ada.example/", false, 4), c.pages());
        Problems p = new Problems();
        load("favicon: /etc/x.png\nimage: \"javascript:alert(1)\"\nauthor: {name: A, url: \"mailto:a\", mail: b}\n", p);
        assertEquals(List.of(
                "content/site.yaml:1:10: favicon: expected a site-relative path of an SVG file such as assets/favicon.svg, got \"/etc/x.png\"",
                "content/site.yaml:2:8: image: expected a site-relative path or an absolute http(s) URL, got \"javascript:alert(1)\"",
                "content/site.yaml:3:24: author.url: expected an absolute http(s) URL, got \"mailto:a\"",
                "content/site.yaml:3:36: author.mail: unknown setting, expected one of [name, url]"),
                lines(p));
    }

    @Test
    void yamlSyntaxErrorHasItsPlace() throws Exception {
        Problems p = new Problems();
        load("title: a\nlist: [1, 2\n", p);
        assertEquals(List.of("content/site.yaml:2:7: invalid YAML: the list opened here with [ is never closed, expected a ] at its end"), lines(p),
                "at the [, not at the end of the file");
    }

    @Test
    void theCommonYamlMistakesSayWhatWasExpected() throws Exception {
        assertEquals(List.of("content/site.yaml:2:19: invalid YAML: a colon in the value of description, which YAML reads as the start of a key, "
                + "expected the value in quotes: description: \"Notes: Java and Go\""), errors("title: Notes\ndescription: Notes: Java and Go\n"));
        assertEquals(List.of("content/site.yaml:3:1: invalid YAML: a tab in the indentation, expected spaces (YAML does not allow tabs to indent)"),
                errors("title: Notes\nauthor:\n\tname: Ann\n"));
        assertEquals(List.of("content/site.yaml:1:8: invalid YAML: the quote (') of the value of title is never closed, expected a closing ' at the end of the value"),
                errors("title: 'Notes\nbase_url: https://example.com/\n"));
        assertEquals(List.of("content/site.yaml:4:1: invalid YAML: a list item at an indent that fits no list above, "
                + "expected every item of a list at the same indent, below its key"), errors("title: Notes\nmenu:\n  - {name: A, url: /a/}\n- {name: B, url: /b/}\n"));
        assertEquals(List.of("content/site.yaml:3:3: invalid YAML: a key at an indent that fits no map above, expected every key of a map at the same indent"),
                errors("author:\n    name: Ann\n  url: https://ann.example/\n"));
        assertEquals(List.of("content/site.yaml:2:8: invalid YAML: the value of title starts with @, which YAML reserves, expected the value in quotes: title: \"@ann\""),
                errors("base_url: https://example.com/\ntitle: @ann\n"));
    }

    private List<String> errors(String yaml) throws Exception {
        Problems p = new Problems();
        load(yaml, p);
        return lines(p);
    }
}
