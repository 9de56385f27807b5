package press.importer;

import org.junit.jupiter.api.Test;
import press.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One page to one post: the fields the importer writes itself (title, date, slug, tags), the meta after them, and what it warns about. */
class PageConverterTest {
    private final List<Problem> errors = new ArrayList<>();

    private ImportedPost convert(String page, ImportOptions options) {
        return PageConverter.convert("p.txt", page.getBytes(StandardCharsets.UTF_8), options, errors);
    }

    private ImportedPost convert(String page) {
        ImportedPost post = convert(page, ImportOptions.defaults());
        assertEquals(List.of(), errors);
        return post;
    }

    private static String frontMatter(ImportedPost post) {
        return post.text().substring(0, post.text().indexOf("\n---\n", 3) + 5);
    }

    private static List<String> warnings(ImportedPost post) {
        return post.warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void titleDateSlugThenTheMetaThenTags() {
        ImportedPost post = convert("Fix the Cache!\n\nintro.\n\n" + Pages.meta());
        assertEquals("fix-the-cache", post.slug());
        String fm = frontMatter(post);
        assertTrue(fm.startsWith("---\ntitle: \"Fix the Cache!\"\ndate: 2021-04-08\nslug: \"fix-the-cache\"\ntopic: \"small fixes / python services\"\n"), fm);
        assertTrue(fm.endsWith("notes:\n  - \"a note\"\ntags:\n  - \"pytest\"\n  - \"git\"\n---\n"), "tags from tools, last: " + fm);
        assertEquals(List.of(), warnings(post));
    }

    @Test
    void withoutARevisionDateTheFallbackDateWithAWarning() {
        ImportedPost post = convert("Title\n\nintro.\n", new ImportOptions("tools", LocalDate.of(2010, 2, 3)));
        assertTrue(post.text().contains("\ndate: 2010-02-03\n"), post.text());
        assertEquals(List.of(
                "p.txt:1: warning: no \"alphanode post meta\" block; the post lacks " + String.join(", ", MetaField.EXPECTED),
                "p.txt:1: warning: no revision last reviewed, so date is 2010-02-03 (the import's fallback date); set the real date in the post",
                "p.txt:1: warning: tags come from \"tools\", which the page does not have; tags is empty"), warnings(post));
        assertTrue(post.text().contains("\ntags: []\n"));
    }

    @Test
    void tagsFromOneTextValueOrAFieldOfAnotherShape() {
        ImportedPost one = convert("Title\n\nintro.\n\n" + Pages.meta(), new ImportOptions("code language", ImportOptions.FALLBACK_DATE));
        assertTrue(one.text().contains("\ntags:\n  - \"python\"\n---\n"), one.text());
        ImportedPost map = convert("Title\n\nintro.\n\n" + Pages.meta(), new ImportOptions("score", ImportOptions.FALLBACK_DATE));
        assertTrue(map.text().contains("\ntags: []\n"), map.text());
        assertTrue(warnings(map).contains("p.txt:1: warning: tags come from \"score\", which the page has but not as a list of text; tags is empty"));
    }

    @Test
    void aMetaFieldNamedLikeTheImportersOwnIsRenamed() {
        ImportedPost post = convert("Title\n\nintro.\n\n" + Pages.meta("title", "  • one", "  • two"));
        assertTrue(post.text().contains("\nexport_title:\n  - \"one\"\n  - \"two\"\n"), post.text());
        int marker = 5;
        assertTrue(warnings(post).contains("p.txt:" + marker + ": warning: meta field \"title\" kept as export_title because the importer writes title itself"),
                warnings(post).toString());
    }

    @Test
    void refusals() {
        assertNull(convert("!!!\n\nintro.\n", ImportOptions.defaults()));
        assertEquals(List.of("p.txt:1: the title \"!!!\" gives an empty slug, expected a title with letters or digits"),
                errors.stream().map(Problem::toString).toList());
        errors.clear();
        String page = "Title\n\nintro.\n\n" + Pages.meta().replace("last reviewed: 2021-04-08", "last reviewed: 2021-02-30");
        assertNull(convert(page, ImportOptions.defaults()));
        int line = (int) page.substring(0, page.indexOf("2021-02-30")).lines().count();
        assertEquals(List.of("p.txt:" + line + ": revision last reviewed is \"2021-02-30\", expected a date as YYYY-MM-DD"),
                errors.stream().map(Problem::toString).toList());
        errors.clear();
        assertNull(convert("| |\n", ImportOptions.defaults()));
        assertEquals(List.of("p.txt:1: no title line, expected the article title before its text"), errors.stream().map(Problem::toString).toList());
    }

    @Test
    void aTitleAloneIsAnEmptyPostWithAWarning() {
        ImportedPost post = convert("Only a title\n");
        assertTrue(warnings(post).contains("p.txt:1: warning: the page has no text after its title; the post body is empty"));
        assertTrue(post.text().endsWith("---\n\n\n"), post.text());
    }
}
