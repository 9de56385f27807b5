package press.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Section paths: the parent, the last folder name and the parts, which pages, sections and breadcrumbs all walk. */
class SectionTest {
    @Test
    void theParentOfASectionOrPagePath() {
        assertEquals("docs/", Section.parentOf("docs/guides/"));
        assertEquals("docs/", Section.parentOf("docs/old.html"), "a file's folder");
        assertEquals("", Section.parentOf("docs/"));
        assertEquals("", Section.parentOf(""));
    }

    @Test
    void theLastPartAndAllParts() {
        assertEquals("guides", Section.lastPart("docs/guides/"));
        assertEquals("docs", Section.lastPart("docs/"));
        assertEquals("", Section.lastPart(""));
        assertEquals(List.of("docs", "guides"), new Section("docs/guides/", "Guides", null, List.of(), List.of(), 0).parts());
        assertEquals(List.of(), new Section("", "", null, List.of(), List.of(), 0).parts());
    }
}
