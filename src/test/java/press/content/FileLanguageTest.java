package press.content;

import org.junit.jupiter.api.Test;
import press.config.SiteConfig;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hugo's translation by file name: a declared code is a translation, the site's own is no mark, an undeclared ISO code is named. */
class FileLanguageTest {
    private static final SiteConfig.ContentConfig CONFIG = new SiteConfig.ContentConfig(List.of("md"), List.of("posts"), List.of(),
            Map.of(), "en", List.of("pl", "pt-br"), Map.of(), Map.of(), List.of());

    @Test
    void whatTheFileNameSays() {
        assertEquals(new FileLanguage("about", "", null), FileLanguage.of("about.md", CONFIG));
        assertEquals(new FileLanguage("about", "pl", null), FileLanguage.of("about.pl.md", CONFIG));
        assertEquals(new FileLanguage("_index", "pt-br", null), FileLanguage.of("_index.pt-br.md", CONFIG));
        assertEquals(new FileLanguage("about", "", null), FileLanguage.of("about.en.md", CONFIG), "the site's own language");
        assertEquals(new FileLanguage("about.de", "", "de"), FileLanguage.of("about.de.md", CONFIG), "ISO 639-1, not declared");
        assertEquals(new FileLanguage("about.de-at", "", "de-at"), FileLanguage.of("about.de-at.md", CONFIG));
        assertEquals(new FileLanguage("v1.xyz", "", null), FileLanguage.of("v1.xyz.md", CONFIG), "no language code: part of the name");
        assertEquals(new FileLanguage("notes.v2", "", null), FileLanguage.of("notes.v2.md", CONFIG));
    }

    @Test
    void theReasonForAnUndeclaredLanguageSaysWhatToWrite() {
        assertEquals("the file name marks a translation into \"de\" (Hugo's translation by file name), but site.yaml declares no language de, "
                + "expected languages: [en, pl, pt-br, de] in site.yaml to build it under /de/, or a file name without .de (about.md)",
                FileLanguage.undeclaredReason("about.de.md", "de", CONFIG));
    }
}
