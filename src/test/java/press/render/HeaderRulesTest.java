package press.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.testing.TestSite;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** _headers and the nginx snippet: security headers everywhere, long cache for fingerprinted assets, pages revalidated. */
class HeaderRulesTest {
    @TempDir
    Path tmp;

    @Test
    void headersFileHasSecurityHeadersAndNonOverlappingCacheRules() {
        TestSite s = new TestSite(tmp.resolve("s")).config("base_url: https://example.org/blog/\n").post("a.md", "Alpha", "2024-01-01");
        s.build();
        String h = s.read("_headers");
        assertTrue(h.contains("/blog/*\n  Content-Security-Policy: " + HeaderRules.CSP + "\n  X-Content-Type-Options: nosniff\n"
                + "  Referrer-Policy: strict-origin-when-cross-origin\n  X-Frame-Options: DENY\n"), h);
        assertTrue(HeaderRules.CSP.contains("frame-ancestors 'none'"));
        assertTrue(h.contains("/blog/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"), h);
        for (String p : new String[] {"/blog/\n", "/blog/posts/*\n", "/blog/tags/*\n", "/blog/stacks/*\n", "/blog/feed.xml\n", "/blog/sitemap*.xml\n"}) {
            assertTrue(h.contains(p + "  Cache-Control: public, max-age=0, must-revalidate\n"), p + " in\n" + h);
        }
        // only /*/ carries no Cache-Control, so no path gets two values merged
        assertEquals(1 + 8 + 2, h.split("Cache-Control", -1).length - 1, h);
    }

    @Test
    void nginxSnippetRepeatsSecurityHeadersInTheAssetsLocation() {
        String n = HeaderRules.nginx();
        assertEquals(2, n.split("add_header X-Content-Type-Options \"nosniff\" always;", -1).length - 1, n);
        assertTrue(n.contains("add_header Content-Security-Policy \"" + HeaderRules.CSP + "\" always;"));
        assertTrue(n.contains("    add_header Cache-Control \"public, max-age=31536000, immutable\" always;\n}"), n);
    }
}
