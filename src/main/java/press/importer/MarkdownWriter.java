package press.importer;

import press.problem.Problem;
import press.problem.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks to the Markdown body. Prose is escaped only where Markdown would change it, so the
 * built page shows the author's text; code goes in a fence untouched. Images take their URL
 * from the meta's {@code image sources} and are written in the shape the site generator uses.
 */
final class MarkdownWriter {
    private MarkdownWriter() {}

    /** An {@code image sources} entry. */
    record ImageSource(String caption, String url, String source) {}

    private static final Pattern INLINE_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~]|&(?=#?\\w+;)");
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+*=](\\s|$)|\\d{1,9}[.)](\\s|$)|[-=]+\\s*$)");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`{3,}|~{3,}");

    static String write(String file, List<Block> blocks, List<ImageSource> images, String language, List<Problem> warnings) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                out.add("## " + escapeInline(h.line().stripped()).replace("#", "\\#"));
            } else if (b instanceof Block.Paragraph p) {
                List<String> ls = new ArrayList<>();
                for (Line l : p.lines()) ls.add(escapeLine(l.stripped()));
                out.add(String.join("\n", ls));
            } else if (b instanceof Block.BulletList list) {
                List<String> ls = new ArrayList<>();
                for (Line l : list.items()) ls.add("- " + escapeLine(LineShape.bulletText(l.text())));
                out.add(String.join("\n", ls));
            } else if (b instanceof Block.Code c) {
                out.add(fence(c, language));
            } else if (b instanceof Block.Image img) {
                out.add(image(file, img, images, warnings));
            }
        }
        return String.join("\n\n", out) + "\n";
    }

    private static String fence(Block.Code c, String language) {
        StringBuilder code = new StringBuilder();
        for (Line l : c.lines()) code.append(l.text()).append('\n');
        // a fence that the code itself contains would end the block early, so use a longer one
        int longest = 2;
        Matcher m = BACKTICK_RUN.matcher(code);
        while (m.find()) longest = Math.max(longest, m.group().length());
        String f = "`".repeat(longest + 1);
        // the info string may not hold a backtick or end at a space; the full value stays in the front matter
        String lang = language != null ? language.strip().replaceAll("[`\\s].*", "") : CodeLanguage.detect(code.toString());
        return f + lang + "\n" + code + f;
    }

    private static String image(String file, Block.Image img, List<ImageSource> images, List<Problem> warnings) {
        ImageSource match = null;
        for (ImageSource s : images) {
            if (s.caption().equals(img.caption())) {
                match = s;
                break;
            }
        }
        if (match == null) {
            warnings.add(new Problem(new SourcePos(file, img.captionLine().no(), 0), "warning: image \"" + img.caption()
                    + "\" has no entry in image sources, kept as text; expected an image sources item with this caption"));
            return escapeLine(img.captionLine().stripped()) + "\n\n" + escapeLine(img.sourceLine().stripped());
        }
        if (!match.source().equals(img.source())) {
            warnings.add(new Problem(new SourcePos(file, img.sourceLine().no(), 0), "warning: image source \"" + img.source()
                    + "\" differs from \"" + match.source() + "\" in image sources; the page's text is kept"));
        }
        String url = match.url().matches("[^\\s()<>]+") ? match.url() : "<" + match.url().replace(">", "%3E") + ">";
        return "![" + escapeLine(img.caption()) + "](" + url + ")\n\n*"
                + escapeLine(img.caption() + ". image source: " + img.source()) + "*";
    }

    static String escapeInline(String s) {
        return INLINE_SPECIAL.matcher(s).replaceAll(r -> Matcher.quoteReplacement("\\" + r.group()));
    }

    /** Backslash-escapes what Markdown would read as markup, at the start of a line or inside it. */
    static String escapeLine(String s) {
        String inline = escapeInline(s);
        Matcher m = BLOCK_START.matcher(inline);
        if (!m.find()) return inline;
        // escape the character that makes the line a heading, quote, list item or underline
        int at = inline.charAt(0) >= '0' && inline.charAt(0) <= '9' ? m.group().indexOf('.') >= 0
                ? m.group().indexOf('.') : m.group().indexOf(')') : 0;
        return inline.substring(0, at) + "\\" + inline.substring(at);
    }
}
