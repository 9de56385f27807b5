package press.importer;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static press.importer.Pages.errors;
import static press.importer.Pages.meta;

/** Pages that cannot be imported get every problem, each with its file and line and what was expected. */
class MalformedPageTest {
    private static final String PAGE = "a title\n\nintro.\n\n"; // meta starts on line 5

    @Test
    void truncatedMetaEndingInAFieldWithoutItems() {
        String cut = PAGE + meta().substring(0, meta().indexOf("  • quality: 90"));
        int line = (int) cut.lines().count();
        assertEquals(List.of("t.txt:" + line + ": \"score\" has no items, expected bullet lines (\"  • ...\") below it; "
                + "is the meta block truncated?"), errors("t.txt", cut));
    }

    @Test
    void truncatedMetaEndingInsideAnObjectList() {
        String page = PAGE + meta("image sources", "    • source: unsplash", "    • url: https://x/1.jpg",
                "    • caption: one", "    • source: unsplash");
        int line = (int) page.lines().count();
        assertEquals(List.of("t.txt:" + line + ": \"image sources\" item 2 has keys [source], expected [source, url, caption] "
                + "like item 1; is the meta block truncated?"), errors("t.txt", page));
    }

    @Test
    void truncatedMetaEndingInAKeyWithoutValue() {
        String cut = PAGE + meta().substring(0, meta().indexOf("  • has images: 0")) + "  • has images:";
        int line = (int) cut.lines().count();
        assertEquals(List.of("t.txt:" + line + ": \"flags\" item \"has images:\" has no value, expected \"key: value\""),
                errors("t.txt", cut));
    }

    @Test
    void truncatedMetaEndingInsideAFieldName() {
        String cut = PAGE + meta().substring(0, meta().indexOf("view count1200") + "view cou".length());
        int line = (int) cut.lines().count();
        assertEquals(List.of("t.txt:" + line + ": the meta block ends in \"view cou\", which is no field, and the page lacks its "
                + "closing \"Similar Posts\"; is the page truncated? expected a whole field such as \"view count123\""),
                errors("t.txt", cut));
        // the same line inside a complete page is an unknown field: kept, with a warning
        ImportedPost kept = Pages.convert(cut + "\n\nSimilar Posts");
        assertEquals(List.of("p.txt:" + line + ": warning: unknown meta field: cannot tell its name from its value, kept the line in unsplit_meta"),
                Pages.warnings(kept).stream().filter(w -> w.contains("unknown")).toList());
    }

    @Test
    void aMetaMarkerWithNothingAfterIt() {
        assertEquals(List.of("t.txt:5: \"alphanode post meta\" is followed by no fields, expected lines like \"topic...\"; "
                + "is the page truncated?"), errors("t.txt", PAGE + "alphanode post meta\n\n"));
    }

    @Test
    void numbersThatAreNotNumbersAreAllReported() {
        String page = PAGE + meta().replace("reading time5", "reading timefive").replace("  • depth: 70", "  • depth: 7O");
        assertEquals(List.of(
                "t.txt:23: \"reading time\" is \"five\", expected a whole number (digits only)",
                "t.txt:27: \"score depth\" is \"7O\", expected a whole number (digits only)"), errors("t.txt", page));
    }

    @Test
    void aBadReviewDate() {
        String page = PAGE + meta().replace("last reviewed: 2021-04-08", "last reviewed: 2021-02-30");
        assertEquals(List.of("t.txt:31: revision last reviewed is \"2021-02-30\", expected a date as YYYY-MM-DD"),
                errors("t.txt", page));
    }

    @Test
    void aFieldTwice() {
        assertEquals(List.of("t.txt:46: \"tools\" appears twice (first on line 18), expected each field once"),
                errors("t.txt", PAGE + meta("tools", "  • make")));
    }

    @Test
    void anEmptyPage() {
        assertEquals(List.of("e.txt:1: empty page, expected a title line followed by the article text"), errors("e.txt", ""));
        assertEquals(List.of("e.txt:1: empty page, expected a title line followed by the article text"), errors("e.txt", " \n\r\n\t\n"));
    }

    @Test
    void aPageWithOnlyTableRemnants() {
        assertEquals(List.of("r.txt:1: no title line, expected the article title before its text"), errors("r.txt", "|\n\n| | |\n"));
    }

    @Test
    void aBinaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(List.of("b.txt:3: binary data (a NUL byte at offset 8), expected a plain-text export page"),
                errors("b.txt", png));
    }

    @Test
    void aPageThatIsNotUtf8() {
        byte[] latin1 = "a title\n\nthe caf\u00e9 on the corner.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("l.txt:3:8: not UTF-8 (byte 0xE9), expected UTF-8 text; convert the page, e.g. with iconv"),
                errors("l.txt", latin1));
    }
}
