package press.importer;

import press.problem.Problem;
import press.problem.SourcePos;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes to numbered lines. Decoding is strict: a page that is not UTF-8 is refused with the
 * place of the first bad byte, instead of being imported with replacement characters that
 * would silently change the author's text. CRLF and lone CR line ends are accepted.
 */
final class PageDecoder {
    private PageDecoder() {}

    /** The page's lines, or null after adding an error to {@code errors}. */
    static List<Line> decode(String file, byte[] bytes, List<Problem> errors) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                errors.add(new Problem(new SourcePos(file, lineOf(bytes, i), 0),
                        "binary data (a NUL byte at offset " + i + "), expected a plain-text export page"));
                return null;
            }
        }
        String text = strictUtf8(file, bytes, errors);
        if (text == null) return null;
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) {
            errors.add(new Problem(new SourcePos(file, 1, 0),
                    "empty page, expected a title line followed by the article text"));
            return null;
        }
        String[] raw = text.split("\r\n|\r|\n", -1);
        int n = raw.length;
        if (n > 0 && raw[n - 1].isEmpty()) n--; // the final line end does not start a line
        List<Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) lines.add(new Line(i + 1, raw[i]));
        return lines;
    }

    private static String strictUtf8(String file, byte[] bytes, List<Problem> errors) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) r = dec.flush(out);
        if (r.isError()) {
            int at = in.position();
            int lineStart = at;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') lineStart--;
            // the column counts characters, so it matches what an editor shows before the bad byte
            int column = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
            errors.add(new Problem(new SourcePos(file, lineOf(bytes, at), column),
                    String.format(Locale.ROOT, "not UTF-8 (byte 0x%02X), expected UTF-8 text; convert the page, e.g. with iconv",
                            bytes[at] & 0xff)));
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }
}
