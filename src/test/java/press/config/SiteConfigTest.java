package press.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the settings decide on their own: the base path links start with, and what an environment replaces. */
class SiteConfigTest {
    @Test
    void theBasePathIsThePathOfTheBaseUrl() {
        assertEquals("/", SiteConfig.defaults().basePath());
        assertEquals("/", SiteConfig.defaults().withBaseUrl("https://example.org").basePath());
        assertEquals("/", SiteConfig.defaults().withBaseUrl("https://example.org/").basePath());
        assertEquals("/blog/", SiteConfig.defaults().withBaseUrl("https://example.org/blog/").basePath());
        assertEquals("/a/b/", SiteConfig.defaults().withBaseUrl("http://127.0.0.1:8000/a/b/").basePath());
    }

    @Test
    void anEnvironmentReplacesTheBaseUrlWhenItHasOneAndAlwaysNoindex() {
        SiteConfig site = SiteConfig.defaults().withBaseUrl("https://example.org/");
        SiteConfig staging = site.withEnvironment(new SiteConfig.EnvironmentConfig("https://staging.example.org/x/", true, true));
        assertEquals("https://staging.example.org/x/", staging.baseUrl());
        assertEquals("/x/", staging.basePath());
        assertTrue(staging.noindex());
        SiteConfig keep = staging.withEnvironment(new SiteConfig.EnvironmentConfig(null, false, false));
        assertEquals("https://staging.example.org/x/", keep.baseUrl(), "no base_url: the one before stays");
        assertFalse(keep.noindex(), "noindex is the environment's");
        assertEquals(site.title(), keep.title());
        assertEquals(site.content(), keep.content());
    }

    @Test
    void theDefaultsBuildASite() {
        SiteConfig d = SiteConfig.defaults();
        assertEquals(SiteConfig.DEFAULT_BASE_URL, d.baseUrl());
        assertEquals(10, d.postsPerPage());
        assertEquals(SiteConfig.OutputConfig.RELEASES, d.output().mode());
        assertFalse(d.markdown().unsafeHtml(), "raw HTML is off unless a site turns it on");
        assertEquals(3, d.pages().tocMinSections());
        assertEquals("tags", d.taxonomies().get(0).field());
        assertEquals("stacks", d.taxonomies().get(1).path());
    }
}
