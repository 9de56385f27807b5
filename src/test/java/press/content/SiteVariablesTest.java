package press.content;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What {{ site.x }} and param print: title, description, Jekyll's url and baseurl, and params under both names. */
class SiteVariablesTest {
    private static SiteConfig site(String baseUrl) {
        SiteConfig d = SiteConfig.defaults();
        SiteConfig.ContentConfig c = d.content();
        SiteConfig.ContentConfig withParams = new SiteConfig.ContentConfig(c.extensions(), c.datedSections(), c.menu(), c.permalinks(),
                c.defaultLanguage(), c.translations(), c.collections(), Map.of("repo", "https://example.org/code", "deep.n", "3"), c.include());
        return new SiteConfig("My Site", baseUrl, "en", "About things", 10, d.taxonomies(), d.similar(), d.markdown(), d.importer(),
                withParams, d.output(), false, Map.of(), d.pages());
    }

    @Test
    void theSitesValuesUnderJekyllsNames() {
        SiteVariables v = SiteVariables.of(site("https://example.org/blog/"));
        assertEquals("My Site", v.get("title"));
        assertEquals("About things", v.get("description"));
        assertEquals("https://example.org", v.get("url"), "the scheme and host");
        assertEquals("/blog", v.get("baseurl"), "the base path without its last /");
        assertEquals("https://example.org/blog/", v.baseUrl());
        assertEquals("https://example.org/code", v.get("repo"));
        assertEquals("https://example.org/code", v.get("params.repo"));
        assertEquals("3", v.get("params.deep.n"));
        assertNull(v.get("nothing"));
    }

    @Test
    void atTheRootTheBaseurlIsEmpty() {
        SiteVariables v = SiteVariables.of(site("https://example.org/"));
        assertEquals("", v.get("baseurl"));
        assertEquals("https://example.org", v.get("url"));
        assertNull(SiteVariables.NONE.get("title"));
        assertEquals(List.of(), List.copyOf(SiteVariables.NONE.values().keySet()));
    }
}
