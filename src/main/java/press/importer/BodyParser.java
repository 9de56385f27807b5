package press.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article lines to blocks. Each line is first classified by its own shape ({@link LineShape}),
 * then its neighbours settle what shape alone cannot: a {@code -} line right under code is code,
 * a word-only line between code lines is code, a line that continues an unfinished sentence is
 * prose. Works the same whether paragraphs are separated by blank lines or one per line.
 */
final class BodyParser {
    private BodyParser() {}

    private enum Kind { BLANK, IMAGE, IMAGE_SOURCE, BULLET, CODE, HEADING, TEXT }

    private static final Pattern IMAGE_SOURCE = Pattern.compile("^(.*)\\. image source: (.*)$");

    static List<Block> parse(List<Line> lines) {
        Kind[] kind = classify(lines);
        List<Block> blocks = new ArrayList<>();
        int n = lines.size();
        int i = 0;
        while (i < n) {
            switch (kind[i]) {
                case BLANK -> i++;
                case IMAGE -> {
                    Matcher m = IMAGE_SOURCE.matcher(lines.get(i + 1).stripped());
                    if (!m.matches()) throw new IllegalStateException("image pair without source line");
                    blocks.add(new Block.Image(lines.get(i), lines.get(i + 1), lines.get(i).stripped(), m.group(2).strip()));
                    i += 2;
                }
                case BULLET -> {
                    List<Line> items = new ArrayList<>();
                    while (i < n && kind[i] == Kind.BULLET) {
                        items.add(lines.get(i));
                        int next = nextNonBlank(kind, i + 1);
                        i = next < n && kind[next] == Kind.BULLET ? next : i + 1;
                    }
                    blocks.add(new Block.BulletList(items));
                }
                case CODE -> {
                    int last = i;
                    int j = i;
                    while (j < n && (kind[j] == Kind.CODE || kind[j] == Kind.BLANK)) {
                        if (kind[j] == Kind.CODE) last = j;
                        else if (nextNonBlank(kind, j) >= n || kind[nextNonBlank(kind, j)] != Kind.CODE) break;
                        j++;
                    }
                    blocks.add(new Block.Code(List.copyOf(lines.subList(i, last + 1))));
                    i = last + 1;
                }
                case HEADING -> blocks.add(new Block.Heading(lines.get(i++)));
                case TEXT -> {
                    List<Line> para = new ArrayList<>();
                    while (true) {
                        para.add(lines.get(i));
                        boolean open = !LineShape.endsSentence(lines.get(i).text());
                        i++;
                        // a wrapped paragraph goes on while its sentence is unfinished
                        if (!open || i >= n || !(kind[i] == Kind.TEXT || isContinuableHeading(kind[i], lines.get(i)))) break;
                    }
                    blocks.add(new Block.Paragraph(para));
                }
            }
        }
        return blocks;
    }

    private static boolean isContinuableHeading(Kind k, Line l) {
        return k == Kind.HEADING && !LineShape.KNOWN_HEADINGS.contains(l.stripped().toLowerCase(Locale.ROOT));
    }

    private static Kind[] classify(List<Line> lines) {
        int n = lines.size();
        Kind[] kind = new Kind[n];
        for (int i = 0; i < n; i++) {
            String t = lines.get(i).text();
            if (kind[i] != null) continue; // the source line of an image pair
            if (t.isBlank()) {
                kind[i] = Kind.BLANK;
            } else if (i + 1 < n && isImagePair(lines.get(i), lines.get(i + 1))) {
                kind[i] = Kind.IMAGE;
                kind[i + 1] = Kind.IMAGE_SOURCE;
            } else if (LineShape.isBullet(t) && !(LineShape.isAmbiguousBullet(t) && i > 0 && kind[i - 1] == Kind.CODE)) {
                kind[i] = Kind.BULLET;
            } else if (LineShape.KNOWN_HEADINGS.contains(t.strip().toLowerCase(Locale.ROOT))) {
                kind[i] = Kind.HEADING;
            } else if (LineShape.isCode(t)) {
                kind[i] = Kind.CODE;
            } else if (LineShape.isHeadingShape(t)) {
                kind[i] = Kind.HEADING;
            } else {
                kind[i] = Kind.TEXT;
            }
        }
        // On a page that separates blocks with blank lines, a heading stands alone between them;
        // a short line with text right under it is the start of a wrapped paragraph.
        if (separatesWithBlankLines(kind)) {
            for (int i = 0; i < n; i++) {
                if (kind[i] == Kind.HEADING && i + 1 < n && kind[i + 1] != Kind.BLANK
                        && !LineShape.KNOWN_HEADINGS.contains(lines.get(i).stripped().toLowerCase(Locale.ROOT))) {
                    kind[i] = Kind.TEXT;
                }
            }
        }
        // words between code lines are code ("end", "FROM posts" in lower case, "pass")
        for (int i = 1; i < n; i++) {
            if (kind[i - 1] != Kind.CODE || !(kind[i] == Kind.HEADING || kind[i] == Kind.TEXT)) continue;
            String s = lines.get(i).stripped();
            if (LineShape.KNOWN_HEADINGS.contains(s.toLowerCase(Locale.ROOT)) || LineShape.isProse(s)) continue;
            boolean codeBelow = i + 1 < n && kind[i + 1] == Kind.CODE;
            boolean oneWord = !s.contains(" ");
            if (codeBelow || oneWord) kind[i] = Kind.CODE;
        }
        return kind;
    }

    /** Whether any two text lines have a blank line between them (else it is one block per line, like seed 001). */
    private static boolean separatesWithBlankLines(Kind[] kind) {
        for (int i = 1; i + 1 < kind.length; i++) {
            if (kind[i] == Kind.BLANK && kind[i - 1] != Kind.BLANK && kind[i + 1] != Kind.BLANK) return true;
        }
        return false;
    }

    private static boolean isImagePair(Line caption, Line source) {
        Matcher m = IMAGE_SOURCE.matcher(source.stripped());
        return m.matches() && m.group(1).equals(caption.stripped()) && !caption.stripped().isEmpty();
    }

    private static int nextNonBlank(Kind[] kind, int from) {
        int j = from;
        while (j < kind.length && kind[j] == Kind.BLANK) j++;
        return j;
    }
}
