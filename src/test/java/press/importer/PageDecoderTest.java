package press.importer;

import org.junit.jupiter.api.Test;
import press.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Bytes to numbered lines: any line end, no BOM, and binary, non-UTF-8 or empty pages refused at their place. */
class PageDecoderTest {
    private final List<Problem> errors = new ArrayList<>();

    private List<String> lines(byte[] bytes) {
        List<Line> lines = PageDecoder.decode("t.txt", bytes, errors);
        assertEquals(List.of(), errors);
        return lines.stream().map(l -> l.no() + ":" + l.text()).toList();
    }

    private String refused(byte[] bytes) {
        assertNull(PageDecoder.decode("t.txt", bytes, errors));
        assertEquals(1, errors.size());
        return errors.get(0).toString();
    }

    @Test
    void everyLineEndAndNoByteOrderMark() {
        assertEquals(List.of("1:title", "2:", "3:crlf", "4:cr", "5:lf"), lines("\uFEFFtitle\r\n\r\ncrlf\rcr\nlf\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("1:a", "2:"), lines("a\n\n".getBytes(StandardCharsets.UTF_8)), "only the final line end starts no line");
    }

    @Test
    void badPagesAreRefusedAtTheirPlace() {
        assertEquals("t.txt:2: binary data (a NUL byte at offset 4), expected a plain-text export page", refused(new byte[] {'a', 'b', 'c', '\n', 0}));
        errors.clear();
        byte[] latin1 = "title\nna\u00efve".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("t.txt:2:3: not UTF-8 (byte 0xEF), expected UTF-8 text; convert the page, e.g. with iconv", refused(latin1));
        errors.clear();
        byte[] afterAccent = "\u00e9\u00e9\u00ff".getBytes(StandardCharsets.UTF_8);
        afterAccent[afterAccent.length - 2] = (byte) 0xC3;
        afterAccent[afterAccent.length - 1] = 0x41; // a lead byte without its continuation
        assertEquals("t.txt:1:3: not UTF-8 (byte 0xC3), expected UTF-8 text; convert the page, e.g. with iconv", refused(afterAccent),
                "the column counts characters, as an editor does");
        errors.clear();
        assertEquals("t.txt:1: empty page, expected a title line followed by the article text", refused(" \n\t\n".getBytes(StandardCharsets.UTF_8)));
        errors.clear();
        assertEquals("t.txt:1: empty page, expected a title line followed by the article text", refused("\uFEFF".getBytes(StandardCharsets.UTF_8)));
    }
}
